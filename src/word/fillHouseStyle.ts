import { patchDetector, patchDocument, PatchType, Paragraph, TextRun, type IPatch } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate } from '../../schemas/template';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { HOUSE_STYLE } from '../text/houseStyle';
import { uniqueBookmarks } from './bookmarkUnique';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { embedDraftJson } from './embedDraft';
import { houseStyleFields, WHOLE_DOCUMENT_FIELD } from '../document/houseStyleFields';
import { openHouseStyle, type Removed } from './houseStylePackage';
import { blocksToDocx } from './modelToDocx';
import { createRenderContext } from '../document/renderContext';
import { joinZipEntries, zipEntries } from './zipParts';

export const MAX_HOUSE_STYLE_BYTES = 20_000_000;
/** Placeholders in the whole template. */
export const MAX_HOUSE_STYLE_FIELDS = 500;
/** `{{aanvraag}}` and `{{block.…}}` together: each puts a whole part of the application in the document. */
export const MAX_HOUSE_STYLE_BLOCKS = 20;

export type HouseStyleResult = { ok: true; bytes: Uint8Array; warnings: string[] } | { ok: false; message: string };

// Characters XML 1.0 forbids would make Word refuse the file; the draft keeps them, the document drops them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string) => text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Fills the user's own Word file (logo, fonts, styles) at its `{{placeholders}}`: short answers
 * in place, `{{block.<name>}}` and `{{aanvraag}}` as whole paragraphs and tables. An unknown
 * placeholder stops it with a Dutch message (a typo would otherwise stay in the document); an
 * empty answer is filled with "[nog niet ingevuld]" and reported. The draft travels inside, as
 * with the app's own document.
 *
 * Someone else made the file: it is opened under caps and cleaned first (houseStylePackage.ts),
 * and what it may ask for is capped too. The filling takes time in proportion to the template and
 * the answers: docx walks the whole document once for every placeholder name, so it only ever
 * sees the small template with short markers in it; the answers and blocks are put in place of
 * the markers afterwards, as text (20 `{{aanvraag}}` took 33 s in the browser when docx walked
 * the growing document instead). Answers never pass docx's placeholder search, so an answer that
 * looks like `{{aanvraag}}` stays text. Every export gets unique bookmarks, however often a block
 * is used.
 */
export async function fillHouseStyle(
  houseStyle: Uint8Array,
  draft: DraftFile,
  scheme: Scheme,
  now: Date,
  options: { appVersion?: string; template?: DocumentTemplate } = {},
): Promise<HouseStyleResult> {
  if (houseStyle.byteLength > MAX_HOUSE_STYLE_BYTES) return { ok: false, message: HOUSE_STYLE.tooLarge };
  if (houseStyle[0] !== 0x50 || houseStyle[1] !== 0x4b) return { ok: false, message: HOUSE_STYLE.notDocx };
  const opened = openHouseStyle(houseStyle);
  if (!opened.ok) return { ok: false, message: opened.reason === 'not-docx' ? HOUSE_STYLE.notDocx : opened.reason === 'too-long' ? HOUSE_STYLE.tooLong : HOUSE_STYLE.tooLargeUnpacked };
  const { parts, removed } = opened;

  const counted = countPlaceholders(parts);
  if (counted.fields > MAX_HOUSE_STYLE_FIELDS) return { ok: false, message: HOUSE_STYLE.tooManyFields(counted.fields, MAX_HOUSE_STYLE_FIELDS) };
  if (counted.blocks > MAX_HOUSE_STYLE_BLOCKS) return { ok: false, message: HOUSE_STYLE.tooManyBlocks(counted.blocks, MAX_HOUSE_STYLE_BLOCKS) };

  let found: readonly string[];
  try {
    found = await patchDetector({ data: zipSync(Object.fromEntries(parts), { level: 0 }), trimPlaceholders: true });
  } catch {
    return { ok: false, message: HOUSE_STYLE.notDocx };
  }
  const names = [...new Set(found)];
  if (names.length === 0) return { ok: false, message: HOUSE_STYLE.noFields };

  const template = options.template ?? getDocumentTemplate(scheme.id);
  const appVersion = options.appVersion ?? 'onbekend';
  const fields = houseStyleFields(scheme);
  const unknown = names.filter((n) => !fields.has(n));
  if (unknown.length > 0) return { ok: false, message: HOUSE_STYLE.unknownFields(unknown) };

  const ctx = createRenderContext(draft, scheme, template, now, appVersion);
  const nonce = randomNonce();
  const marker = (kind: 'T' | 'B' | 'begin' | 'end', i: number) => `\uE000${nonce}${kind}${i}\uE001`;
  const contentKey = `aanvraagwijzer${nonce}`;

  // docx sees short markers: a text field becomes a marker run (keeping the placeholder's formatting), a block a marker paragraph.
  const empty: string[] = [];
  const values: string[] = [];
  const blockNames: string[] = [];
  const patches: Record<string, IPatch> = {};
  const content: Paragraph[] = [];
  for (const name of names) {
    const field = fields.get(name)!;
    if (field.kind === 'text') {
      const value = field.binding.value(ctx)?.trim();
      if (!value) empty.push(name);
      patches[name] = { type: PatchType.PARAGRAPH, children: [new TextRun(marker('T', values.length))] };
      values.push(value || template.labels.missing);
    } else {
      const i = blockNames.length;
      blockNames.push(name);
      patches[name] = { type: PatchType.DOCUMENT, children: [new Paragraph({ children: [new TextRun(marker('B', i))] })] };
      const blocks = name === WHOLE_DOCUMENT_FIELD ? buildDocumentModel(draft, scheme, template, { now, appVersion }).body : field.block.build(ctx);
      content.push(markerParagraph(marker('begin', i)), ...(blocksToDocx(blocks) as Paragraph[]), markerParagraph(marker('end', i)));
    }
  }
  // The blocks' content goes in once, last, at a paragraph of its own at the start of the body; it is moved to its markers below.
  if (blockNames.length > 0) {
    patches[contentKey] = { type: PatchType.DOCUMENT, children: content };
    const documentXml = strFromU8(parts.get(DOCUMENT)!);
    const body = /<w:body(\s[^>]*)?>/.exec(documentXml);
    if (!body) return { ok: false, message: HOUSE_STYLE.notDocx };
    const at = body.index + body[0].length;
    parts.set(DOCUMENT, strToU8(`${documentXml.slice(0, at)}<w:p><w:r><w:t>{{${contentKey}}}</w:t></w:r></w:p>${documentXml.slice(at)}`));
  }

  let filled: Uint8Array;
  try {
    filled = await patchDocument({ outputType: 'uint8array', data: zipSync(Object.fromEntries(parts), { level: 0 }), patches, trimPlaceholders: true, keepOriginalStyles: true });
  } catch {
    return { ok: false, message: HOUSE_STYLE.failed };
  }
  const placed = placeContent(filled, { nonce, values, blocks: blockNames.length, marker });
  if (!placed) return { ok: false, message: HOUSE_STYLE.failed };
  const warnings = [...(empty.length > 0 ? [HOUSE_STYLE.emptyFields(empty)] : []), ...removedWarnings(removed)];
  return { ok: true, bytes: embedDraftJson(placed, JSON.stringify(draft)), warnings };
}

const DOCUMENT = 'word/document.xml';

const markerParagraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** Unguessable by whoever made the template, so no text in it can pass for a marker. */
function randomNonce(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36)).join('');
}

/**
 * Placeholders as the user typed them, counted in the text of each paragraph of each part (a
 * placeholder may be split over runs). An upper bound of what docx will find, taken before docx
 * runs, because its work grows with them.
 */
function countPlaceholders(parts: ReadonlyMap<string, Uint8Array>): { fields: number; blocks: number } {
  let fields = 0;
  let blocks = 0;
  for (const [name, data] of parts) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    for (const paragraph of strFromU8(data).split('</w:p>')) {
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
        fields++;
        if (m[1] === WHOLE_DOCUMENT_FIELD || m[1]!.startsWith('block.')) blocks++;
      }
    }
  }
  return { fields, blocks };
}

/**
 * The filled package with the real content at the markers: each text marker becomes its value
 * (XML-escaped), each block marker paragraph a copy of that block's content (taken out of the
 * content paragraph docx put at the start), and then every bookmark is made unique. Undefined if
 * a marker is left over or missing, which would mean the file is not what this expects.
 */
function placeContent(
  filled: Uint8Array,
  { nonce, values, blocks, marker }: { nonce: string; values: readonly string[]; blocks: number; marker: (kind: 'T' | 'B' | 'begin' | 'end', i: number) => string },
): Uint8Array | undefined {
  const xmlParts = unzipSync(filled, { filter: (f) => f.name.startsWith('word/') && f.name.endsWith('.xml') });
  const original = new Map(Object.entries(xmlParts).map(([name, data]) => [name, strFromU8(data)]));
  const texts = new Map(original);
  let document = texts.get(DOCUMENT);
  if (document === undefined) return undefined;

  // Cut each block's content out of the content paragraph.
  const regions: string[] = [];
  for (let i = 0; i < blocks; i++) {
    const begin = paragraphAround(document, document.indexOf(marker('begin', i)));
    const end = paragraphAround(document, document.indexOf(marker('end', i)));
    if (!begin || !end || end.start < begin.end) return undefined;
    regions.push(document.slice(begin.end, end.start));
    document = document.slice(0, begin.start) + document.slice(end.end);
  }
  texts.set(DOCUMENT, document);

  const token = new RegExp(`\uE000${nonce}([TB])(\\d+)\uE001`, 'g');
  // The document first, so the first use of a block in reading order keeps its bookmarks.
  const order = [DOCUMENT, ...[...texts.keys()].filter((name) => name !== DOCUMENT)];
  for (const name of order) {
    const xml = texts.get(name)!;
    if (!xml.includes(`\uE000${nonce}`)) continue;
    const pieces: string[] = [];
    let at = 0;
    for (const m of xml.matchAll(token)) {
      if (m.index < at) continue;
      const i = Number(m[2]);
      if (m[1] === 'T') {
        if (values[i] === undefined) return undefined;
        pieces.push(xml.slice(at, m.index), xmlText(values[i]));
        at = m.index + m[0].length;
      } else {
        const paragraph = paragraphAround(xml, m.index);
        if (!paragraph || regions[i] === undefined) return undefined;
        pieces.push(xml.slice(at, paragraph.start), regions[i]);
        at = paragraph.end;
      }
    }
    pieces.push(xml.slice(at));
    const next = pieces.join('');
    if (next.includes(`\uE000${nonce}`)) return undefined;
    texts.set(name, next);
  }
  for (const [name, xml] of uniqueBookmarks(new Map(order.map((name) => [name, texts.get(name)!])))) texts.set(name, xml);

  const changed = [...texts].filter(([name, xml]) => xml !== original.get(name));
  const names = new Set(changed.map(([name]) => name));
  const added = zipEntries(zipSync(Object.fromEntries(changed.map(([name, xml]) => [name, strToU8(xml)])), { level: 6 }));
  return joinZipEntries([...zipEntries(filled).filter((e) => !names.has(e.name)), ...added]);
}

/** The `<w:p>` element around a position in docx's output (a marker paragraph: no paragraph nests inside it). */
function paragraphAround(xml: string, index: number): { start: number; end: number } | undefined {
  if (index < 0) return undefined;
  const start = Math.max(xml.lastIndexOf('<w:p>', index), xml.lastIndexOf('<w:p ', index));
  const close = xml.indexOf('</w:p>', index);
  return start < 0 || close < 0 ? undefined : { start, end: close + '</w:p>'.length };
}

function removedWarnings(removed: Removed): string[] {
  return [
    ...(removed.macros ? [HOUSE_STYLE.removedMacros] : []),
    ...(removed.attachedTemplate ? [HOUSE_STYLE.removedAttachedTemplate] : []),
    ...(removed.external > 0 ? [HOUSE_STYLE.removedExternal(removed.external)] : []),
  ];
}
