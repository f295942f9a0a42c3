import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, type CliOutput } from './cliOutput';
import { validateCommand } from './validateCommand';

// In-process and JSON only, so fast; the round trips through Word and a child process are in cli.test.ts.
const dir = mkdtempSync(join(tmpdir(), 'aanvraag-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Item = Record<string, unknown>;
const complete = JSON.parse(readFileSync(new URL('../../public/examples/volledig.json', import.meta.url), 'utf8')) as Item & {
  answers: Item & { applicant: Item; activities: Item[]; partners: Item[] };
};

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

describe('npm run validate on drafts it can only partly read', () => {
  it('a complete draft with one unreadable answer: exit 1, naming that answer in Dutch; the other answers are checked as usual', async () => {
    const broken = { ...complete, answers: { ...complete.answers, applicant: { ...complete.answers.applicant, brin: 3125 } } };
    const io = capture();
    expect(await validateCommand([file('een-kapot-antwoord.json', broken)], io)).toBe(EXIT.incomplete);
    expect(io.errors).toEqual([]);
    expect(io.lines).toContain('Eén onderdeel kon niet worden gelezen. Het is apart bewaard in het concept; de Aanvraagwijzer laat zien welk het is en u kunt het daar opslaan als bestand:');
    expect(io.lines).toContain('  - Aanvrager – BRIN-code');
    // The missing BRIN code is then an ordinary error of the Aanvrager step.
    expect(io.lines).toContain('  Fout: Vul een BRIN-code in van 2 cijfers en 2 letters, bijvoorbeeld 25LX');
  });

  it('names every part it could not read, with activities and partners by their titles', async () => {
    const activities = complete.answers.activities.map((a, i) => (i === 0 ? { ...a, phase: 7 } : a));
    const partners = complete.answers.partners.map((p, i) => (i === 1 ? { ...p, type: { soort: 'gemeente' } } : p));
    const io = capture();
    expect(await validateCommand([file('twee-kapot.json', { ...complete, answers: { ...complete.answers, activities, partners } })], io)).toBe(EXIT.incomplete);
    expect(io.lines).toContain('2 onderdelen konden niet worden gelezen. Ze zijn apart bewaard in het concept; de Aanvraagwijzer laat zien welke het zijn en u kunt ze daar opslaan als bestand:');
    expect(io.lines).toContain('  - Activiteiten – Activiteit 1 ‘Coaching op loopbaancompetenties in het laatste jaar’ – Fase');
    expect(io.lines.some((l) => /^ {2}- Samenwerking – Partner 2 \(.+\) – Soort partner$/.test(l))).toBe(true);
  });

  it('a complete draft whose only fault is a part set aside is not complete', async () => {
    const io = capture();
    const withComment = {
      ...complete,
      comments: [{ id: 'c1', anchor: { step: 'budget' }, author: 'Anna', text: 'Ok', createdAt: 'gisteren', replies: [] }],
    };
    expect(await validateCommand([file('opmerking.json', withComment)], io)).toBe(EXIT.incomplete);
    expect(io.lines).toContain('  - Opmerkingen – opmerking 1 van Anna');
    expect(io.lines).toContain('Verder zijn er geen fouten, maar het concept is pas compleet als ook de onderdelen hierboven weer zijn ingevuld.');
  });

  it('a draft whose unanswered choices are null (as the app saved them before): exit 0 or 1, never 2, nothing set aside', async () => {
    const draft = {
      ...complete,
      answers: {
        ...complete.answers,
        activities: [{ id: 'act-1', title: 'Huiswerkklas', phase: null, costLines: [{ id: 'k1', category: '', amount: '' }] }],
        partners: [{ id: 'p-1', name: 'Gemeente', type: null }],
        budget: { requestedAmount: '12.500', hasCofinancing: null },
      },
    };
    const io = capture();
    expect(await validateCommand([file('nullen.json', draft)], io)).toBe(EXIT.incomplete);
    expect(io.errors).toEqual([]);
    expect(io.lines.join('\n')).not.toContain('kon niet worden gelezen');
    expect(io.lines).toContain('  Fout: Kies of er cofinanciering is');
  });
});
