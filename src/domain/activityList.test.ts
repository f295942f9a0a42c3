import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { addActivity, removeActivity, replaceActivity, restoreActivity } from './activityList';

const answers: Answers = {
  applicant: { institutionName: 'ROC Rijnstad' },
  activities: [
    { id: 'a1', title: 'Proefstage' },
    { id: 'a2', title: 'Gastles', costLines: [{ id: 'c1', amount: '100' }] },
    { id: 'a3', title: 'Nazorgcoach' },
  ],
};

describe('activity list', () => {
  it('adds at the end and leaves the other activities untouched', () => {
    const next = addActivity(answers, { id: 'a4', title: 'Meeloopdag' });
    expect(next.activities?.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(next.activities?.[1]).toBe(answers.activities?.[1]);
    expect(next.applicant).toBe(answers.applicant);
  });

  it('adds the first activity to a draft without any', () => {
    expect(addActivity({}, { id: 'x' }).activities).toEqual([{ id: 'x' }]);
  });

  it('replaces one activity by id, in place', () => {
    const next = replaceActivity(answers, { id: 'a2', title: 'Gastles door werkgevers' });
    expect(next.activities?.map((a) => a.title)).toEqual(['Proefstage', 'Gastles door werkgevers', 'Nazorgcoach']);
    expect(next.activities?.[0]).toBe(answers.activities?.[0]);
    expect(answers.activities?.[1]?.title).toBe('Gastles');
  });

  it('appends rather than drops an activity whose id is gone, so typing is never lost', () => {
    expect(replaceActivity(answers, { id: 'gone', title: 'Nog bezig' }).activities?.at(-1)).toEqual({ id: 'gone', title: 'Nog bezig' });
  });

  it('removes one activity, says which and where, and restores it in place', () => {
    const { answers: without, removed } = removeActivity(answers, 'a2');
    expect(without.activities?.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(removed).toEqual({ activity: answers.activities?.[1], index: 1 });
    const back = restoreActivity(without, removed!);
    expect(back.activities).toEqual(answers.activities);
  });

  it('restores at the end when the list got shorter meanwhile', () => {
    const { answers: without, removed } = removeActivity(answers, 'a3');
    const shorter = removeActivity(without, 'a1').answers;
    expect(restoreActivity(shorter, removed!).activities?.map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('does not restore twice', () => {
    const { answers: without, removed } = removeActivity(answers, 'a1');
    const once = restoreActivity(without, removed!);
    expect(restoreActivity(once, removed!)).toBe(once);
  });

  it('ignores an unknown id on remove', () => {
    const result = removeActivity(answers, 'nope');
    expect(result.answers).toBe(answers);
    expect(result.removed).toBeUndefined();
  });
});
