/**
 * How the draft sits inside an exported .docx: a custom XML part whose root element, in this
 * namespace, holds the draft's JSON as text. Shared by the writer (src/word/embedDraft.ts) and
 * the reader (readDocxDraft.ts).
 */
export const DRAFT_XML_NAMESPACE = 'urn:aanvraagwijzer:draft';
export const DRAFT_XML_ROOT = 'aanvraagwijzerDraft';

const ROOT = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${DRAFT_XML_ROOT}\\b[^>]*>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${DRAFT_XML_ROOT}>`);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The JSON text inside our custom XML part, or undefined when the part is someone else's.
 * Accepts escaped text and CDATA, because Word may write the part back either way.
 */
export function jsonFromDraftXml(xml: string): string | undefined {
  if (!xml.includes(DRAFT_XML_NAMESPACE)) return undefined;
  const body = ROOT.exec(xml)?.[1];
  if (body === undefined) return undefined;
  return body
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : decodeEntities(piece)))
    .join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}
