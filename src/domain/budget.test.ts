import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { budgetTotals } from './budget';

const answers: Answers = {
  targetGroups: { a: { expectedCount: '100' }, b: { expectedCount: '1.000' } },
  activities: [
    {
      id: 'beide',
      targetGroupIds: ['a', 'b'],
      costLines: [
        { id: 'k1', category: 'staff', amount: '1.000,01' },
        { id: 'k2', category: 'material', amount: '€ 250' },
      ],
    },
    {
      id: 'alleen-b',
      targetGroupIds: ['b'],
      costLines: [
        { id: 'k3', category: 'staff', amount: '500.5' },
        { id: 'k4', category: '', amount: '10' },
        { id: 'k5', category: 'other', amount: 'ongeveer 100' },
        { id: 'k6', category: 'other', amount: '' },
      ],
    },
    { id: 'zonder-kosten' },
  ],
  budget: { requestedAmount: '1.760,51', hasCofinancing: 'yes', cofinancingAmount: '0,5' },
};

describe('budgetTotals', () => {
  const totals = budgetTotals(answers);

  it('adds every readable line in whole cents', () => {
    expect(totals.totalCents).toBe(100_001 + 25_000 + 50_050 + 1_000);
    expect(totals.lineCount).toBe(4);
  });

  it('counts lines whose amount cannot be read, but not empty ones', () => {
    expect(totals.unreadableLines).toBe(1);
  });

  it('totals per activity, zero for an activity without lines', () => {
    expect(totals.byActivity).toEqual({ beide: 125_001, 'alleen-b': 51_050, 'zonder-kosten': 0 });
  });

  it('totals per category; a line without category counts as "other"', () => {
    expect(totals.byCategory).toEqual({ staff: 150_051, material: 25_000, other: 1_000 });
  });

  it('splits an activity for both groups evenly, the first group taking the odd cent', () => {
    expect(totals.byTargetGroup).toEqual({ a: 62_501, b: 62_500 + 51_050 });
    expect(totals.byTargetGroup.a! + totals.byTargetGroup.b!).toBe(totals.totalCents);
  });

  it('reads the requested amount and the co-financing', () => {
    expect(totals.requestedCents).toBe(176_051);
    expect(totals.cofinancingCents).toBe(50);
  });

  it('ignores a co-financing amount once “no co-financing” is chosen', () => {
    expect(budgetTotals({ ...answers, budget: { ...answers.budget, hasCofinancing: 'no' } }).cofinancingCents).toBeUndefined();
  });

  it('gives the cost per student of both groups, rounded to a cent', () => {
    expect(totals.perParticipantCents).toBe(Math.round(176_051 / 1_100));
  });

  it('gives no cost per student without students or without cost lines', () => {
    expect(budgetTotals({ ...answers, targetGroups: {} }).perParticipantCents).toBeUndefined();
    expect(budgetTotals({ targetGroups: answers.targetGroups, activities: [{ id: 'x' }] }).perParticipantCents).toBeUndefined();
  });

  it('is all zeros for an empty draft', () => {
    expect(budgetTotals({})).toMatchObject({ totalCents: 0, lineCount: 0, unreadableLines: 0, requestedCents: undefined });
  });
});

describe('budgetTotals with hostile keys from a draft file', () => {
  it('treats "__proto__" and "constructor" as plain keys', () => {
    const totals = budgetTotals({
      activities: [
        { id: '__proto__', targetGroupIds: ['constructor'], costLines: [{ id: 'k', category: 'constructor', amount: '10' }] },
        { id: 'constructor', targetGroupIds: ['a'], costLines: [{ id: 'k', category: 'toString', amount: '5' }] },
      ],
    });
    expect(totals.totalCents).toBe(1500);
    expect(totals.byActivity['__proto__']).toBe(1000);
    expect(totals.byActivity['constructor']).toBe(500);
    expect(totals.byCategory['constructor']).toBe(1000);
    expect(totals.byCategory['toString']).toBe(500);
    expect(totals.byTargetGroup['constructor']).toBe(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
