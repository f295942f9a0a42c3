import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDraftJsonFromDocx } from './readDocxDraft';
import { getScheme } from '../../templates/schemes';
import { answerTexts } from '../document/fixtures/answerTexts';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { packApplication } from './packApplication';
import { SOFFICE_TIMEOUT_MS } from './fixtures/soffice';

const scheme = getScheme();
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * LibreOffice as a second real client: it must open each golden export and print it to PDF.
 * soffice exits 0 even when it fails, so the PDF must exist and hold the answers. A private
 * profile keeps a running LibreOffice from swallowing the conversion.
 */
function toPdfText(name: string, bytes: Uint8Array): string {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { timeout: SOFFICE_TIMEOUT_MS, stdio: 'ignore' },
  );
  const pdf = join(dir, `${name}.pdf`);
  expect(existsSync(pdf), `LibreOffice made no PDF of ${name}.docx`).toBe(true);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/**
 * Compares text as it survives a PDF: line breaks and hyphenation differ (pdftotext drops the
 * hyphen of "stage-uren" at a line end), and the machine's fonts may have no emoji.
 */
const comparable = (s: string) =>
  s
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/-/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Page furniture (header, footer) interrupts a paragraph that runs over a page; drop it, then join the lines. */
const flowingText = (pdfText: string, header: string) =>
  comparable(
    pdfText
      .split('\n')
      .filter((line) => line.trim() !== header && !/pagina \d+ van \d+\s*$/.test(line))
      .join('\n')
      .replace(/-\n/g, ''),
  );

describe('LibreOffice opens the Word draft and prints every answer', () => {
  it.each(goldenDrafts().map((g) => [g.name, g.draft] as const))('%s', async (name, draft) => {
    const bytes = await packApplication(draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    const institution = draft.answers.applicant?.institutionName?.trim() || '[nog niet ingevuld]';
    const text = flowingText(toPdfText(name, bytes), `${institution} — aanvraag ${scheme.shortName}`);
    expect(text).toContain(comparable(`Aanvraag ${scheme.name}`));
    expect(text).toContain('Openstaande punten');
    const missing = answerTexts(draft, scheme).prose.map(comparable).filter((answer) => !text.includes(answer));
    expect(missing).toEqual([]);
  });
});

const gridsOf = (docx: Uint8Array) =>
  [...strFromU8(unzipSync(docx)['word/document.xml']!).matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
    [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
  );

describe('LibreOffice saves the Word draft again (an advisor edits it and sends it back)', () => {
  it('keeps the table grid widths and the draft inside', async () => {
    const { draft } = goldenDrafts().find((g) => g.name === 'volledig')!;
    const bytes = await packApplication(draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    const input = join(dir, 'terug.docx');
    const outDir = join(dir, 'opgeslagen');
    mkdirSync(outDir);
    writeFileSync(input, bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, input],
      { timeout: SOFFICE_TIMEOUT_MS, stdio: 'ignore' },
    );
    const saved = join(outDir, 'terug.docx');
    expect(existsSync(saved), 'LibreOffice wrote no .docx').toBe(true);
    const again = new Uint8Array(readFileSync(saved));
    const before = gridsOf(bytes);
    const after = gridsOf(again);
    expect(after.length).toBe(before.length);
    after.forEach((grid, t) => grid.forEach((w, c) => expect(Math.abs(w - before[t]![c]!)).toBeLessThanOrEqual(2)));
    const read = await readDraftJsonFromDocx(again, 5_000_000);
    expect(read.ok && JSON.parse(read.json)).toEqual(draft);
  });
});
