import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../../schemas/draft';
import { getScheme } from '../../../templates/schemes';
import { parseDraftText } from '../../draftFile/parseDraft';
import { reportIssues } from './reportChecks';
import { reportTasks, reportTaskStatus, visitedKey } from './reportTasks';

const scheme = getScheme();
const example = (): DraftFile => {
  const parsed = parseDraftText(readFileSync(new URL('../../../public/examples/verslag.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('example does not open');
  return structuredClone(parsed.draft);
};

describe('reportIssues', () => {
  it('has no open point for the complete example (one activity not carried out, one over budget, one added)', () => {
    const draft = example();
    expect(reportIssues(draft, scheme)).toEqual([]);
    expect(draft.report?.activities?.some((a) => a.carriedOut === 'no')).toBe(true);
    expect(draft.report?.addedActivities?.length).toBeGreaterThan(0);
  });

  it('names the activity and the difference when an explanation is missing', () => {
    const draft = example();
    const entry = draft.report!.activities!.find((a) => a.activityId === 'proefstages')!;
    delete entry.costsExplanation;
    const issues = reportIssues(draft, scheme);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ task: `activity:${entry.activityId}`, path: ['costsExplanation'] });
    expect(issues[0]!.message.replace(/\u00a0/g, ' ')).toBe('A9 ‘Proefstages zonder sollicitatiegesprek’: € 35.000,00 uitgegeven, € 28.000,00 begroot (25 % meer). Leg het verschil uit');
  });

  it('asks for every planned activity, the grant, the partners and the closing part of an empty report', () => {
    const draft = { ...example(), report: undefined };
    const issues = reportIssues(draft, scheme);
    const tasks = new Set(issues.map((i) => i.task));
    expect(tasks.has('grant')).toBe(true);
    for (const a of draft.answers.activities ?? []) expect(tasks.has(`activity:${a.id}`)).toBe(true);
    expect(issues.filter((i) => i.task === 'partners')).toHaveLength(draft.answers.partners!.length);
    expect(issues.find((i) => i.task === 'partners')!.message).toBe('Beschrijf hoe u met ‘Gemeente Lindeveld, RMC-regio Lindeveld en omstreken’ heeft samengewerkt');
    expect(tasks.has('closing')).toBe(true);
    expect(tasks.has('nazorg')).toBe(true);
  });

  it('wants the typed total to be the sum of the realised costs', () => {
    const draft = example();
    draft.report!.closing!.totalCosts = '1';
    const issues = reportIssues(draft, scheme);
    expect(issues.map((i) => [i.task, i.path, i.message.replace(/\u00a0/g, ' ')])).toEqual([
      ['closing', ['totalCosts'], 'Het totaal € 1,00 is niet gelijk aan de som van de werkelijke kosten per activiteit (€ 561.529,00). Pas het totaal of de kosten per activiteit aan'],
    ]);
  });

  it('checks what a form writes: an empty count, an unreadable amount, an end before the start', () => {
    const draft = example();
    const entry = draft.report!.activities![0]!;
    entry.participants = { a: { count: '' } };
    entry.costLines![0]!.amount = 'veel';
    entry.endDate = '2021-01-01';
    const messages = reportIssues(draft, scheme).map((i) => i.message.replace(/^A1 ‘[^’]+’: /, ''));
    expect(messages).toEqual(
      expect.arrayContaining([
        'Vul het aantal bereikte deelnemers van doelgroep a in (0 mag)',
        'Vul een bedrag in euro’s in, bijvoorbeeld 12.500 of 12.500,50',
        'De einddatum moet op of na de startdatum liggen',
      ]),
    );
  });
});

describe('report task statuses', () => {
  it('cannot start before the grant; then not started, in progress, looked at but incomplete, complete', () => {
    const draft = { ...example(), report: undefined, progress: { visited: [] } };
    const tasks = reportTasks(draft, scheme);
    const [grant, first] = tasks;
    expect(tasks.filter((t) => t.kind === 'activity')).toHaveLength(draft.answers.activities!.length);
    expect(reportTaskStatus(grant!, draft, reportIssues(draft, scheme))).toBe('not-started');
    expect(reportTaskStatus(first!, draft, reportIssues(draft, scheme))).toBe('cannot-start');
    const granted = { ...draft, report: { grant: { decisionDate: '2021-02-26', grantedAmount: '100' } } };
    expect(reportTaskStatus(grant!, granted, reportIssues(granted, scheme))).toBe('complete');
    expect(reportTaskStatus(first!, granted, reportIssues(granted, scheme))).toBe('not-started');
    const started = { ...granted, report: { ...granted.report, activities: [{ activityId: draft.answers.activities![0]!.id, carriedOut: 'yes' }] } };
    expect(reportTaskStatus(first!, started, reportIssues(started, scheme))).toBe('in-progress');
    const visited = { ...started, progress: { visited: [visitedKey(first!)] } };
    expect(reportTaskStatus(first!, visited, reportIssues(visited, scheme))).toBe('incomplete');
    const done = example();
    expect(reportTasks(done, scheme).map((t) => reportTaskStatus(t, done, []))).toEqual(reportTasks(done, scheme).map(() => 'complete'));
  });

  it('in a round with one target group, asks the participants of that group, though the activity names none', () => {
    const parsed = parseDraftText(readFileSync(new URL('../../../public/examples/nazorg-2022-2024.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('example does not open');
    const draft = parsed.draft;
    const round = getScheme(draft.schemeId);
    const planned = draft.answers.activities![0]!;
    expect(planned.targetGroupIds).toBeUndefined();
    draft.report = { activities: [{ activityId: planned.id, carriedOut: 'yes', participants: { b: { count: '' } } }] };
    expect(reportIssues(draft, round).map((i) => i.message)).toContainEqual(expect.stringContaining('Vul het aantal bereikte deelnemers van doelgroep b in (0 mag)'));
  });
});
