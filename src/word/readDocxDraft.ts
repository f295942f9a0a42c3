import { inflateCapped } from './zipParts';
import { DOCX_READ } from '../text/storage';
import { jsonFromDraftXml } from './draftXml';

/**
 * Where the Word export puts the draft: a custom XML part (src/word/embedDraft.ts). Word may
 * renumber custom XML parts when it saves, so the reader looks in every customXml/itemN.xml.
 */
export const DOCX_DRAFT_PART = 'customXml/item1.xml';
const CUSTOM_XML_ITEM = /^customXml\/item(\d+)\.xml$/;

const MAX_ENTRIES = 10_000;

type ReadResult = { ok: true; json: string } | { ok: false; message: string };

/**
 * Reads the draft JSON from a .docx made by the app. Finds the parts through the zip's central
 * directory and inflates them with a streaming byte cap (counted over all parts it opens): the
 * sizes written in a zip are chosen by whoever made the file, so only counting the real output
 * stops a zip bomb. Never throws.
 */
export async function readDraftJsonFromDocx(bytes: Uint8Array, maxUnzippedBytes: number): Promise<ReadResult> {
  try {
    return readDraft(bytes, maxUnzippedBytes);
  } catch {
    return { ok: false, message: DOCX_READ.damaged };
  }
}

function readDraft(bytes: Uint8Array, maxBytes: number): ReadResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return { ok: false, message: DOCX_READ.notZip };
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  let budget = maxBytes;
  let sawDamaged = false;
  const found: DraftCandidate[] = [];
  for (let i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return { ok: false, message: DOCX_READ.notZip };
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    const item = CUSTOM_XML_ITEM.exec(name);
    if (!item) continue;
    const part = inflateEntry(bytes, view, localOffset, method, compressedSize, budget);
    if (!part.ok) {
      if (part.message !== DOCX_READ.tooLarge) {
        sawDamaged = true;
        continue;
      }
      // Over the cap: what was found so far still counts; a file that is nothing but large parts is refused.
      if (found.length === 0) return part;
      break;
    }
    budget -= part.size;
    const json = draftJsonOf(part.text);
    if (json !== undefined) found.push({ json, item: Number(item[1]), updatedAt: updatedAtOf(json) });
  }
  const chosen = newest(found);
  if (chosen) return { ok: true, json: chosen.json };
  return { ok: false, message: sawDamaged ? DOCX_READ.damaged : DOCX_READ.noDraft };
}

interface DraftCandidate {
  json: string;
  item: number;
  updatedAt: number;
}

/**
 * The app writes one draft part, but a file may hold more: one made from a house-style template
 * that was an earlier export (before the template's draft was removed), or edited by hand. The
 * choice must not depend on the order of the zip: the draft changed last wins, then the highest
 * item number (the app adds its part after any a file already has).
 */
function newest(found: readonly DraftCandidate[]): DraftCandidate | undefined {
  return found.reduce<DraftCandidate | undefined>(
    (best, c) => (!best || c.updatedAt > best.updatedAt || (c.updatedAt === best.updatedAt && c.item > best.item) ? c : best),
    undefined,
  );
}

function updatedAtOf(json: string): number {
  try {
    const value: unknown = JSON.parse(json);
    const at = typeof value === 'object' && value !== null && 'updatedAt' in value ? Date.parse(String(value.updatedAt)) : NaN;
    return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/**
 * Other parts of the .docx as text (for reading back an advisor's comments), with the same
 * streaming cap, counted over all the parts together. Missing parts are left out; undefined when
 * the file cannot be read or the parts are too large. Never throws.
 */
export function readDocxTextParts(bytes: Uint8Array, names: readonly string[], maxUnzippedBytes: number): Record<string, string> | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfCentralDirectory(bytes, view);
    if (eocd < 0) return undefined;
    const entries = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    const decoder = new TextDecoder();
    const parts: Record<string, string> = {};
    let budget = maxUnzippedBytes;
    for (let i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      const method = view.getUint16(offset + 10, true);
      const compressedSize = view.getUint32(offset + 20, true);
      const nameLength = view.getUint16(offset + 28, true);
      const localOffset = view.getUint32(offset + 42, true);
      const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
      if (!names.includes(name) || Object.hasOwn(parts, name)) continue;
      const part = inflateEntry(bytes, view, localOffset, method, compressedSize, budget);
      if (!part.ok) return undefined;
      budget -= part.size;
      parts[name] = part.text;
    }
    return parts;
  } catch {
    return undefined;
  }
}

/** Our XML wrapper; bare JSON is accepted too (parseDraft checks whatever it is). */
function draftJsonOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return trimmed;
  return jsonFromDraftXml(text);
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

type PartResult = { ok: true; text: string; size: number } | { ok: false; message: string };

function inflateEntry(bytes: Uint8Array, view: DataView, localOffset: number, method: number, compressedSize: number, maxBytes: number): PartResult {
  if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) return { ok: false, message: DOCX_READ.damaged };
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + compressedSize));
  let out: Uint8Array;
  if (method === 0) {
    if (data.length > maxBytes) return { ok: false, message: DOCX_READ.tooLarge };
    out = data;
  } else if (method === 8) {
    const inflated = inflateCapped(data, maxBytes);
    if (!inflated) return { ok: false, message: DOCX_READ.tooLarge };
    out = inflated;
  } else {
    return { ok: false, message: DOCX_READ.damaged };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(out), size: out.length };
  } catch {
    return { ok: false, message: DOCX_READ.damaged };
  }
}
