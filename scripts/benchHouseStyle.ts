// npm run bench: the house-style export at its limits (#15.6), each case in a fresh Node process so
// its peak memory is its own. Before: 20 {{aanvraag}} took 33 s in the browser (59 s in Node with
// every field), 200 more than 10 minutes, and zip-bomb templates of 0.2–1 GB took 2.7–3.2 GB.
import { execFileSync } from 'node:child_process';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { getScheme } from '../templates/schemes';
import { fillHouseStyle } from '../src/word/fillHouseStyle';
import { houseStyleFields } from '../src/document/houseStyleFields';
import { createBudgetCheck } from './benchBudgets';
import { benchDrafts } from './benchDrafts';

/** A refused template should cost little more than the app and the file itself (Node with docx loaded is about 120 MB). */
const AIM_PEAK_MB = 400;

const CASES = {
  'aanvraag-20': '20 × {{aanvraag}} and every text field, volledig.json',
  'aanvraag-20-large': '20 × {{aanvraag}} and every text field, 40 activities',
  'aanvraag-200': '200 × {{aanvraag}} (refused: more than 20 blocks)',
  'bomb-200': 'zip bomb, 0.2 GB picture (refused)',
  'bomb-1000': 'zip bomb, 1 GB picture (refused)',
  'xml-bomb-200': 'zip bomb, 0.2 GB of paragraphs in an XML part (refused)',
} as const;
type Case = keyof typeof CASES;

/** A template with `aanvraag` times {{aanvraag}} and then every text field. */
export async function houseStyleTemplate(aanvraag: number): Promise<Uint8Array> {
  const text = [...houseStyleFields(getScheme()).keys()].filter((f) => f !== 'aanvraag' && !f.startsWith('block.'));
  // The blocks first: docx used to walk the grown document again for every field after them (the worst order).
  const lines = [...Array.from({ length: aanvraag }, () => '{{aanvraag}}'), ...text.map((f) => `${f}: {{${f}}}`)];
  return Packer.pack(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }), 'uint8array');
}

/**
 * A real template with a part of `megabytes` MB more: zeros as a picture, or empty paragraphs in
 * a second document part. Deflated as repeated 1 MB blocks (zlib's sync flush ends each block on a
 * byte, so the copies chain into one valid stream), so making it takes no time or memory.
 */
async function bomb(megabytes: number, kind: 'media' | 'xml'): Promise<Uint8Array> {
  const files = unzipSync(await houseStyleTemplate(1));
  const chunk = kind === 'media' ? new Uint8Array(1 << 20) : new TextEncoder().encode('<w:p/>'.repeat((1 << 20) / 6));
  const head = kind === 'media' ? new Uint8Array(0) : new TextEncoder().encode('<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">');
  const tail = kind === 'media' ? new Uint8Array(0) : new TextEncoder().encode('</w:hdr>');
  const flush = (data: Uint8Array) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const [h, b, t] = [flush(head), flush(chunk), flush(tail)];
  const data = new Uint8Array(h.length + b.length * megabytes + t.length + 2);
  data.set(h, 0);
  for (let i = 0; i < megabytes; i++) data.set(b, h.length + i * b.length);
  data.set(t, h.length + b.length * megabytes);
  data.set([0x03, 0x00], data.length - 2);
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const name = kind === 'media' ? 'word/media/image2.png' : 'word/header9.xml';
  return withStoredEntry(zipSync(files), name, data, crc, head.length + chunk.length * megabytes + tail.length);
}

/** Appends an entry whose data is already deflated: local header, data, and a new central directory. */
function withStoredEntry(zip: Uint8Array, name: string, deflated: Uint8Array, crc: number, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const count = view.getUint16(eocd + 10, true);
  const centralStart = view.getUint32(eocd + 16, true);
  const central = zip.subarray(centralStart, eocd);
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, 0x04034b50, true);
  l.setUint16(4, 20, true);
  l.setUint16(8, 8, true);
  l.setUint32(14, crc >>> 0, true);
  l.setUint32(18, deflated.length, true);
  l.setUint32(22, size >>> 0, true);
  l.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const entry = new Uint8Array(46 + nameBytes.length);
  const c = new DataView(entry.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint16(4, 20, true);
  c.setUint16(6, 20, true);
  c.setUint16(10, 8, true);
  c.setUint32(16, crc >>> 0, true);
  c.setUint32(20, deflated.length, true);
  c.setUint32(24, size >>> 0, true);
  c.setUint16(28, nameBytes.length, true);
  c.setUint32(42, centralStart, true);
  entry.set(nameBytes, 46);
  const out = new Uint8Array(centralStart + local.length + deflated.length + central.length + entry.length + 22);
  out.set(zip.subarray(0, centralStart));
  out.set(local, centralStart);
  out.set(deflated, centralStart + local.length);
  const newCentral = centralStart + local.length + deflated.length;
  out.set(central, newCentral);
  out.set(entry, newCentral + central.length);
  const e = new DataView(out.buffer, newCentral + central.length + entry.length);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, count + 1, true);
  e.setUint16(10, count + 1, true);
  e.setUint32(12, central.length + entry.length, true);
  e.setUint32(16, newCentral, true);
  return out;
}

async function runCase(name: Case) {
  const [complete, large] = benchDrafts();
  const draft = name === 'aanvraag-20-large' ? large!.draft : complete!.draft;
  const input =
    name === 'bomb-200'
      ? await bomb(200, 'media')
      : name === 'bomb-1000'
        ? await bomb(1000, 'media')
        : name === 'xml-bomb-200'
          ? await bomb(200, 'xml')
          : await houseStyleTemplate(name === 'aanvraag-200' ? 200 : 20);
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const result = await fillHouseStyle(input, draft, getScheme(draft.schemeId), new Date(), { appVersion: 'bench' });
  const ms = performance.now() - start;
  // maxRSS is the process's peak, in kB; the template itself is counted in `before`.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, peakMb, beforeMb: before / 1e6 / 1.048576, ok: result.ok, detail: result.ok ? `${(result.bytes.length / 1024).toFixed(0)} kB` : result.message.slice(0, 60) }));
}

export function benchHouseStyle() {
  console.log('\nHouse-style export at its limits (fillHouseStyle in Node, each case in a fresh process; time budgets in scripts/benchBudgets.ts):');
  const budget = createBudgetCheck('house style');
  const refusedTimes: number[] = [];
  let memoryOver = false;
  for (const [name, label] of Object.entries(CASES)) {
    const out = execFileSync('npx', ['tsx', new URL(import.meta.url).pathname, name], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; peakMb: number; ok: boolean; detail: string };
    const key = r.ok ? `house-style/${name}` : undefined;
    if (!r.ok) refusedTimes.push(r.ms);
    const memory = r.ok ? '' : `  [peak ≤ ${AIM_PEAK_MB} MB: ${r.peakMb <= AIM_PEAK_MB ? 'within' : 'OVER'}]`;
    if (!r.ok && r.peakMb > AIM_PEAK_MB) memoryOver = true;
    console.log(
      `  ${label.padEnd(58)} ${r.ms.toFixed(0).padStart(6)} ms  peak ${r.peakMb.toFixed(0).padStart(5)} MB  ${r.ok ? r.detail : 'refused'}${key ? `  [${key}]${budget.verdict(key, 1, [r.ms])}` : memory}`,
    );
  }
  console.log(`  ${'refused cases, slowest'.padEnd(58)} ${Math.max(...refusedTimes).toFixed(0).padStart(6)} ms  [house-style/refused]${budget.verdict('house-style/refused', 1, refusedTimes)}`);
  if (!budget.finish((key) => key.startsWith('house-style/')) || memoryOver) process.exitCode = 1;
}

const arg = process.argv[2];
if (arg && arg in CASES) await runCase(arg as Case);
else if (import.meta.url === `file://${process.argv[1]}`) benchHouseStyle();
