import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { draftFileSchema, type DraftFile } from '../../schemas/draft';
import { SCHEMES } from '../../templates/schemes';
import { EXIT, type CliOutput } from '../cli/cliOutput';
import { validateCommand } from '../cli/validateCommand';
import { EXPORT_DATE } from '../document/fixtures/goldenDrafts';
import { validateDraft } from '../domain/validateDraft';
import { openXmlErrorLines } from './fixtures/openXmlValidator';
import { SOFFICE_TIMEOUT_MS } from './fixtures/soffice';
import { packApplication } from './packApplication';

const examples = fileURLToPath(new URL('../../public/examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-rounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every example in public/examples with its path, as a draft file. */
const files = readdirSync(examples)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ path: join(examples, f), draft: draftFileSchema.parse(JSON.parse(readFileSync(join(examples, f), 'utf8'))) }));

/** The round's complete example: the one of its examples without a single error. */
function completeExample(schemeId: string): { path: string; draft: DraftFile } | undefined {
  const scheme = SCHEMES.find((s) => s.id === schemeId)!;
  return files.find((f) => f.draft.schemeId === schemeId && Object.keys(f.draft.answers).length > 0 && validateDraft(f.draft.answers, scheme).length === 0);
}

const quiet = (): CliOutput => ({ out: () => undefined, err: () => undefined });

/** The first page of the export as LibreOffice prints it (a second real client; soffice exits 0 even when it fails). */
function firstPageText(name: string, bytes: Uint8Array): string {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: SOFFICE_TIMEOUT_MS,
    stdio: 'ignore',
  });
  const pdf = join(dir, `${name}.pdf`);
  expect(existsSync(pdf), `LibreOffice made no PDF of ${name}.docx`).toBe(true);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.each(SCHEMES.map((s) => [s.id, s] as const))('the complete example of round %s', (id, scheme) => {
  const example = completeExample(id);

  it('is in public/examples and passes npm run validate with exit 0', async () => {
    expect(example, `no complete example for ${id} in public/examples`).toBeDefined();
    expect(await validateCommand([example!.path], quiet())).toBe(EXIT.ok);
  });

  it('exports a Word file without Open XML errors that LibreOffice prints with the round on the first page', async () => {
    const bytes = await packApplication(example!.draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    expect(await openXmlErrorLines(bytes)).toEqual([]);
    expect(firstPageText(id, bytes)).toContain(scheme.name);
  });
});
