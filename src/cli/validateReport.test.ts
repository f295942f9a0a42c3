import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, type CliOutput } from './cliOutput';
import { validateCommand } from './validateCommand';

// `npm run validate -- <file> --verslag`, in-process and JSON only (fast); the Word round trip is in packReport.word.test.ts.
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-verslag-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const examplePath = new URL('../../public/examples/verslag.json', import.meta.url).pathname;
const example = () => JSON.parse(readFileSync(examplePath, 'utf8')) as { report: { activities: Record<string, unknown>[]; goals: Record<string, unknown>[]; grant?: unknown } };

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('npm run validate -- <file> --verslag', () => {
  it('exits 0 for the complete example report', async () => {
    const io = capture();
    expect(await validateCommand([examplePath, '--verslag'], io)).toBe(EXIT.ok);
    expect(io.lines).toContain('Het verslag is compleet: er zijn geen openstaande punten.');
  });

  it('exits 1 for an incomplete report, in Dutch, naming each activity, without two identical lines', async () => {
    const draft = example();
    delete draft.report.grant;
    draft.report.activities[4]!.participantsExplanation = '';
    const io = capture();
    expect(await validateCommand(['--', file('half.json', draft), '--verslag'], io)).toBe(EXIT.incomplete);
    expect(io.lines).toContain('3 openstaande punten in het verslag.');
    expect(io.lines).toContain('Subsidie verleend');
    expect(io.lines).toContain('  Fout: A5 ‘Alumni vertellen over hun weg naar werk’: 180 deelnemers bereikt, 300 verwacht (40 % minder). Leg het verschil uit');
    const nonEmpty = io.lines.filter((l) => l.trim() !== '');
    expect(new Set(nonEmpty).size).toBe(nonEmpty.length);
  });

  it('exits 1 when a goal of the plan has no result or its explanation is missing, under its own heading, naming the goal', async () => {
    const draft = example();
    draft.report.goals = draft.report.goals.filter((g) => g.goalId !== 'doel-werk');
    delete draft.report.goals[0]!.explanation;
    const io = capture();
    expect(await validateCommand([file('doelen.json', draft), '--verslag'], io)).toBe(EXIT.incomplete);
    const at = io.lines.indexOf('Doelen en resultaten');
    expect(at).toBeGreaterThan(0);
    expect(io.lines.slice(at + 1, at + 5)).toEqual([
      '  Fout: D1 ‘Laatstejaars in de doelgroep vinden een stage zonder herhaalde afwijzingen’: Leg uit waarom het doel niet (helemaal) is gehaald',
      '  Fout: D3 ‘Gediplomeerden in de nazorg hebben werk of volgen een opleiding’: Vul de gemeten waarde in, zoals de indicator hem meet, bijvoorbeeld 64 %',
      '  Fout: D3 ‘Gediplomeerden in de nazorg hebben werk of volgen een opleiding’: Vul de datum van de meting in, bijvoorbeeld 15 7 2022',
      '  Fout: D3 ‘Gediplomeerden in de nazorg hebben werk of volgen een opleiding’: Kies of het doel is gehaald',
    ]);
  });

  it('exits 1 for a plan without any report, and 2 for a file that is no draft', async () => {
    const plan = capture();
    expect(await validateCommand([new URL('../../public/examples/volledig.json', import.meta.url).pathname, '--verslag'], plan)).toBe(EXIT.incomplete);
    const lines = plan.lines.filter((l) => l.trim() !== '');
    expect(new Set(lines).size).toBe(lines.length);
    const broken = capture();
    expect(await validateCommand([file('kapot.json', '{'), '--verslag'], broken)).toBe(EXIT.refused);
    expect(broken.errors.join('\n')).toMatch(/kan niet worden geopend/);
  });
});
