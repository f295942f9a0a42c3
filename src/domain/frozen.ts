/**
 * The open draft is never changed in place: every change makes new objects along the path to what
 * changed and shares everything else (draftStore.ts). Frozen, the shared parts can keep what was
 * computed from them, such as their JSON text for autosave and their fingerprint for the status
 * bar, so that the cost of a keystroke follows the field typed in, not the size of the draft (#15.5).
 *
 * Only objects frozen here are trusted: an object frozen elsewhere may hold children that still change.
 */
const deeplyFrozen = new WeakSet<object>();

/** Freezes `value` and every object under it that was not frozen here before (whose children were frozen with it). */
export function freezeNew<T>(value: T): T {
  if (typeof value !== 'object' || value === null || deeplyFrozen.has(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeNew(child);
  deeplyFrozen.add(value);
  return value;
}

/** Whatever is computed from `value` stays true: it was frozen by freezeNew, with everything under it. */
export const isDeeplyFrozen = (value: object): boolean => deeplyFrozen.has(value);

/**
 * Memoises `compute` per deeply frozen object (and the other arguments, compared by identity);
 * computes every time for anything else, so a caller that passes an object it still changes gets
 * a fresh answer, never a stale one. Callers must not change what it returns.
 */
export function memoPerFrozen<A extends unknown[], R>(compute: (value: object, ...args: A) => R): (value: object, ...args: A) => R {
  const cache = new WeakMap<object, { args: A; result: R }>();
  return (value, ...args) => {
    if (!deeplyFrozen.has(value)) return compute(value, ...args);
    const hit = cache.get(value);
    if (hit && hit.args.every((arg, i) => arg === args[i])) return hit.result;
    const result = compute(value, ...args);
    cache.set(value, { args, result });
    return result;
  };
}

const objectJson: (value: object) => string = memoPerFrozen((value) => {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (isSkipped(item) ? 'null' : jsonText(item))).join(',')}]`;
  const entries: string[] = [];
  for (const [key, item] of Object.entries(value)) if (!isSkipped(item)) entries.push(`${JSON.stringify(key)}:${jsonText(item)}`);
  return `{${entries.join(',')}}`;
});

/**
 * JSON.stringify(value) for JSON data, reusing the text of the deeply frozen parts it has made
 * before: after a keystroke only the objects on the path to the changed field are written again.
 */
export function jsonText(value: unknown): string {
  if (typeof value === 'object' && value !== null) return objectJson(value);
  return JSON.stringify(value) ?? 'null';
}

const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
