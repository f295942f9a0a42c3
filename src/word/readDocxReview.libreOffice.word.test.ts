import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { DraftFile } from '../../schemas/draft';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme, SCHEMES } from '../../templates/schemes';
import { anchorKey, fieldKey } from '../domain/answerAnchors';
import { bookmarkNames } from './bookmarkName';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { addWordComments } from './fixtures/addWordComments';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { bookmarkKeys } from '../document/modelAnchors';
import { packApplication } from './packApplication';
import { parseDraft } from '../draftFile/parseDraft';
import { SOFFICE_TIMEOUT_MS } from './fixtures/soffice';

const scheme = getScheme();
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-lo-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice opens the file and saves it as .docx again, as an advisor using LibreOffice would (private profile, as in libreOffice.word.test.ts). */
function savedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const input = join(dir, 'adviseur.docx');
  const outDir = join(dir, 'opgeslagen');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(input, bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, input],
    { timeout: SOFFICE_TIMEOUT_MS, stdio: 'ignore' },
  );
  const saved = join(outDir, 'adviseur.docx');
  expect(existsSync(saved), 'LibreOffice wrote no .docx').toBe(true);
  return new Uint8Array(readFileSync(saved));
}

describe('Word comments survive LibreOffice saving the file again', () => {
  it('maps each comment to the same answer and finds the same changed answer', async () => {
    const draft: DraftFile = goldenDrafts().find((g) => g.name === 'volledig')!.draft;
    const names = bookmarkNames(bookmarkKeys(buildDocumentModel(draft, scheme, getDocumentTemplate(scheme.id), { now: EXPORT_DATE }).body));
    const crafted = addWordComments(
      await packApplication(draft, scheme, EXPORT_DATE),
      [
        { id: 1, author: 'Jan Jansen', date: '2026-11-26T09:00:00Z', text: 'Is 18 maanden niet te lang?', bookmark: names.get(fieldKey('nazorg', 'duration')) },
        { id: 2, author: 'Jan Jansen', date: '2026-11-26T09:05:00Z', text: 'Hoeveel gesprekken?', bookmark: names.get(fieldKey('activities', 'activities.loopbaancoaching.description')) },
        { id: 3, author: 'Jan Jansen', date: '2026-11-26T09:10:00Z', text: 'Klopt dit bedrag?', bookmark: names.get(fieldKey('activities', 'activities.loopbaancoaching.costLines.loopbaancoaching-k1.amount')) },
        { id: 4, author: 'Jan Jansen', date: '2026-11-26T09:15:00Z', text: 'Goed zo.', bookmark: names.get(fieldKey('applicant', 'contactEmail')) },
      ],
      [{ bookmark: names.get(fieldKey('nazorg', 'handover'))!, text: 'De coach draagt over aan het RMC.' }],
    );
    const saved = savedByLibreOffice(crafted);
    // LibreOffice really wrote the file anew (its own generator), keeping our bookmarks and the comment ranges.
    const files = unzipSync(saved);
    expect(strFromU8(files['docProps/app.xml']!)).toContain('LibreOffice');
    expect(strFromU8(files['word/document.xml']!)).toContain(names.get(fieldKey('nazorg', 'duration')));

    const result = await parseDraft({ name: 'adviseur.docx', bytes: saved }, { schemeIds: SCHEMES.map((s) => s.id) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.answers).toEqual(draft.answers);
    const placed = Object.fromEntries((result.draft.comments ?? []).map((c) => [c.text, anchorKey(c.anchor)]));
    expect(placed).toEqual({
      'Is 18 maanden niet te lang?': fieldKey('nazorg', 'duration'),
      'Hoeveel gesprekken?': fieldKey('activities', 'activities.loopbaancoaching.description'),
      'Klopt dit bedrag?': fieldKey('activities', 'activities.loopbaancoaching.costLines.loopbaancoaching-k1.amount'),
      'Goed zo.': fieldKey('applicant', 'contactEmail'),
    });
    expect(result.draft.comments?.every((c) => c.author === 'Jan Jansen' && c.origin === 'word')).toBe(true);
    expect(result.draft.wordChanges?.map((c) => [anchorKey(c.anchor), c.wordText])).toEqual([[fieldKey('nazorg', 'handover'), 'De coach draagt over aan het RMC.']]);
  });

  it('sees no change in a file LibreOffice only saved again (multi-line answers, lists, & < > and emoji)', async () => {
    const draft = goldenDrafts().find((g) => g.name === 'typisch')!.draft;
    const result = await parseDraft({ name: 'adviseur.docx', bytes: savedByLibreOffice(await packApplication(draft, scheme, EXPORT_DATE)) });
    expect(result.ok && result.draft).toEqual(draft);
  });
});
