import type { DraftFile } from '../../schemas/draft';
import { STEP_IDS, stepHasAnswers } from '../domain/steps';

/**
 * A short hash of what the user wrote (not of timestamps or where they were), to tell whether the
 * draft changed since it was last saved as a file. FNV-1a: fast, and collisions do not matter here.
 */
export function draftFingerprint(draft: DraftFile): string {
  const text = canonicalJson([draft.schemeId, draft.title ?? '', draft.answers]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** JSON with sorted keys and without undefined, so a draft restored through the schema hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether there is anything to lose: a draft with no answers needs no file. */
export function draftHasAnswers(draft: DraftFile): boolean {
  return STEP_IDS.some((step) => stepHasAnswers(draft.answers, step));
}
