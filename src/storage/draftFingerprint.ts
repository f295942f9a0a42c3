import type { DraftFile } from '../../schemas/draft';
import { STEP_IDS, stepHasAnswers } from '../domain/steps';
import { memoPerFrozen } from '../domain/frozen';

/**
 * A short hash of what the user wrote (not of timestamps or where they were), to tell whether the
 * draft changed since it was last saved as a file. Keys sorted and undefined left out, so a draft
 * restored through the schema hashes the same. Collisions do not matter here (the worst case is a
 * missing reminder to save a file).
 *
 * Built like a Merkle tree: each object's print comes from its children's prints, and the prints
 * of the frozen objects a draft shares with its previous state are kept (domain/frozen.ts). After a
 * keystroke only the path to the changed field is hashed again; the status bar asks on every one.
 */
export function draftFingerprint(draft: DraftFile): string {
  const { length, hash } = combine('[', [printOf(draft.schemeId), printOf(draft.title ?? ''), printOf(draft.answers)], ']');
  return `${length.toString(36)}-${hash.toString(36)}`;
}

/** `length`: of the value's canonical JSON; `hash`: FNV-1a of its own text, with the children's prints in place of their text. */
interface Print {
  length: number;
  hash: number;
}

function printOf(value: unknown): Print {
  if (typeof value === 'object' && value !== null) return objectPrint(value);
  const text = JSON.stringify(value) ?? 'null';
  return { length: text.length, hash: fnv1a(text) };
}

const objectPrint: (value: object) => Print = memoPerFrozen((value) => {
  if (Array.isArray(value)) return combine('[', value.map(printOf), ']');
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return combine('{', entries.map(([key, v]) => keyed(key, printOf(v))), '}');
});

function keyed(key: string, print: Print): Print {
  const name = `${JSON.stringify(key)}:`;
  return { length: name.length + print.length, hash: fnv1a(`${name}${print.hash.toString(36)}`) };
}

function combine(open: string, parts: Print[], close: string): Print {
  const length = parts.reduce((sum, p) => sum + p.length, open.length + close.length + Math.max(0, parts.length - 1));
  return { length, hash: fnv1a(`${open}${parts.map((p) => `${p.length.toString(36)}.${p.hash.toString(36)}`).join(',')}${close}`) };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whether there is anything to lose: a draft with no answers needs no file. */
export function draftHasAnswers(draft: DraftFile): boolean {
  return STEP_IDS.some((step) => stepHasAnswers(draft.answers, step));
}
