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

/** "1 activiteit", "16 activiteiten": a count with its noun in the singular or the plural. */
export function counted(count: number, [one, many]: readonly [string, string]): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? one : many}`;
}

/** Punctuation that ends a sentence, or a phrase a quoted title may end with ("wat kan werken?"). */
const ENDS_SENTENCE = /[.!?…]["'’”)]*$/;

/**
 * `text` with `next` after it, without a full stop right after another end mark: a typed answer
 * or a title may already end on ".", "?" or "!" ("wat kan werken?" + "." stays "wat kan werken?").
 */
export function joinAfter(text: string, next: string): string {
  return ENDS_SENTENCE.test(text.trimEnd()) && next.startsWith('.') ? text + next.slice(1) : text + next;
}
