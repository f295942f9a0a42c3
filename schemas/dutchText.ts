/**
 * Small pieces of Dutch sentence building, shared by messages, interface text and the Word
 * document. Pure; beside dutchNumber.ts because the data model's own messages need them too.
 */

/** "a, b en c" (or "… of c"); with semicolons when an item has a comma of its own ("Gemeente X, RMC-regio Y"). */
export function joinDutch(items: readonly string[], conjunction: 'en' | 'of' = 'en'): string {
  const separator = items.some((item) => item.includes(',')) ? '; ' : ', ';
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(separator)} ${conjunction} ${items.at(-1)}`;
}

/** "Centrumgemeente van …" reads "centrumgemeente van …" inside a sentence; "UWV" and "RMC-…" stay as they are. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
