import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftFile } from '../../schemas/draft';
import { parseDraft, parseDraftText } from '../draftFile/parseDraft';
import { getScheme } from '../../templates/schemes';
import { compareActivities, addedActivities } from '../domain/report/planVsRealised';
import { compareGoals } from '../domain/report/goalResults';
import { formatEuro } from '../domain/formatEuro';
import { openXmlErrorLines } from './fixtures/openXmlValidator';
import { SOFFICE_TIMEOUT_MS } from './fixtures/soffice';

/**
 * The done-when of the activiteitenverslag: `npm run export -- public/examples/verslag.json
 * --verslag -o verslag.docx` writes a file the Open XML validator accepts, LibreOffice prints
 * "Activiteitenverslag", every code of the plan, planned and realised amounts with their
 * differences and the explanation of each difference, and the draft (plan and report) is inside.
 */
const scheme = getScheme();
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-verslag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = new URL('../../public/examples/verslag.json', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const out = join(dir, 'verslag.docx');

let draft: DraftFile;
let text = '';

/** The PDF's text with line breaks, hyphenation at a line end and page furniture flattened. */
const flat = (s: string) =>
  s
    .split('\n')
    .filter((line) => !/pagina \d+ van \d+\s*$/.test(line) && !/— activiteitenverslag /.test(line))
    .join('\n')
    .replace(/-\n/g, '')
    .replace(/[\s\u00a0]+/g, ' ');

beforeAll(async () => {
  const parsed = parseDraftText(readFileSync(example, 'utf8'));
  if (!parsed.ok) throw new Error('the example does not open');
  draft = parsed.draft;
  // The CLI itself, as a user runs it.
  await promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', example, '--verslag', '-o', out], { cwd: root, timeout: 60_000 });
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], {
    timeout: SOFFICE_TIMEOUT_MS,
    stdio: 'ignore',
  });
  const pdf = join(dir, 'verslag.pdf');
  expect(existsSync(pdf), 'LibreOffice made no PDF of the report').toBe(true);
  text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  // The CLI (up to a minute on a busy machine) and LibreOffice (SOFFICE_TIMEOUT_MS) one after the other.
}, 150_000);

describe('the activiteitenverslag as Word (CLI → Open XML validator, LibreOffice)', () => {
  it('passes the Open XML validator', async () => {
    expect(await openXmlErrorLines(new Uint8Array(readFileSync(out)))).toEqual([]);
  });

  it('says "Activiteitenverslag" with the round’s name, and is no concept once the report is complete', () => {
    expect(text).toContain(`Activiteitenverslag ${scheme.name}`);
    expect(text).toContain('alle stappen zijn ingevuld');
    expect(text).not.toContain('NIET INDIENEN');
  });

  it('shows every code of the plan and the added activity, in the plan’s order', () => {
    const comparisons = compareActivities(draft.answers, draft.report);
    expect(comparisons.length).toBeGreaterThan(10);
    // The second "5. Activiteiten": the section itself, after its line in the table of contents.
    let at = text.indexOf('5. Activiteiten', text.indexOf('5. Activiteiten') + 1);
    for (const c of comparisons) {
      const next = text.indexOf(`${c.code} ${c.planned.title!.slice(0, 20)}`, at);
      expect(next, `${c.code} after the one before`).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('N1 Taalcoaching bij het solliciteren');
  });

  it('shows planned and realised costs with the difference in € and %, and the explanation of each difference', () => {
    const comparisons = compareActivities(draft.answers, draft.report);
    const over = comparisons.find((c) => c.needs.costs && (c.costs.difference ?? 0) > 0)!;
    expect(over, 'the example has an activity over budget').toBeDefined();
    const money = (cents: number) => formatEuro(cents).replace(/\u00a0/g, ' ');
    expect(text).toContain(`begroot ${money(over.costs.planned!)}, werkelijk ${money(over.costs.realised!)} (+ ${money(over.costs.difference!)}, +25 %)`);
    for (const c of comparisons) {
      if (c.needs.notDone) expect(text).toContain(c.realised!.notDoneReason!.replace(/\s+/g, ' ').slice(0, 60));
      if (c.needs.period) expect(text).toContain(c.realised!.periodExplanation!.slice(0, 60));
      if (c.needs.participants) expect(text).toContain(c.realised!.participantsExplanation!.slice(0, 60));
      if (c.needs.costs) expect(text).toContain(c.realised!.costsExplanation!.slice(0, 60));
    }
    const notDone = comparisons.find((c) => c.carriedOut === 'no')!;
    expect(text).toContain(`${notDone.code} ${notDone.planned.title}`);
    expect(text).toContain('Nee, niet uitgevoerd');
    const added = addedActivities(draft.report)[0]!;
    expect(text).toContain(added.activity.reason!.slice(0, 60));
    expect(text).toContain(draft.report!.nazorg!.explanation!.slice(0, 60));
  });

  it('shows per goal of the plan, in its order and with its code, the target, the measured value, the difference and the explanation', () => {
    const goals = compareGoals(draft.answers, draft.report);
    expect(goals.length).toBeGreaterThanOrEqual(3);
    const section = text.indexOf('4. Doelen en resultaten', text.indexOf('4. Doelen en resultaten') + 1);
    const next = text.indexOf('5. Activiteiten', section);
    expect(section, 'the section "Doelen en resultaten" before the activities, as in the plan').toBeGreaterThan(0);
    const body = text.slice(section, next);
    let at = 0;
    for (const g of goals) {
      const row = body.indexOf(`${g.code} ${g.planned.goal!.slice(0, 12)}`, at);
      expect(row, `${g.code} after the one before`).toBeGreaterThan(at);
      at = row;
      expect(body).toContain(g.planned.targetValue!);
      expect(body).toContain(g.realised!.realisedValue!);
    }
    // D1 missed "hoogstens 60" with 72: not reached, the difference in numbers and %, and why.
    expect(body).toContain('hoogstens 60 op 15 jul 2022');
    expect(body).toContain('72 op 15 jul 2022');
    expect(body).toContain('+12 (+20 %)');
    expect(body).toContain('Nee, niet gehaald: gerealiseerd 72, streefwaarde hoogstens 60 (+12, +20 %)');
    // A percentage against a percentage differs in percentage points.
    expect(body).toContain('+7 procentpunt');
    for (const g of goals.filter((x) => x.needs.notReached || x.needs.difference)) expect(body).toContain(g.realised!.explanation!.replace(/\s+/g, ' ').slice(0, 60));
  });

  it('carries the whole draft, plan and report, so opening it restores everything', async () => {
    const opened = await parseDraft({ name: 'verslag.docx', bytes: new Uint8Array(readFileSync(out)) });
    expect(opened.ok && opened.draft).toEqual(draft);
  });
});
