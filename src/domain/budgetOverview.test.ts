import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { budgetOverview } from './budgetOverview';
import { checkCoherence } from './coherence';

const scheme = getScheme();

const answers: Answers = {
  targetGroups: { a: { expectedCount: '120' }, b: { expectedCount: '80' } },
  activities: [
    {
      id: 'proefstage',
      title: '  Proefstages bij leerbedrijven ',
      targetGroupIds: ['a'],
      costLines: [
        { id: 'l1', category: 'staff', description: 'Stagecoördinator, 200 uur', amount: '12.000' },
        { id: 'l2', category: 'material', description: 'Werkboeken', amount: '1.250,50' },
      ],
    },
    {
      id: 'netwerk',
      title: 'Netwerkbijeenkomst',
      targetGroupIds: ['a', 'b'],
      costLines: [
        { id: 'l3', category: 'third-party', description: 'Gespreksleider', amount: '€ 2.000,01' },
        { id: 'l4', category: 'other', description: 'Zaalhuur', amount: 'ongeveer 500' },
      ],
    },
    {
      id: 'nazorg',
      targetGroupIds: ['b'],
      costLines: [
        { id: 'l5', description: 'Nazorgcoach', amount: '8000' },
        { id: 'l6', category: 'staff', description: 'Nog te begroten', amount: '' },
      ],
    },
    { id: 'los', title: 'Gastles', costLines: [{ id: 'l7', category: 'staff', amount: '300' }] },
  ],
  budget: { requestedAmount: '20.000', hasCofinancing: 'yes', cofinancingAmount: '3.550,51' },
};

describe('budgetOverview', () => {
  const overview = budgetOverview(answers, scheme);

  it('lists every activity with its lines, in plan order, and totals per activity', () => {
    expect(overview.activities.map((a) => [a.number, a.title, a.totalCents])).toEqual([
      [1, 'Proefstages bij leerbedrijven', 1_325_050],
      [2, 'Netwerkbijeenkomst', 200_001],
      [3, '', 800_000],
      [4, 'Gastles', 30_000],
    ]);
    expect(overview.activities[0]?.lines[1]).toEqual({
      id: 'l2',
      categoryId: 'material',
      categoryLabel: 'Materiaal',
      description: 'Werkboeken',
      amount: '1.250,50',
      cents: 125_050,
      unreadable: false,
    });
    expect(overview.totalCents).toBe(2_355_051);
  });

  it('points out amounts it cannot read, and leaves them out of every total', () => {
    expect(overview.unreadable).toEqual([
      { activityId: 'netwerk', activityNumber: 2, activityTitle: 'Netwerkbijeenkomst', lineId: 'l4', amount: 'ongeveer 500' },
    ]);
    expect(overview.activities[1]?.lines[1]).toMatchObject({ cents: undefined, unreadable: true });
    // An empty amount is not yet filled in, which is not the same as unreadable.
    expect(overview.activities[2]?.lines[1]).toMatchObject({ cents: undefined, unreadable: false });
  });

  it('totals per cost category in the scheme order; lines without a category apart', () => {
    expect(overview.categories).toEqual([
      { id: 'staff', label: 'Personeel', cents: 1_230_000 },
      { id: 'third-party', label: 'Inhuur derden', cents: 200_001 },
      { id: 'material', label: 'Materiaal', cents: 125_050 },
      { id: 'other', label: 'Overig', cents: 0 },
    ]);
    expect(overview.uncategorizedCents).toBe(800_000);
    const sum = overview.categories.reduce((s, c) => s + c.cents, 0) + overview.uncategorizedCents;
    expect(sum).toBe(overview.totalCents);
  });

  it('treats a category the scheme does not know as not chosen', () => {
    const odd = budgetOverview({ activities: [{ id: 'x', costLines: [{ id: 'l', category: 'travel', amount: '10' }] }] }, scheme);
    expect(odd.activities[0]?.lines[0]).toMatchObject({ categoryId: undefined, categoryLabel: undefined });
    expect(odd.uncategorizedCents).toBe(1_000);
  });

  it('totals per target group (shared activities split evenly) with the cost per student', () => {
    const [a, b] = overview.targetGroups;
    // a: 13.250,50 + half of 2.000,01 (the odd cent goes to the first group)
    expect(a).toEqual({ id: 'a', label: expect.any(String), cents: 1_425_051, students: 120, perStudentCents: 11_875 });
    expect(b).toEqual({ id: 'b', label: expect.any(String), cents: 900_000, students: 80, perStudentCents: 11_250 });
    expect(overview.unassignedCents).toBe(30_000);
    expect((a?.cents ?? 0) + (b?.cents ?? 0) + overview.unassignedCents).toBe(overview.totalCents);
    expect(overview.students).toBe(200);
    expect(overview.perStudentCents).toBe(Math.round(2_355_051 / 200));
  });

  it('gives no cost per student while a group’s number of students is unknown', () => {
    const partial = budgetOverview({ ...answers, targetGroups: { a: { expectedCount: '120' }, b: { expectedCount: 'veel' } } }, scheme);
    expect(partial.students).toBeUndefined();
    expect(partial.perStudentCents).toBeUndefined();
    expect(partial.targetGroups[0]?.perStudentCents).toBe(11_875);
    expect(partial.targetGroups[1]?.perStudentCents).toBeUndefined();
  });

  it('adds requested subsidy and co-financing, the sums the budget check compares', () => {
    expect(overview.requestedCents).toBe(2_000_000);
    expect(overview.cofinancingCents).toBe(355_051);
    expect(overview.fundedCents).toBe(2_355_051);
    expect(checkCoherence(answers, scheme).filter((i) => i.rule === 'budget-mismatch')).toEqual([]);

    const short = { ...answers, budget: { requestedAmount: '20.000', hasCofinancing: 'no' as const, cofinancingAmount: '3.550,51' } };
    const mismatch = budgetOverview(short, scheme);
    expect(mismatch.cofinancingCents).toBeUndefined();
    expect(mismatch.fundedCents).toBe(2_000_000);
    expect(checkCoherence(short, scheme).some((i) => i.rule === 'budget-mismatch')).toBe(true);
  });

  it('is empty but well-formed for an empty draft', () => {
    const empty = budgetOverview({}, scheme);
    expect(empty.activities).toEqual([]);
    expect(empty.totalCents).toBe(0);
    expect(empty.categories.map((c) => c.cents)).toEqual([0, 0, 0, 0]);
    expect(empty.targetGroups.map((g) => [g.id, g.cents, g.perStudentCents])).toEqual([
      ['a', 0, undefined],
      ['b', 0, undefined],
    ]);
    expect(empty.requestedCents).toBeUndefined();
    expect(empty.fundedCents).toBeUndefined();
    expect(empty.unreadable).toEqual([]);
  });
});
