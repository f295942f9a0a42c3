import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { parseEuroCents } from '../../schemas/dutchNumber';
import { activityGroupIds } from '../../schemas/fields/activities';

export interface MatrixActivity {
  id: string;
  /** Position in the activities list (for field links and "Activiteit 3"). */
  index: number;
  title: string | undefined;
  /** This activity's share of the cell, in cents. */
  cents: number;
}

export interface MatrixCell {
  groupId: string;
  activities: MatrixActivity[];
  cents: number;
}

export interface MatrixRow {
  mechanismId: string;
  number: number;
  name: string;
  chosen: boolean;
  cells: MatrixCell[];
  cents: number;
}

export type MatrixGap =
  | { kind: 'mechanism-without-activity'; mechanismId: string }
  | { kind: 'group-without-activity'; groupId: string }
  | { kind: 'activity-without-chosen-mechanism'; activityId: string; index: number; title: string | undefined }
  | { kind: 'activity-without-group'; activityId: string; index: number; title: string | undefined };

export interface CoherenceMatrix {
  groups: { id: string; name: string; shortName: string; cents: number }[];
  rows: MatrixRow[];
  /** Cents placed in the grid; equals the budget total when every costed activity has a mechanism and a group. */
  placedCents: number;
  /** Cents of activities that have no known mechanism or no group, so no cell. */
  unplacedCents: number;
  gaps: MatrixGap[];
}

/** Splits cents into n parts that add up exactly; the first part takes the remainder (as budgetTotals does). */
function split(cents: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(cents / n) + (i === 0 ? cents % n : 0));
}

/**
 * Target group × mechanism × activity, with the cost of each cell. An activity's cost is split
 * evenly over its groups (like the budget per group) and then over its mechanisms, so the column
 * totals equal the budget per target group. Pure.
 */
export function coherenceMatrix(answers: Answers, scheme: Scheme): CoherenceMatrix {
  const activities = answers.activities ?? [];
  const chosen = new Set((answers.mechanisms?.chosen ?? []).map((c) => c.mechanismId));
  const groupIds = scheme.targetGroups.map((g) => g.id);
  const mechanismIds = new Set(scheme.mechanisms.map((m) => m.id));

  const rows: MatrixRow[] = [...scheme.mechanisms]
    .sort((x, y) => x.number - y.number)
    .map((m) => ({
      mechanismId: m.id,
      number: m.number,
      name: m.name,
      chosen: chosen.has(m.id),
      cells: groupIds.map((groupId) => ({ groupId, activities: [], cents: 0 })),
      cents: 0,
    }));
  const rowOf = new Map(rows.map((r) => [r.mechanismId, r]));
  const activityGaps: MatrixGap[] = [];
  let unplacedCents = 0;

  activities.forEach((activity, index) => {
    const cents = (activity.costLines ?? []).reduce((sum, line) => sum + (parseEuroCents(line.amount) ?? 0), 0);
    const groups = groupIds.filter((g) => activityGroupIds(activity, scheme).includes(g));
    const mechanisms = [...new Set(activity.mechanismIds ?? [])].filter((m) => mechanismIds.has(m));
    const title = activity.title?.trim() || undefined;
    if (!mechanisms.some((m) => chosen.has(m))) {
      activityGaps.push({ kind: 'activity-without-chosen-mechanism', activityId: activity.id, index, title });
    }
    if (groups.length === 0) activityGaps.push({ kind: 'activity-without-group', activityId: activity.id, index, title });
    if (groups.length === 0 || mechanisms.length === 0) {
      unplacedCents += cents;
      return;
    }
    split(cents, groups.length).forEach((groupCents, g) => {
      split(groupCents, mechanisms.length).forEach((share, k) => {
        const row = rowOf.get(mechanisms[k]!)!;
        const cell = row.cells[groupIds.indexOf(groups[g]!)]!;
        cell.activities.push({ id: activity.id, index, title, cents: share });
        cell.cents += share;
        row.cents += share;
      });
    });
  });

  const groups = scheme.targetGroups.map((g, i) => ({
    id: g.id,
    name: g.name,
    shortName: g.shortName,
    cents: rows.reduce((sum, r) => sum + r.cells[i]!.cents, 0),
  }));
  // Same order as the page reads: groups, then mechanisms, then single activities.
  const groupGaps: MatrixGap[] = groupIds
    .filter((id) => !activities.some((a) => activityGroupIds(a, scheme).includes(id)))
    .map((groupId) => ({ kind: 'group-without-activity', groupId }));
  const mechanismGaps: MatrixGap[] = rows
    .filter((r) => r.chosen && r.cells.every((c) => c.activities.length === 0))
    .map((r) => ({ kind: 'mechanism-without-activity', mechanismId: r.mechanismId }));
  return {
    groups,
    rows,
    placedCents: groups.reduce((sum, g) => sum + g.cents, 0),
    unplacedCents,
    gaps: [...groupGaps, ...mechanismGaps, ...activityGaps],
  };
}
