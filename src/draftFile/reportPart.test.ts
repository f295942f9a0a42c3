import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraftText } from './parseDraft';

// The draft's report part (#13): older drafts open unchanged, the example keeps its report, and an
// unreadable answer of a report is set aside on its own, named in Dutch, not the whole draft.
const read = (name: string) => readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8');

describe('the report part of a draft', () => {
  it('a draft without a report (every draft before #13) opens unchanged, without one', () => {
    const text = read('volledig.json');
    const parsed = parseDraftText(text);
    expect(parsed.ok && parsed.draft.report).toBeUndefined();
    expect(parsed.ok && parsed.draft.answers).toEqual(JSON.parse(text).answers);
  });

  it('the example report opens with its report as written', () => {
    const text = read('verslag.json');
    const parsed = parseDraftText(text);
    expect(parsed.ok && parsed.draft.report).toEqual(JSON.parse(text).report);
    expect(parsed.ok && parsed.draft.setAside).toBeUndefined();
  });

  it('sets aside only the unreadable answers of a report, each named', () => {
    const draft = JSON.parse(read('verslag.json'));
    draft.report.activities[0].carriedOut = 5;
    draft.report.activities[2].activityId = '../..';
    draft.report.grant.decisionDate = 'gisteren';
    const parsed = parseDraftText(JSON.stringify(draft));
    if (!parsed.ok) throw new Error('refused');
    expect(parsed.draft.setAside?.map((p) => [p.path, p.label])).toEqual([
      ['report.grant.decisionDate', 'Het activiteitenverslag – Datum van de beschikking'],
      ['report.activities.0.carriedOut', 'Het activiteitenverslag – Activiteit 1 – Uitgevoerd'],
      ['report.activities.2', 'Het activiteitenverslag – Activiteit 3 – alle antwoorden'],
    ]);
    expect(parsed.draft.report?.activities).toHaveLength(draft.report.activities.length - 1);
    expect(parsed.draft.report?.closing).toEqual(draft.report.closing);
  });

  it('sets aside an unreadable goal result on its own, named, and keeps the others (a draft from before the goals has none)', () => {
    const draft = JSON.parse(read('verslag.json'));
    draft.report.goals[0].achieved = ['ja'];
    draft.report.goals[1].goalId = { id: 'doel-vertrouwen' };
    draft.report.goals[2].explanation = 'x'.repeat(100_000);
    const parsed = parseDraftText(JSON.stringify(draft));
    if (!parsed.ok) throw new Error('refused');
    expect(parsed.draft.setAside?.map((p) => [p.path, p.label])).toEqual([
      ['report.goals.0.achieved', 'Het activiteitenverslag – Doel D1 – Doel gehaald?'],
      ['report.goals.1', 'Het activiteitenverslag – Doel D2 – alle antwoorden'],
      ['report.goals.2.explanation', 'Het activiteitenverslag – Doel D3 – Toelichting op het resultaat'],
    ]);
    expect(parsed.draft.report?.goals?.map((g) => g.goalId)).toEqual(['doel-stage', 'doel-werk']);
    expect(parsed.draft.report?.goals?.[0]?.realisedValue).toBe('72');
  });
});
