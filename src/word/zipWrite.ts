import { gzipSync, strToU8 } from 'fflate';

/**
 * Writes a zip (a .docx) whose parts are compressed by the platform's own zlib where there is one
 * (CompressionStream, in browsers and Node), else by fflate. The Word export spent most of its
 * packing time in fflate's deflate of word/document.xml (0.7 MB with 40 activities), and a first
 * export paid for that JavaScript to warm up as well (#14.7). A gzip member holds the raw deflate
 * data, its CRC-32 and size: exactly what a zip entry needs, so nothing is compressed twice.
 * Plain zip only (no ZIP64): a .docx of the app is far below 4 GB.
 */
export async function zipDeflated(parts: readonly (readonly [string, string | Uint8Array])[], date: Date): Promise<Uint8Array> {
  const entries = await Promise.all(
    parts.map(async ([name, content]) => ({ name: strToU8(name), ...fromGzip(await gzip(typeof content === 'string' ? strToU8(content) : content)) })),
  );
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 8, 8, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, day, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 10, 8, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** Level 6, as fflate's and zlib's default. */
async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'function') {
    try {
      // Written and read directly: a Blob's stream goes through the browser's blob store (IPC).
      const stream = new CompressionStream('gzip');
      const writer = stream.writable.getWriter();
      // Their failures surface in read() below; caught here so they are not reported twice.
      writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
      writer.close().catch(() => undefined);
      const reader = stream.readable.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        chunks.push(read.value);
        size += read.value.length;
      }
      if (chunks.length === 1) return chunks[0]!;
      const out = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      return out;
    } catch {
      // A platform whose stream fails (none known): fflate below does the same job.
    }
  }
  return gzipSync(bytes, { level: 6 });
}

/** One gzip member (RFC 1952) → its raw deflate data, CRC-32 and uncompressed size. */
export function fromGzip(gz: Uint8Array): { data: Uint8Array; crc: number; size: number } {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error('not a gzip member');
  const flags = gz[3]!;
  let at = 10;
  if (flags & 4) at += 2 + (gz[at]! | (gz[at + 1]! << 8));
  if (flags & 8) while (at < gz.length && gz[at++] !== 0);
  if (flags & 16) while (at < gz.length && gz[at++] !== 0);
  if (flags & 2) at += 2;
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  return { data: gz.subarray(at, gz.length - 8), crc: view.getUint32(gz.length - 8, true), size: view.getUint32(gz.length - 4, true) };
}
