const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A short random id for an item of a list (a partner, an activity, a cost line) that fits the
 * draft's id pattern [A-Za-z0-9_-]. Ten characters from 64 give 60 bits: no clash within a draft.
 */
export function newId(length = 10, fillRandom: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = fillRandom(new Uint8Array(length));
  // 64 symbols: the low six bits of each byte pick one without bias.
  return Array.from(bytes, (b) => ALPHABET[b & 63]).join('');
}
