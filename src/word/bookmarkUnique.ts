import { attributesOf } from './packageParts';

/**
 * Bookmark ids and names must each be unique in a Word document: Word drops a bookmark whose name
 * is taken, and the Open XML validator counts every duplicate id as an error (a house style that
 * used the same block twice got 728). These passes work on the XML as text, in document order,
 * pairing each bookmarkEnd with the bookmarkStart of the same id before it.
 */

export interface BookmarkMark {
  id: string;
  name: string;
}

const TAG = /<w:bookmark(Start|End)\b([^>]*?)\/?>(?:<\/w:bookmark\1>)?/g;

type Decision = { keep: false } | { keep: true; id: string };

function rewrite(xml: string, decide: (mark: BookmarkMark) => Decision): string {
  const open = new Map<string, Decision[]>();
  return xml.replace(TAG, (tag, kind: string, attributes: string) => {
    const a = attributesOf(`<x ${attributes}>`);
    const id = a.get('w:id') ?? '';
    if (kind === 'Start') {
      const decision = decide({ id, name: a.get('w:name') ?? '' });
      open.set(id, [...(open.get(id) ?? []), decision]);
      return !decision.keep ? '' : decision.id === id ? tag : tag.replace(/w:id\s*=\s*(["'])[^"']*\1/, `w:id="${decision.id}"`);
    }
    const decision = open.get(id)?.pop();
    if (!decision) return tag;
    return !decision.keep ? '' : decision.id === id ? tag : tag.replace(/w:id\s*=\s*(["'])[^"']*\1/, `w:id="${decision.id}"`);
  });
}

/** The part without the bookmarks `keep` refuses (start and end). */
export function rewriteBookmarks(xml: string, keep: (mark: BookmarkMark) => boolean): string {
  return rewrite(xml, (mark) => (keep(mark) ? { keep: true, id: mark.id } : { keep: false }));
}

/**
 * Makes every bookmark in these parts (document first) unique: a name already used earlier is
 * dropped (the first keeps it, as Word would), an id already used gets a new one. Returns the
 * parts that changed.
 */
export function uniqueBookmarks(parts: ReadonlyMap<string, string>): Map<string, string> {
  let highest = 0;
  for (const xml of parts.values()) {
    for (const m of xml.matchAll(TAG)) {
      const id = Number(attributesOf(`<x ${m[2]}>`).get('w:id'));
      if (Number.isInteger(id) && id > highest) highest = id;
    }
  }
  const names = new Set<string>();
  const ids = new Set<string>();
  const changed = new Map<string, string>();
  for (const [name, xml] of parts) {
    const next = rewrite(xml, (mark) => {
      const lower = mark.name.toLowerCase();
      if (lower !== '' && names.has(lower)) return { keep: false };
      names.add(lower);
      const id = ids.has(mark.id) ? String(++highest) : mark.id;
      ids.add(id);
      return { keep: true, id };
    });
    if (next !== xml) changed.set(name, next);
  }
  return changed;
}
