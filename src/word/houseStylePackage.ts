import { strFromU8, strToU8 } from 'fflate';
import { BOOKMARK_PREFIX } from './bookmarkName';
import { rewriteBookmarks } from './bookmarkUnique';
import { attributesOf, CONTENT_TYPES, relsPathOf, resolveTarget, sourceOfRels, withoutOverrides, withoutRelationships } from './packageParts';
import { unzipCapped } from './zipParts';

/**
 * A house-style template as the app will fill it: unpacked under caps, and stripped of what a
 * document from the app must not carry. Someone else made the file, so: a streaming cap on its
 * unpacked size (a zip bomb is refused before it takes the memory), caps on the text and
 * paragraphs the filling has to walk, no macros (a renamed .docm keeps its VBA project), no
 * relationship that leaves the package (a remote attached template, remote pictures, links: Word
 * would fetch them on opening), and none of the app's own bookmarks from an earlier export.
 */

/** Unpacked, all parts together: a house style with a large logo is a few MB. */
export const MAX_HOUSE_STYLE_UNPACKED_BYTES = 50_000_000;
/** The XML parts together; the filling holds them parsed, many times their size. */
export const MAX_HOUSE_STYLE_XML_BYTES = 10_000_000;
/** About a hundred pages. The filling walks every paragraph for each field, so this bounds its time. */
export const MAX_HOUSE_STYLE_PARAGRAPHS = 3_000;
const MAX_PARTS = 1_000;

export type HouseStyleRefusal = 'not-docx' | 'too-large' | 'too-long';

export interface Removed {
  macros: boolean;
  /** An attached template elsewhere (settings.xml's attachedTemplate). */
  attachedTemplate: boolean;
  /** Other relationships that left the package: links, linked pictures and objects. */
  external: number;
}

export type OpenedHouseStyle = { ok: true; parts: Map<string, Uint8Array>; removed: Removed } | { ok: false; reason: HouseStyleRefusal };

const MACRO_CONTENT_TYPES = new Set([
  'application/vnd.ms-office.vbaproject',
  'application/vnd.ms-word.vbadata+xml',
  'application/vnd.ms-word.keymapcustomizations+xml',
  'application/vnd.ms-word.attachedtoolbars',
  'application/vnd.ms-office.vbaprojectsignature',
  'application/vnd.ms-office.vbaprojectsignatureagile',
  'application/vnd.ms-office.vbaprojectsignaturev3',
]);
const MACRO_RELATIONSHIP = /\/(vbaProject|wordVbaData|keyMapCustomizations|attachedToolbars|vbaProjectSignature\w*)$/;
/** The main document's content type of a .docm, .dotm and .dotx; a .docx has the plain one. */
const MAIN_TYPES = new Set([
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
]);
const DOCUMENT_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Elements that mean nothing once their (external) relationship is gone; the rest only lose the attribute. */
const REFERENCE_ONLY_START = /<((?:[A-Za-z_][\w.-]*:)?(?:attachedTemplate|subDoc|altChunk|dataSource|headerSource|sourceFileName|recipientData|src|printerSettings))\b[^>]*>/g;
const ATTACHED_TEMPLATE = /\/attachedTemplate$/;

export function openHouseStyle(bytes: Uint8Array): OpenedHouseStyle {
  const unzipped = unzipCapped(bytes, { maxBytes: MAX_HOUSE_STYLE_UNPACKED_BYTES, maxEntries: MAX_PARTS });
  if (!unzipped.ok) return { ok: false, reason: unzipped.reason === 'damaged' ? 'not-docx' : 'too-large' };
  const parts = unzipped.files;
  if (!parts.has(CONTENT_TYPES) || !parts.has('word/document.xml')) return { ok: false, reason: 'not-docx' };
  let xmlBytes = 0;
  let paragraphs = 0;
  for (const [name, data] of parts) {
    if (!isXmlPart(name)) continue;
    xmlBytes += data.length;
    if (xmlBytes > MAX_HOUSE_STYLE_XML_BYTES) return { ok: false, reason: 'too-large' };
    if (name.startsWith('word/')) paragraphs += countParagraphs(data);
  }
  if (paragraphs > MAX_HOUSE_STYLE_PARAGRAPHS) return { ok: false, reason: 'too-long' };
  return { ok: true, parts, removed: sanitize(parts) };
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** `<w:p>` and `<w:p …>` start tags, counted on the bytes (no text decoding needed). */
function countParagraphs(data: Uint8Array): number {
  let n = 0;
  for (let i = data.indexOf(0x3c); i >= 0 && i + 4 < data.length; i = data.indexOf(0x3c, i + 1)) {
    // "<w:p" followed by ">", " " or "/"
    if (data[i + 1] === 0x77 && data[i + 2] === 0x3a && data[i + 3] === 0x70 && (data[i + 4] === 0x3e || data[i + 4] === 0x20 || data[i + 4] === 0x2f)) n++;
  }
  return n;
}

/** Changes `parts` in place; says what it took out. */
function sanitize(parts: Map<string, Uint8Array>): Removed {
  const text = (name: string) => {
    const data = parts.get(name);
    return data && strFromU8(data);
  };
  const removed: Removed = { macros: false, attachedTemplate: false, external: 0 };
  const gone = new Set<string>();

  // Macros: the parts (by content type, and by the relationships that point at them) and what belongs only to them.
  let contentTypes = text(CONTENT_TYPES) ?? '';
  for (const m of contentTypes.matchAll(/<(?:[A-Za-z_][\w.-]*:)?Override\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    if (MACRO_CONTENT_TYPES.has((a.get('ContentType') ?? '').toLowerCase())) gone.add((a.get('PartName') ?? '').replace(/^\//, ''));
  }
  const macroDefault = /<(?:[A-Za-z_][\w.-]*:)?Default\b[^>]*>/g;
  const macroExtensions = new Set<string>();
  for (const m of contentTypes.matchAll(macroDefault)) {
    const a = attributesOf(m[0]);
    if (MACRO_CONTENT_TYPES.has((a.get('ContentType') ?? '').toLowerCase())) macroExtensions.add((a.get('Extension') ?? '').toLowerCase());
  }
  for (const name of parts.keys()) if (macroExtensions.has(name.split('.').pop()!.toLowerCase())) gone.add(name);

  // Every relationships part: macro relationships and external ones go; remember which ids each part lost.
  const lostIds = new Map<string, Set<string>>();
  for (const name of [...parts.keys()]) {
    if (!name.endsWith('.rels')) continue;
    const xml = text(name)!;
    const source = sourceOfRels(name);
    const lost = new Set<string>();
    const kept = withoutRelationships(xml, (r) => {
      if (MACRO_RELATIONSHIP.test(r.type)) {
        if (!r.external) gone.add(resolveTarget(source, r.target));
        lost.add(r.id);
        return true;
      }
      if (!r.external) return false;
      if (ATTACHED_TEMPLATE.test(r.type)) removed.attachedTemplate = true;
      else removed.external++;
      lost.add(r.id);
      return true;
    });
    if (kept !== xml) parts.set(name, strToU8(kept));
    if (lost.size > 0) lostIds.set(source, lost);
  }
  // A relationship to a part that is gone goes too (e.g. from another part to the VBA project).
  for (const name of [...parts.keys()]) {
    if (!name.endsWith('.rels') || gone.size === 0) continue;
    const xml = text(name)!;
    const source = sourceOfRels(name);
    const kept = withoutRelationships(xml, (r) => !r.external && gone.has(resolveTarget(source, r.target)));
    if (kept !== xml) parts.set(name, strToU8(kept));
  }
  for (const name of [...gone]) gone.add(relsPathOf(name));
  removed.macros = [...gone].some((name) => parts.has(name)) || /macroEnabled/i.test(contentTypes);
  for (const name of gone) parts.delete(name);

  // Content types: no overrides for what is gone, no macro defaults, and the main part typed as a plain document.
  contentTypes = withoutOverrides(contentTypes, gone)
    .replace(macroDefault, (element) => (MACRO_CONTENT_TYPES.has((attributesOf(element).get('ContentType') ?? '').toLowerCase()) ? '' : element))
    .replace(/(ContentType\s*=\s*["'])([^"']+)(["'])/g, (whole, open: string, type: string, close: string) =>
      MAIN_TYPES.has(type.toLowerCase()) ? `${open}${DOCUMENT_MAIN}${close}` : whole,
    );
  parts.set(CONTENT_TYPES, strToU8(contentTypes));

  // The parts that referred to a removed relationship lose the reference; old bookmarks of the app go from every part.
  for (const name of [...parts.keys()]) {
    if (!name.endsWith('.xml') || (!name.startsWith('word/') && !lostIds.has(name))) continue;
    const xml = text(name)!;
    let next = lostIds.has(name) ? withoutReferences(xml, lostIds.get(name)!) : xml;
    if (name.startsWith('word/')) next = rewriteBookmarks(next, (mark) => !mark.name.toLowerCase().startsWith(BOOKMARK_PREFIX));
    if (next !== xml) parts.set(name, strToU8(next));
  }
  return removed;
}

/**
 * A part without references to these relationship ids: elements that are nothing but such a
 * reference (attachedTemplate, subDoc, altChunk, …) go whole, other elements (a hyperlink, a
 * picture's blip) only lose the attribute and keep their text.
 */
function withoutReferences(xml: string, ids: ReadonlySet<string>): string {
  const prefixes = new Set([...xml.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g)].filter((m) => m[2] === R_NS).map((m) => m[1]!));
  if (prefixes.size === 0) return xml;
  const refersTo = (tag: string) => {
    for (const [name, value] of attributesOf(tag)) {
      const colon = name.indexOf(':');
      if (colon > 0 && prefixes.has(name.slice(0, colon)) && ids.has(value)) return true;
    }
    return false;
  };
  // Whole elements first (with their short content, e.g. altChunk's properties), then the attributes left.
  const kept: string[] = [];
  let at = 0;
  for (const m of xml.matchAll(REFERENCE_ONLY_START)) {
    if (m.index < at || !refersTo(m[0])) continue;
    let end = m.index + m[0].length;
    if (!m[0].endsWith('/>')) {
      const close = xml.slice(end, end + 10_000).indexOf(`</${m[1]}>`);
      if (close >= 0) end += close + m[1]!.length + 3;
    }
    kept.push(xml.slice(at, m.index));
    at = end;
  }
  kept.push(xml.slice(at));
  let next = kept.join('');
  next = next.replace(/<[A-Za-z_][^<>]*>/g, (tag) => {
    if (!refersTo(tag)) return tag;
    return tag.replace(/\s([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, (attr, prefix: string, _local: string, dq?: string, sq?: string) =>
      prefixes.has(prefix) && ids.has(dq ?? sq ?? '') ? '' : attr,
    );
  });
  return next;
}

