import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { budgetTotals } from './budget';
import { coherenceMatrix } from './coherenceMatrix';

const scheme = getScheme();

const answers: Answers = {
  mechanisms: {
    chosen: [{ mechanismId: 'workplace-contact' }, { mechanismId: 'search-behaviour' }, { mechanismId: 'social-norms' }],
  },
  activities: [
    {
      id: 'proefstage',
      title: 'Proefstage',
      mechanismIds: ['workplace-contact'],
      targetGroupIds: ['a'],
      costLines: [{ id: 'k1', amount: '1.000' }],
    },
    {
      // Two groups and two mechanisms: € 10,01 is split over the groups, then over the mechanisms.
      id: 'sollicitatie',
      title: 'Sollicitatietraining',
      mechanismIds: ['search-behaviour', 'workplace-contact'],
      targetGroupIds: ['a', 'b'],
      costLines: [{ id: 'k2', amount: '10,01' }],
    },
    { id: 'los', title: '  ', mechanismIds: ['objective-selection'], targetGroupIds: ['b'], costLines: [{ id: 'k3', amount: '5' }] },
    { id: 'zwevend', title: 'Zonder doelgroep', mechanismIds: ['search-behaviour'], costLines: [{ id: 'k4', amount: '7' }] },
  ],
};

describe('coherenceMatrix', () => {
  const matrix = coherenceMatrix(answers, scheme);
  const row = (id: string) => matrix.rows.find((r) => r.mechanismId === id)!;

  it('has a row for every mechanism in factsheet order, chosen ones marked', () => {
    expect(matrix.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(matrix.rows.filter((r) => r.chosen).map((r) => r.mechanismId)).toEqual(['search-behaviour', 'workplace-contact', 'social-norms']);
  });

  it('has a column per target group', () => {
    expect(matrix.groups.map((g) => g.id)).toEqual(['a', 'b']);
    expect(row('workplace-contact').cells.map((c) => c.groupId)).toEqual(['a', 'b']);
  });

  it('lists each activity in every cell of its groups and mechanisms', () => {
    expect(row('workplace-contact').cells[0]!.activities.map((a) => a.id)).toEqual(['proefstage', 'sollicitatie']);
    expect(row('workplace-contact').cells[1]!.activities.map((a) => a.id)).toEqual(['sollicitatie']);
    expect(row('search-behaviour').cells[0]!.activities.map((a) => a.id)).toEqual(['sollicitatie']);
    expect(row('objective-selection').cells[1]!.activities).toEqual([{ id: 'los', index: 2, title: undefined, cents: 500 }]);
  });

  it('splits the cost over groups, then mechanisms, so nothing is counted twice', () => {
    // 1001 cents → a 501, b 500; a: 251 + 250, b: 250 + 250 (first mechanism takes the odd cent).
    expect(row('search-behaviour').cells.map((c) => c.cents)).toEqual([251, 250]);
    expect(row('workplace-contact').cells.map((c) => c.cents)).toEqual([100_000 + 250, 250]);
    expect(row('workplace-contact').cents).toBe(100_500);
  });

  it('column totals equal the budget per target group, for placed activities', () => {
    const placed = budgetTotals({ ...answers, activities: answers.activities!.slice(0, 3) });
    expect(Object.fromEntries(matrix.groups.map((g) => [g.id, g.cents]))).toEqual(placed.byTargetGroup);
    expect(matrix.placedCents).toBe(placed.totalCents);
    expect(matrix.unplacedCents).toBe(700);
  });

  it('names the gaps: a chosen mechanism without activity, activities outside the chosen mechanisms or without a group', () => {
    expect(matrix.gaps).toEqual([
      { kind: 'mechanism-without-activity', mechanismId: 'social-norms' },
      { kind: 'activity-without-chosen-mechanism', activityId: 'los', index: 2, title: undefined },
      { kind: 'activity-without-group', activityId: 'zwevend', index: 3, title: 'Zonder doelgroep' },
    ]);
  });

  it('names a target group no activity serves', () => {
    const onlyA = coherenceMatrix({ ...answers, activities: answers.activities!.slice(0, 1) }, scheme);
    expect(onlyA.gaps).toContainEqual({ kind: 'group-without-activity', groupId: 'b' });
    expect(onlyA.gaps).not.toContainEqual({ kind: 'group-without-activity', groupId: 'a' });
  });

  it('shows an empty draft as empty cells and both groups as gaps', () => {
    const empty = coherenceMatrix({}, scheme);
    expect(empty.rows.every((r) => !r.chosen && r.cells.every((c) => c.activities.length === 0))).toBe(true);
    expect(empty.gaps).toEqual([
      { kind: 'group-without-activity', groupId: 'a' },
      { kind: 'group-without-activity', groupId: 'b' },
    ]);
    expect(empty.placedCents).toBe(0);
  });
});
