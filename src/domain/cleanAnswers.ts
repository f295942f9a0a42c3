import type { Answers } from '../../schemas/draft';
import { isDeeplyFrozen } from './frozen';

/**
 * The answers as the draft keeps them, from the values a form holds. react-hook-form leaves
 * `null` in a radio group nobody chose yet and `undefined` in a field that was never registered;
 * both mean "not answered" and are left out, so the draft holds only what its own door
 * (parseDraft) reads back as it was. Typed text (also an empty string) and lists (also an empty
 * one, which the draft reads as it is) are kept exactly.
 *
 * Returns the same object (and the same nested objects) where nothing had to go, so a keystroke
 * in one field does not make every other part of the draft look changed.
 */
export function cleanAnswers(answers: Answers): Answers {
  return (cleanObject(answers) ?? {}) as Answers;
}

/** The same for any other part of the draft a form writes (the activiteitenverslag). */
export function cleanPart<T extends object>(part: T): T {
  return cleanObject(part as Record<string, unknown>) as T;
}

function clean(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  // A part the draft store froze was cleaned on its way in: a keystroke walks only what it changed.
  if (typeof value === 'object' && isDeeplyFrozen(value)) return value;
  if (Array.isArray(value)) return cleanArray(value);
  if (typeof value === 'object') return cleanObject(value as Record<string, unknown>);
  return value;
}

function cleanArray(list: readonly unknown[]): unknown[] {
  let result: unknown[] | undefined;
  list.forEach((item, i) => {
    const next = clean(item);
    if (next !== item && !result) result = list.slice(0, i);
    if (result && next !== undefined) result.push(next);
  });
  return result ?? (list as unknown[]);
}

function cleanObject(object: Record<string, unknown>): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const next = clean(value);
    if (next === value && value !== undefined) continue;
    result ??= { ...object };
    if (next === undefined) delete result[key];
    else result[key] = next;
  }
  return result ?? object;
}
