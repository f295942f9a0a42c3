import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../../schemas/draft';
import { getDocumentTemplate } from '../../../templates/documentTemplates';
import { getScheme } from '../../../templates/schemes';
import { EXPORT_DATE, goldenDrafts } from '../fixtures/goldenDrafts';
import { createRenderContext } from '../renderContext';
import { findBinding } from '../templateBindings';
import { backgroundFigures, goalIndicators, goalsList } from './background';

const scheme = getScheme();

function context(background: DraftFile['answers']['background']) {
  const draft = structuredClone(goldenDrafts().find((g) => g.name === 'typisch')!.draft);
  draft.answers.background = background;
  return createRenderContext(draft, scheme, getDocumentTemplate(scheme.id), EXPORT_DATE, 'test');
}

const texts = (blocks: ReturnType<typeof goalsList>) =>
  blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.kind === 'facts' ? b.rows.map((r) => `${r.label}: ${r.value}`).join(' | ') : b.kind));

describe('Aanleiding en doelen in the document', () => {
  const goals = [
    { id: 'g1', targetGroupIds: ['a', 'b'], goal: ' Minder afwijzingen. ', indicator: 'Aantal afwijzingen', targetValue: 'hoogstens 60', targetDate: '2022-07-15' },
    { id: 'g2', targetGroupIds: ['x'], goal: '', indicator: 'Aandeel met werk', targetValue: '', targetDate: '2022-02-' },
  ];

  it('lists each goal by its code with labelled rows: its groups by name, the target value and date; a missing answer says so', () => {
    expect(texts(goalsList(context({ goals })))).toEqual([
      '# Doel D1',
      'Wat wij willen bereiken: Minder afwijzingen. | Doelgroep: a. Extra begeleiding; b. Nazorg | Indicator: Aantal afwijzingen | Streefwaarde: hoogstens 60 | Streefdatum: 15 jul 2022',
      '# Doel D2',
      // A group id the round does not know shows as stored; a half-typed date as typed.
      'Wat wij willen bereiken: [nog niet ingevuld] | Doelgroep: x | Indicator: Aandeel met werk | Streefwaarde: [nog niet ingevuld] | Streefdatum: 2022-02-',
    ]);
    const [, facts] = goalsList(context({ goals }));
    expect(facts?.kind === 'facts' && facts.rows.map((r) => r.anchor)).toEqual([
      'background:goals.g1.goal',
      'background:goals.g1.targetGroupIds',
      'background:goals.g1.indicator',
      'background:goals.g1.targetValue',
      'background:goals.g1.targetDate',
    ]);
  });

  it('ties each indicator in monitoring to its goal by the same code, and shows nothing there without goals', () => {
    const [title, intro, table] = goalIndicators(context({ goals }));
    expect(title).toMatchObject({ kind: 'heading', text: 'Doelen en indicatoren' });
    expect(intro).toMatchObject({ kind: 'paragraph' });
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual(['Doel', 'Indicator', 'Streefwaarde', 'Streefdatum']);
    expect(table.rows.map((row) => row.map((c) => (typeof c === 'string' ? c : 'text' in c ? c.text : 'mark')))).toEqual([
      ['D1', 'Aantal afwijzingen', 'hoogstens 60', '15 jul 2022'],
      ['D2', 'Aandeel met werk', '[nog niet ingevuld]', '2022-02-'],
    ]);
    expect(goalIndicators(context({ goals: [] }))).toEqual([]);
    expect(goalIndicators(context(undefined))).toEqual([]);
  });

  it('counts the goals for the summary, in number, and gives nothing without goals (the summary leaves its sentence out)', () => {
    const summaryGoals = (background: DraftFile['answers']['background']) => {
      const ctx = context(background);
      return findBinding(ctx, 'summary.goals')?.value(ctx);
    };
    expect(summaryGoals({ goals })).toBe('2 doelen');
    expect(summaryGoals({ goals: goals.slice(0, 1) })).toBe('1 doel');
    expect(summaryGoals({ goals: [] })).toBeUndefined();
    expect(summaryGoals(undefined)).toBeUndefined();
  });

  it('says when no figures or goals are there yet', () => {
    expect(backgroundFigures(context({}))).toEqual([expect.objectContaining({ kind: 'paragraph', style: 'note' })]);
    expect(goalsList(context({}))).toEqual([expect.objectContaining({ kind: 'paragraph', style: 'note' })]);
    const [table] = backgroundFigures(context({ figures: [{ id: 'f1', what: 'Zonder werk', value: '31 %', source: '' }] }));
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]).toEqual([
      { text: 'Zonder werk', anchor: 'background:figures.f1.what' },
      { text: '31 %', anchor: 'background:figures.f1.value' },
      { text: '[nog niet ingevuld]', missing: true, anchor: 'background:figures.f1.source' },
    ]);
  });
});
