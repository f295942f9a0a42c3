import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DRAFT_XML_NAMESPACE, DRAFT_XML_ROOT, jsonFromDraftXml } from './draftXml';
import { CONTENT_TYPES, relationshipsOf, relsPathOf, resolveTarget, sourceOfRels, withoutOverrides, withoutRelationships } from './packageParts';
import { joinZipEntries, zipEntries } from './zipParts';

/**
 * Puts the draft's JSON into a packed .docx as a real custom XML part (customXml/itemN.xml with
 * its properties part, relationship and content type), the way Word stores document data. Word
 * and LibreOffice keep such parts when they save, so the answers travel with the document and
 * the app (or the CLI) can restore them exactly. docx has no API for custom XML parts, hence
 * this post-processing of the zip. Pure: bytes in, bytes out.
 *
 * Every draft part the file already has goes first, with its properties part, relationships and
 * content type: a house-style template made from an earlier export carries last year's draft,
 * and "Concept openen" on the new export must find only this one.
 */
export function embedDraftJson(docx: Uint8Array, draftJson: string): Uint8Array {
  const entries = zipEntries(docx);
  // Only the small parts that can change are unpacked; the rest is copied still compressed.
  const small = unzipSync(docx, { filter: (f) => f.name === CONTENT_TYPES || f.name.endsWith('.rels') || CUSTOM_XML_ITEM.test(f.name) });
  const text = (name: string) => (small[name] ? strFromU8(small[name]) : undefined);
  const removed = oldDraftParts(entries.map((e) => e.name), text);

  const names = new Set(entries.map((e) => e.name).filter((name) => !removed.has(name)));
  let n = 1;
  while (names.has(`customXml/item${n}.xml`) || names.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;

  const changedRels = new Map<string, string>();
  if (removed.size > 0) {
    for (const name of names) {
      const rels = name.endsWith('.rels') ? text(name) : undefined;
      if (rels === undefined) continue;
      const source = sourceOfRels(name);
      const kept = withoutRelationships(rels, (r) => !r.external && removed.has(resolveTarget(source, r.target)));
      if (kept !== rels) changedRels.set(name, kept);
    }
  }
  const documentRels = changedRels.get(DOCUMENT_RELS) ?? text(DOCUMENT_RELS) ?? EMPTY_RELS;
  changedRels.set(DOCUMENT_RELS, withRelationship(documentRels, `../${item}`));
  const contentTypes = withoutOverrides(text(CONTENT_TYPES) ?? EMPTY_CONTENT_TYPES, removed);

  const added = zipEntries(
    zipSync(
      {
        [CONTENT_TYPES]: strToU8(withContentTypes(contentTypes, `/${props}`)),
        ...Object.fromEntries([...changedRels].map(([name, xml]) => [name, strToU8(xml)])),
        [item]: strToU8(draftXml(draftJson)),
        [props]: strToU8(itemPropsXml(draftJson)),
        [`customXml/_rels/item${n}.xml.rels`]: strToU8(
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/>` +
            '</Relationships>',
        ),
      },
      { level: 6 },
    ),
  );
  const replaced = new Set([CONTENT_TYPES, ...changedRels.keys(), ...removed]);
  // [Content_Types].xml first: docx writes it last, and some readers look for it at the start.
  return joinZipEntries([added[0]!, ...entries.filter((e) => !replaced.has(e.name)), ...added.slice(1)]);
}

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;

/** Our draft parts (what the reader would take for a draft) and the parts that belong only to them: their properties and relationships. */
function oldDraftParts(names: readonly string[], text: (name: string) => string | undefined): Set<string> {
  const removed = new Set<string>();
  for (const name of names) {
    if (!CUSTOM_XML_ITEM.test(name) || !isDraftPart(text(name) ?? '')) continue;
    removed.add(name);
    const rels = relsPathOf(name);
    const own = text(rels);
    if (own === undefined) continue;
    removed.add(rels);
    for (const r of relationshipsOf(own)) if (!r.external) removed.add(resolveTarget(name, r.target));
  }
  return removed;
}

/** As readDocxDraft sees it: our XML wrapper, or bare JSON. */
function isDraftPart(xml: string): boolean {
  return xml.trim().startsWith('{') || jsonFromDraftXml(xml) !== undefined;
}

const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const EMPTY_CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * The JSON as XML text. JSON's own structure is ASCII, so only characters inside its strings
 * need care: & < > are escaped for XML, and U+FFFE/U+FFFF (allowed in JSON, not in XML) become
 * JSON escapes. JSON.stringify already escapes control characters and lone surrogates.
 */
export function draftXml(draftJson: string): string {
  const text = draftJson
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${DRAFT_XML_ROOT} xmlns="${DRAFT_XML_NAMESPACE}">${text}</${DRAFT_XML_ROOT}>`;
}

function itemPropsXml(draftJson: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${guidFrom(draftJson)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DRAFT_XML_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function withContentTypes(xml: string, propsPart: string): string {
  let next = xml;
  if (!/<Default\s[^>]*Extension="xml"/i.test(next)) {
    next = next.replace(/<Types([^>]*)>/, '<Types$1><Default Extension="xml" ContentType="application/xml"/>');
  }
  return next.replace(
    '</Types>',
    `<Override PartName="${propsPart}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
  );
}

function withRelationship(xml: string, target: string): string {
  const used = new Set([...xml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let id = 'rIdAanvraagwijzerDraft';
  for (let i = 2; used.has(id); i++) id = `rIdAanvraagwijzerDraft${i}`;
  return xml.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="${target}"/></Relationships>`,
  );
}

/** A stable GUID from the content (FNV-1a), so the same draft gives the same file. */
function guidFrom(text: string): string {
  const hex: string[] = [];
  // The four seeds in one pass over the text (the draft's JSON can be megabytes): the same hashes as four passes.
  let h0 = 0x811c9dc5;
  let h1 = 0x811c9dc5 ^ 1;
  let h2 = 0x811c9dc5 ^ 2;
  let h3 = 0x811c9dc5 ^ 3;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    h3 = Math.imul(h3 ^ c, 0x01000193);
  }
  for (const h of [h0, h1, h2, h3]) hex.push((h >>> 0).toString(16).padStart(8, '0'));
  const s = hex.join('').toUpperCase();
  return `{${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}}`;
}
