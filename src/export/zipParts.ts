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
