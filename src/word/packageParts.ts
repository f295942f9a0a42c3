/**
 * Small helpers for the package around a Word document (Open Packaging Conventions): which part a
 * relationship points at, and taking relationships and content-type overrides out. Relationship
 * and content-type parts are flat lists of empty elements, so they are edited as text; each
 * element is found whole, whatever the order or quoting of its attributes.
 */

export const CONTENT_TYPES = '[Content_Types].xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written, to remove it. */
  element: string;
}

const RELATIONSHIP = /<(?:[A-Za-z_][\w.-]*:)?Relationship\b[^>]*>(?:\s*<\/(?:[A-Za-z_][\w.-]*:)?Relationship>)?/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED[ref]!;
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

export function attributesOf(element: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const start = element.search(/\s/);
  if (start < 0) return attributes;
  for (const m of element.slice(start).matchAll(ATTRIBUTE)) attributes.set(m[1]!, decode(m[2] ?? m[3] ?? ''));
  return attributes;
}

export function relationshipsOf(relsXml: string): Relationship[] {
  return [...relsXml.matchAll(RELATIONSHIP)].map((m) => {
    const a = attributesOf(m[0]);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External', element: m[0] };
  });
}

/** The relationships part of a part: word/document.xml → word/_rels/document.xml.rels; the package's own is _rels/.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationships part belongs to ('' for the package itself). */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : '';
}

/** The part name an internal target points at, from the part that holds the relationship (without a leading slash). */
export function resolveTarget(source: string, target: string): string {
  let path: string;
  try {
    path = decodeURI(target.split('#')[0]!);
  } catch {
    path = target;
  }
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships part without the relationships `drop` picks. */
export function withoutRelationships(relsXml: string, drop: (r: Relationship) => boolean): string {
  let xml = relsXml;
  for (const r of relationshipsOf(relsXml)) if (drop(r)) xml = xml.replace(r.element, '');
  return xml;
}

/** [Content_Types].xml without the overrides of these parts (names without the leading slash; compared without case, as the package is). */
export function withoutOverrides(contentTypesXml: string, parts: ReadonlySet<string>): string {
  const lower = new Set([...parts].map((p) => `/${p}`.toLowerCase()));
  return contentTypesXml.replace(/<(?:[A-Za-z_][\w.-]*:)?Override\b[^>]*>(?:\s*<\/(?:[A-Za-z_][\w.-]*:)?Override>)?/g, (element) =>
    lower.has((attributesOf(element).get('PartName') ?? '').toLowerCase()) ? '' : element,
  );
}
