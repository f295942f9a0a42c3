import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { chooseMechanism, removeMechanism, replaceMechanism, restoreMechanism } from './chosenMechanisms';

const ORDER = ['m1', 'm2', 'm3'];
const ids = (answers: Answers) => answers.mechanisms?.chosen?.map((c) => c.mechanismId);

describe('chosen mechanisms', () => {
  it('chooses in the scheme order, empty, and only once', () => {
    const a = chooseMechanism(chooseMechanism({}, 'm3', ORDER), 'm1', ORDER);
    expect(ids(a)).toEqual(['m1', 'm3']);
    expect(a.mechanisms?.chosen?.[0]).toEqual({ mechanismId: 'm1', approachIds: [], rationale: '' });
    expect(chooseMechanism(a, 'm3', ORDER)).toBe(a);
  });

  it('removes a mechanism whole and puts it back with its answers in its place', () => {
    const answers: Answers = { mechanisms: { chosen: [{ mechanismId: 'm1' }, { mechanismId: 'm2', approachIds: ['x'], rationale: 'Omdat' }, { mechanismId: 'm3' }] } };
    const { answers: without, removed } = removeMechanism(answers, 'm2');
    expect(ids(without)).toEqual(['m1', 'm3']);
    expect(removeMechanism(without, 'm2').removed).toBeUndefined();
    const back = restoreMechanism(without, removed!);
    expect(back.mechanisms?.chosen).toEqual(answers.mechanisms?.chosen);
    // Chosen again meanwhile (empty): the undo does not add it twice.
    const again = chooseMechanism(without, 'm2', ORDER);
    expect(restoreMechanism(again, removed!)).toBe(again);
  });

  it('writes one mechanism back by its id, and keeps one that another tab took off', () => {
    const answers: Answers = { mechanisms: { chosen: [{ mechanismId: 'm1' }, { mechanismId: 'm2' }] } };
    expect(replaceMechanism(answers, { mechanismId: 'm2', rationale: 'Omdat' }).mechanisms?.chosen?.[1]).toEqual({ mechanismId: 'm2', rationale: 'Omdat' });
    expect(ids(replaceMechanism({}, { mechanismId: 'm3', rationale: 'Getypt' }))).toEqual(['m3']);
  });
});
