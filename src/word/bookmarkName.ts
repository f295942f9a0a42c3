/**
 * Word bookmark names for anchors. Word accepts at most 40 characters, letters, digits and
 * underscores, starting with a letter (a leading underscore hides a bookmark). An anchor key
 * ("activities:activities.Xy3_k-9.description") is longer and has other characters, so a name is
 * "aw_", a readable start of the key and a hash of the whole key: stable from export to export,
 * so a Word file that comes back is read with the same names, derived again from its draft.
 */

export const BOOKMARK_PREFIX = 'aw_';
const MAX_LENGTH = 40;
const HASH_LENGTH = 7;
const READABLE_LENGTH = MAX_LENGTH - BOOKMARK_PREFIX.length - 1 - HASH_LENGTH;

/** FNV-1a over UTF-16 code units, as 7 base-36 characters (about 36 bits of the 32-bit hash, padded). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(HASH_LENGTH, '0').slice(-HASH_LENGTH);
}

export function bookmarkName(key: string, salt = 0): string {
  const readable = key
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, READABLE_LENGTH)
    .replace(/_+$/, '');
  return `${BOOKMARK_PREFIX}${readable}_${hash(salt === 0 ? key : `${salt}|${key}`)}`;
}

/**
 * Names for the anchors of one document, in document order: a name already taken (two keys with
 * the same hash) is made again with a salt, so names stay unique and still derive from the keys.
 */
export function bookmarkNames(keys: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    if (names.has(key)) continue;
    let salt = 0;
    let name = bookmarkName(key);
    while (taken.has(name.toLowerCase())) name = bookmarkName(key, ++salt);
    taken.add(name.toLowerCase());
    names.set(key, name);
  }
  return names;
}
