import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from '../../../schemas/draft';
import { compareActivity, difference, reportTotals, addedActivities, DIFFERENCE_TOLERANCE } from './planVsRealised';

const planned: ActivityDraft = {
  id: 'coaching',
  title: 'Coaching',
  targetGroupIds: ['a'],
  startDate: '2021-09-01',
  endDate: '2022-06-30',
  expectedParticipants: '100',
  costLines: [
    { id: 'k1', category: 'staff', description: 'Coaches', amount: '10.000' },
    { id: 'k2', category: 'material', description: 'Werkboek', amount: '1.000' },
  ],
};

const realised = (over: object = {}) => ({
  activityId: 'coaching',
  carriedOut: 'yes',
  startDate: '2021-09-01',
  endDate: '2022-06-30',
  participants: { a: { count: '100' } },
  costLines: [
    { costLineId: 'k1', amount: '10.000' },
    { costLineId: 'k2', amount: '1.000' },
  ],
  ...over,
});

describe('difference', () => {
  it('is beyond the tolerance only when more than 10 % off the plan, either way', () => {
    expect(DIFFERENCE_TOLERANCE).toBe(0.1);
    expect(difference(100, 110).beyond).toBe(false);
    expect(difference(100, 111).beyond).toBe(true);
    expect(difference(100, 90).beyond).toBe(false);
    expect(difference(100, 89).beyond).toBe(true);
    expect(difference(100, 125)).toEqual({ planned: 100, realised: 125, difference: 25, share: 0.25, beyond: true });
  });

  it('against a plan of 0 any amount is a difference without a percentage; unknown is no difference', () => {
    expect(difference(0, 5)).toMatchObject({ difference: 5, share: undefined, beyond: true });
    expect(difference(0, 0).beyond).toBe(false);
    expect(difference(100, undefined)).toMatchObject({ difference: undefined, beyond: false });
  });
});

describe('compareActivity', () => {
  it('needs no explanation for an activity carried out as planned', () => {
    const c = compareActivity(planned, 2, realised() as never);
    expect(c.code).toBe('A3');
    expect(c.needs).toEqual({ notDone: false, period: false, participants: false, costs: false });
    expect(c.costs).toMatchObject({ planned: 1_100_000, realised: 1_100_000, difference: 0 });
  });

  it('needs an explanation for costs over budget, fewer participants and a changed period', () => {
    const c = compareActivity(
      planned,
      0,
      realised({ startDate: '2021-10-01', participants: { a: { count: '80' } }, costLines: [{ costLineId: 'k1', amount: '13.000' }, { costLineId: 'k2', amount: '1.000' }] }) as never,
    );
    expect(c.needs).toEqual({ notDone: false, period: true, participants: true, costs: true });
    expect(c.participants).toMatchObject({ planned: 100, realised: 80, difference: -20 });
    expect(c.costs.difference).toBe(300_000);
    expect(c.costLines[0]!.cents).toMatchObject({ planned: 1_000_000, realised: 1_300_000, beyond: true });
  });

  it('an activity not carried out realised nothing and needs only its reason', () => {
    const c = compareActivity(planned, 0, realised({ carriedOut: 'no' }) as never);
    expect(c.participants.realised).toBe(0);
    expect(c.costs.realised).toBe(0);
    expect(c.needs).toEqual({ notDone: true, period: false, participants: false, costs: false });
  });

  it('realised numbers stay unknown while a group or a cost line is empty or unreadable', () => {
    const c = compareActivity(planned, 0, realised({ participants: { a: {} }, costLines: [{ costLineId: 'k1', amount: 'veel' }] }) as never);
    expect(c.participants.realised).toBeUndefined();
    expect(c.costs.realised).toBeUndefined();
    expect(c.needs.costs).toBe(false);
  });
});

describe('reportTotals', () => {
  it('adds planned and realised costs per group and per category, and the added activities', () => {
    const both: ActivityDraft = { ...planned, id: 'both', targetGroupIds: ['a', 'b'], costLines: [{ id: 'x', category: 'staff', amount: '1.000,01' }] };
    const comparisons = [
      compareActivity(planned, 0, realised() as never),
      compareActivity(both, 1, { activityId: 'both', carriedOut: 'yes', participants: { a: { count: '3' }, b: { count: '4' } }, costLines: [{ costLineId: 'x', amount: '900' }] }),
    ];
    const added = addedActivities({ addedActivities: [{ id: 'n', title: 'Nieuw', targetGroupIds: ['b'], participants: '5', costs: '500' }] });
    const totals = reportTotals({}, comparisons, added);
    expect(added[0]!.code).toBe('N1');
    expect(totals.plannedCents).toBe(1_100_000 + 100_001);
    expect(totals.realisedCents).toBe(1_100_000 + 90_000 + 50_000);
    expect(totals.byTargetGroup.a).toEqual({ plannedCents: 1_100_000 + 50_001, realisedCents: 1_100_000 + 45_000 });
    expect(totals.byTargetGroup.b).toEqual({ plannedCents: 50_000, realisedCents: 45_000 + 50_000 });
    expect(totals.byCategory.added).toEqual({ plannedCents: 0, realisedCents: 50_000 });
    expect(totals.participantsByGroup.b).toEqual({ planned: 50, realised: 4 + 5 });
  });
});
