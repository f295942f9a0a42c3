import { Inflate } from 'fflate';

/**
 * Joins the entries of zip files without recompressing them: each entry's local record (header
 * and compressed data) is copied as it is, and a new central directory points at the copies. So
 * adding a few small parts to a packed .docx costs almost nothing, however large its document.
 * Only plain zips as fflate and docx write them (no ZIP64, no split archives).
 */

interface Entry {
  name: string;
  /** The local record: header, name, extra field, data and any data descriptor. */
  local: Uint8Array;
  /** The central directory record; its local-offset field is rewritten on join. */
  central: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

export function zipEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const centralLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (view.getUint32(offset, true) !== LOCAL) throw new Error('bad local header');
    let end = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + compressedSize;
    if (flags & 0x08) end += view.getUint32(end, true) === DESCRIPTOR ? 16 : 12;
    entries.push({
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      local: zip.subarray(offset, end),
      central: zip.subarray(at, at + centralLength),
    });
    at += centralLength;
  }
  return entries;
}

export function joinZipEntries(entries: readonly Entry[]): Uint8Array {
  const localSize = entries.reduce((sum, e) => sum + e.local.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + e.central.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    out.set(e.local, at);
    at += e.local.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    out.set(e.central, at);
    view.setUint32(at + 42, offsets[i]!, true);
    at += e.central.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

export type UnzipResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; reason: 'too-large' | 'too-many' | 'damaged' };

/**
 * Every entry of a zip from someone else (a house-style template), unpacked with a streaming byte
 * cap counted over all entries together: the sizes a zip declares are chosen by whoever made it,
 * so only counting the real output stops a zip bomb before it takes the memory (0.2–1 GB templates
 * took 2.7–3.2 GB when unpacked whole). Stored and deflated entries only, as Word writes.
 */
export function unzipCapped(zip: Uint8Array, { maxBytes, maxEntries }: { maxBytes: number; maxEntries: number }): UnzipResult {
  let entries: Entry[];
  try {
    entries = zipEntries(zip);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (entries.length > maxEntries) return { ok: false, reason: 'too-many' };
  const files = new Map<string, Uint8Array>();
  let budget = maxBytes;
  for (const entry of entries) {
    const view = new DataView(entry.local.buffer, entry.local.byteOffset, entry.local.byteLength);
    if (entry.local.length < 30) return { ok: false, reason: 'damaged' };
    const method = view.getUint16(8, true);
    const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const compressedSize = new DataView(entry.central.buffer, entry.central.byteOffset).getUint32(20, true);
    const data = entry.local.subarray(start, start + compressedSize);
    let out: Uint8Array | undefined;
    if (method === 0) out = data.length <= budget ? data : undefined;
    else if (method === 8) {
      try {
        out = inflateCapped(data, budget);
      } catch {
        return { ok: false, reason: 'damaged' };
      }
    } else return { ok: false, reason: 'damaged' };
    if (!out) return { ok: false, reason: 'too-large' };
    budget -= out.length;
    if (!files.has(entry.name)) files.set(entry.name, out);
  }
  return { ok: true, files };
}

class TooLarge extends Error {}

/** Inflates with a running count of the real output; undefined when over the cap. Throws on damaged data. */
export function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  // A chunk of compressed input can grow at most ~1032x, so the cap is never overshot by much.
  const CHUNK = 1024;
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
