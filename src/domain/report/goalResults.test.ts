import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../../schemas/draft';
import { getScheme } from '../../../templates/schemes';
import { parseDraftText } from '../../draftFile/parseDraft';
import { compareGoal, compareGoals, goalName, parseGoalValue, type PlannedGoal } from './goalResults';
import { reportIssues } from './reportChecks';
import { reportTasks, reportTaskStatus } from './reportTasks';

const scheme = getScheme();
const example = (): DraftFile => {
  const parsed = parseDraftText(readFileSync(new URL('../../../public/examples/verslag.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('example does not open');
  return structuredClone(parsed.draft);
};
const goal = (targetValue: string): PlannedGoal => ({ id: 'g', targetGroupIds: ['a'], goal: 'Minder afwijzingen', indicator: 'Afwijzingen', targetValue, targetDate: '2022-07-15' });

describe('parseGoalValue', () => {
  it('reads a number with its unit and the direction the target names', () => {
    expect(parseGoalValue('70 %')).toEqual({ value: 70, unit: '%', direction: undefined });
    expect(parseGoalValue('70procent')).toEqual({ value: 70, unit: '%', direction: undefined });
    expect(parseGoalValue('hoogstens 60')).toEqual({ value: 60, unit: '', direction: { kind: 'atMost', strict: false } });
    expect(parseGoalValue('Minstens 1.200 gediplomeerden')).toEqual({ value: 1200, unit: 'gediplomeerden', direction: { kind: 'atLeast', strict: false } });
    expect(parseGoalValue('minder dan 7,5 %')).toEqual({ value: 7.5, unit: '%', direction: { kind: 'atMost', strict: true } });
  });

  it('reads no number from words or a sentence, and nothing from what a form writes when untouched', () => {
    for (const text of ['ruim de helft', '', '   ', undefined, '70 % van de studenten in 2022 (eigen meting)', '12-05-2022']) expect(parseGoalValue(text), String(text)).toBeUndefined();
  });
});

describe('compareGoal', () => {
  it('compares target and measured value of one unit; more than 10 % off needs an explanation, 10 % does not', () => {
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', realisedValue: '63 %', achieved: 'yes' })).toMatchObject({
      code: 'D1',
      values: { planned: 70, realised: 63, difference: -7, beyond: false },
      unit: '%',
      needs: { notReached: false, difference: false },
    });
    expect(compareGoal(goal('70 %'), 1, { goalId: 'g', realisedValue: '62', achieved: 'yes' })).toMatchObject({ code: 'D2', values: { realised: 62, beyond: true }, needs: { difference: true } });
    // Beyond the target the other way is a difference too, as for activities.
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', realisedValue: '80 %', achieved: 'yes' }).needs.difference).toBe(true);
  });

  it('does not compare values of different units, or words', () => {
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', realisedValue: '62 studenten' }).values.difference).toBeUndefined();
    expect(compareGoal(goal('flink minder'), 0, { goalId: 'g', realisedValue: '62' }).values.difference).toBeUndefined();
  });

  it('knows whether a target with a direction was reached; a plain number it leaves to the user', () => {
    expect(compareGoal(goal('hoogstens 60'), 0, { goalId: 'g', realisedValue: '72' }).reached).toBe(false);
    expect(compareGoal(goal('hoogstens 60'), 0, { goalId: 'g', realisedValue: '60' }).reached).toBe(true);
    expect(compareGoal(goal('minder dan 60'), 0, { goalId: 'g', realisedValue: '60' }).reached).toBe(false);
    expect(compareGoal(goal('minstens 70 %'), 0, { goalId: 'g', realisedValue: '71 %' }).reached).toBe(true);
    expect(compareGoal(goal('25 %'), 0, { goalId: 'g', realisedValue: '32 %' }).reached).toBeUndefined();
  });

  it('asks an explanation of a goal not (fully) reached, whatever the numbers; ignores an unknown answer', () => {
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', realisedValue: '70 %', achieved: 'partly' }).needs.notReached).toBe(true);
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', achieved: 'no' }).needs.notReached).toBe(true);
    expect(compareGoal(goal('70 %'), 0, { goalId: 'g', achieved: 'misschien' as 'no' })).toMatchObject({ achieved: undefined, needs: { notReached: false } });
  });
});

describe('goalName', () => {
  it('names a goal by its code and its words, cut at a word when long', () => {
    expect(goalName('D1', 'Minder afwijzingen.')).toBe('D1 ‘Minder afwijzingen’');
    expect(goalName('D2', '')).toBe('D2');
    const long = goalName('D3', 'Gediplomeerden in de nazorg hebben werk of volgen een opleiding, ook wie in het laatste jaar vaak afwezig was en geen stage vond');
    expect(long).toBe('D3 ‘Gediplomeerden in de nazorg hebben werk of volgen een opleiding, ook wie in het laatste jaar vaak…’');
    expect(long.length).toBeLessThan(110);
  });
});

describe('the goals in the report', () => {
  it('the example has a result for every goal, one of them not reached and explained, and no open point', () => {
    const draft = example();
    const goals = compareGoals(draft.answers, draft.report);
    expect(goals.map((g) => g.code)).toEqual(['D1', 'D2', 'D3']);
    expect(goals.every((g) => g.realised !== undefined)).toBe(true);
    const missed = goals.find((g) => g.achieved === 'no')!;
    expect(missed.reached).toBe(false);
    expect(missed.realised?.explanation).toBeTruthy();
    expect(reportIssues(draft, scheme)).toEqual([]);
  });

  it('asks a result for every goal of the plan, naming the goal', () => {
    const draft = example();
    draft.report!.goals = draft.report!.goals!.filter((g) => g.goalId !== 'doel-vertrouwen');
    const issues = reportIssues(draft, scheme).filter((i) => i.task === 'goals');
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['goals', 1, 'realisedValue'], 'D2 ‘Laatstejaars hebben meer vertrouwen in hun kansen op werk’: Vul de gemeten waarde in, zoals de indicator hem meet, bijvoorbeeld 64 %'],
      [['goals', 1, 'measuredDate'], 'D2 ‘Laatstejaars hebben meer vertrouwen in hun kansen op werk’: Vul de datum van de meting in, bijvoorbeeld 15 7 2022'],
      [['goals', 1, 'achieved'], 'D2 ‘Laatstejaars hebben meer vertrouwen in hun kansen op werk’: Kies of het doel is gehaald'],
    ]);
  });

  it('wants the explanation of a goal not reached, of a difference beyond 10 %, and no "gehaald" the numbers contradict', () => {
    const draft = example();
    const [d1, d2, d3] = draft.report!.goals!;
    delete d1!.explanation;
    d1!.achieved = 'yes';
    delete d2!.explanation;
    d3!.realisedValue = '85 %';
    const messages = reportIssues(draft, scheme).filter((i) => i.task === 'goals').map((i) => [i.path.join('.'), i.message.replace(/^D\d ‘[^’]+’: /, '')]);
    expect(messages).toEqual([
      ['goals.0.achieved', 'Gemeten 72 haalt de streefwaarde ‘hoogstens 60’ niet. Kies ‘Gedeeltelijk’ of ‘Nee, niet gehaald’, of pas de gemeten waarde aan'],
      ['goals.0.explanation', 'Gemeten 72, streefwaarde hoogstens 60: meer dan 10 % verschil. Leg het verschil uit'],
      ['goals.1.explanation', 'Leg uit waarom het doel niet (helemaal) is gehaald'],
      ['goals.2.explanation', 'Gemeten 85 %, streefwaarde 70 %: meer dan 10 % verschil. Leg het verschil uit'],
    ]);
  });

  it('checks what a form writes: null for an unanswered radio, empty strings, a result of a goal no longer in the plan', () => {
    const draft = example();
    draft.report!.goals = [
      { goalId: 'doel-stage', realisedValue: '', measuredDate: '', achieved: null as unknown as 'yes', explanation: '' },
      { goalId: 'weg-uit-het-plan', realisedValue: '1' },
    ];
    const issues = reportIssues(draft, scheme).filter((i) => i.task === 'goals');
    expect(issues.filter((i) => i.path[1] === 0).map((i) => i.path[2])).toEqual(['realisedValue', 'measuredDate', 'achieved']);
    // Goals 2 and 3 have no result yet: asked too; the stale result is not.
    expect(new Set(issues.map((i) => i.path[1]))).toEqual(new Set([0, 1, 2]));
  });

  it('a task "Doelen en resultaten" only when the plan has goals; its status follows the answers', () => {
    const draft = example();
    expect(reportTasks(draft, scheme).some((t) => t.kind === 'goals')).toBe(true);
    const none = { ...draft, answers: { ...draft.answers, background: { ...draft.answers.background, goals: [] } } };
    expect(reportTasks(none, scheme).some((t) => t.kind === 'goals')).toBe(false);
    expect(reportIssues(none, scheme)).toEqual([]);
    expect(reportTaskStatus({ kind: 'goals' }, draft, reportIssues(draft, scheme))).toBe('complete');
    const half = example();
    half.report!.goals = [{ goalId: 'doel-stage', realisedValue: '72' }];
    expect(reportTaskStatus({ kind: 'goals' }, half, reportIssues(half, scheme))).toBe('in-progress');
    half.report!.goals = [{ goalId: 'doel-stage' }];
    expect(reportTaskStatus({ kind: 'goals' }, half, reportIssues(half, scheme))).toBe('not-started');
  });
});
