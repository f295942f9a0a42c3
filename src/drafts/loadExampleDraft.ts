import inlineExamples from 'virtual:example-drafts';

/** The bytes of an example draft: carried inside the single-file edition, fetched (same origin) otherwise. */
export async function loadExampleDraft(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  const inline = inlineExamples?.[file];
  if (inline !== undefined) return { name: file, bytes: new TextEncoder().encode(inline) };
  const response = await fetch(`./examples/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { name: file, bytes: new Uint8Array(await response.arrayBuffer()) };
}
