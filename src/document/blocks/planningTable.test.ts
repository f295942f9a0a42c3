import { describe, expect, it } from 'vitest';
import { getDocumentTemplate } from '../../../templates/documentTemplates';
import { getScheme } from '../../../templates/schemes';
import { EXPORT_DATE, goldenDrafts } from '../fixtures/goldenDrafts';
import { createRenderContext } from '../renderContext';
import { planningTable, quartersOf } from './planningTable';

const scheme = getScheme();

describe('planningTable', () => {
  it('has a column per quarter of the activity years', () => {
    const quarters = quartersOf([2021, 2022], 'K');
    expect(quarters.map((q) => q.label.replace('\n', ' '))).toEqual(['K1 2021', 'K2 2021', 'K3 2021', 'K4 2021', 'K1 2022', 'K2 2022', 'K3 2022', 'K4 2022']);
    expect(quarters[1]).toMatchObject({ first: '2021-04-01', last: '2021-06-30' });
    expect(quarters[3]).toMatchObject({ first: '2021-10-01', last: '2021-12-31' });
  });

  it('marks the quarters from start to end date, and says when dates are missing or outside the years', () => {
    const draft = structuredClone(goldenDrafts().find((g) => g.name === 'typisch')!.draft);
    draft.answers.activities!.push(
      { id: 'zonder-data', title: 'Zonder data' },
      { id: 'te-laat', title: 'Te laat', startDate: '2023-02-01', endDate: '2023-03-01' },
    );
    const ctx = createRenderContext(draft, scheme, getDocumentTemplate(scheme.id), EXPORT_DATE, 'test');
    const [table] = planningTable(ctx);
    if (table?.kind !== 'table') throw new Error('no table');
    const marks = table.rows.map((row) => row.slice(1).map((cell) => (typeof cell === 'object' && 'mark' in cell ? 'x' : '.')).join(''));
    // 1 March – 30 September 2021; 1 August 2021 – 31 July 2022.
    expect(marks).toEqual(['xxx.....', '..xxxxx.', '........', '........']);
    expect(table.rows[2]![0]).toBe('A3 Zonder data (periode: [nog niet ingevuld])');
    expect(table.rows[3]![0]).toBe('A4 Te laat (buiten de activiteitenjaren)');
  });
});
