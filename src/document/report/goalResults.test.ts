import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../../schemas/draft';
import { getScheme } from '../../../templates/schemes';
import { parseDraftText } from '../../draftFile/parseDraft';
import type { Block, TableCell } from '../documentModel';
import { buildReportModel } from './buildReportModel';

/** The report's "Doelen en resultaten" as the document model has it (the Word test reads the same through LibreOffice). */
const scheme = getScheme();
const example = (): DraftFile => {
  const parsed = parseDraftText(readFileSync(new URL('../../../public/examples/verslag.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('example does not open');
  return structuredClone(parsed.draft);
};
const cell = (c: TableCell) => (typeof c === 'string' ? c : 'text' in c ? c.text : '');
const text = (b: Block): string =>
  b.kind === 'heading'
    ? b.text
    : b.kind === 'paragraph'
      ? b.runs.map((r) => r.text).join('')
      : b.kind === 'table'
        ? b.rows.map((r) => r.map(cell).join(' | ')).join('\n')
        : b.kind === 'list'
          ? b.items.map((i) => i.map((r) => r.text).join('')).join('\n')
          : '';
const now = new Date('2023-02-01T12:00:00Z');

function section(draft: DraftFile, heading: string): Block[] {
  const body = buildReportModel(draft, scheme, { now }).body;
  const start = body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.endsWith(heading));
  const end = body.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return body.slice(start, end);
}

describe('the report’s goals', () => {
  it('sits where the plan has its goals, after Doelgroepen and before Activiteiten', () => {
    const headings = buildReportModel(example(), scheme, { now })
      .body.filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings.slice(2, 5)).toEqual(['3. Doelgroepen', '4. Doelen en resultaten', '5. Activiteiten']);
  });

  it('has per goal, in the plan’s order: code, goal, target and date, measured value and date, difference, reached', () => {
    const table = section(example(), 'Doelen en resultaten').find((b) => b.kind === 'table')!;
    expect(text(table).split('\n')).toEqual([
      'D1 | Laatstejaars in de doelgroep vinden een stage zonder herhaalde afwijzingen. | hoogstens 60 op 15 jul 2022 | 72 op 15 jul 2022 | +12 (+20\u00a0%) | Nee, niet gehaald',
      'D2 | Laatstejaars hebben meer vertrouwen in hun kansen op werk. | 25 % op 30 jun 2022 | 32 % op 30 jun 2022 | +7 procentpunt | Gedeeltelijk',
      'D3 | Gediplomeerden in de nazorg hebben werk of volgen een opleiding. | 70 % op 31 dec 2022 | 73 % op 31 dec 2022 | +3 procentpunt | Ja, gehaald',
    ]);
  });

  it('explains each goal not (fully) reached; a missing explanation shows as missing', () => {
    const draft = example();
    const blocks = section(draft, 'Doelen en resultaten').map(text);
    expect(blocks).toContain('Toelichting per doel');
    expect(blocks).toContain('D1 ‘Laatstejaars in de doelgroep vinden een stage zonder herhaalde afwijzingen’: Nee, niet gehaald: gerealiseerd 72, streefwaarde hoogstens 60 (+12, +20\u00a0%)');
    expect(blocks).toContain(draft.report!.goals![0]!.explanation);
    expect(blocks.some((b) => b.startsWith('D3 '))).toBe(false);
    delete draft.report!.goals![1]!.explanation;
    const without = section(draft, 'Doelen en resultaten').map(text);
    expect(without[without.indexOf('D2 ‘Laatstejaars hebben meer vertrouwen in hun kansen op werk’: Gedeeltelijk: gerealiseerd 32 %, streefwaarde 25 % (+7 procentpunt)') + 1]).toBe(
      '[toelichting nog niet ingevuld]',
    );
  });

  it('counts one goal and one planned activity in the singular', () => {
    const draft = example();
    draft.answers.background = { ...draft.answers.background, goals: draft.answers.background!.goals!.slice(0, 1) };
    draft.answers.activities = draft.answers.activities!.slice(0, 1);
    const summary = section(draft, 'Samenvatting').map(text);
    expect(summary.some((t) => t.startsWith('Ons plan had 1 doel. Daarvan'))).toBe(true);
    expect(summary.some((t) => t.startsWith('Ons plan had 1 geplande activiteit. Daarvan'))).toBe(true);
  });

  it('counts the goals in the summary; without goals in the plan it says so, and the summary leaves the sentence out', () => {
    expect(section(example(), 'Samenvatting').map(text)).toContain('Ons plan had 3 doelen. Daarvan hebben wij er 1 gehaald, 1 gedeeltelijk en 1 niet.');
    const draft = example();
    draft.answers.background = { ...draft.answers.background, goals: [] };
    expect(section(draft, 'Samenvatting').map(text).some((t) => t.includes('Ons plan had') && t.includes('gehaald'))).toBe(false);
    expect(section(draft, 'Doelen en resultaten').map(text)).toContain('Het plan heeft geen doelen.');
  });
});
