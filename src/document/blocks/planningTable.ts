import type { Block, TableCell } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { activityCode, activityTitle } from './activityLabel';
import { note } from './primitives';

interface Quarter {
  label: string;
  first: string;
  last: string;
}

/** The quarters of the scheme's activity years, as ISO date ranges ("2021-01-01".."2021-03-31"). */
export function quartersOf(years: readonly number[], quarterLabel: string): Quarter[] {
  return years.flatMap((year) =>
    [1, 2, 3, 4].map((q) => ({
      label: `${quarterLabel}${q}\n${year}`,
      first: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
      last: `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`,
    })),
  );
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Activity × quarter, marked from the start and end dates (ISO dates compare as text). */
export function planningTable(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const activities = ctx.answers.activities ?? [];
  if (activities.length === 0) return [note(labels.noActivities)];
  const quarters = quartersOf(ctx.scheme.activityYears, labels.quarter);
  const firstWidth = 0.36;
  return [
    {
      kind: 'table',
      caption: `${labels.period}: ${labels.planned}`,
      dense: true,
      columns: [
        { header: labels.activity, width: firstWidth },
        ...quarters.map((q) => ({ header: q.label, width: (1 - firstWidth) / quarters.length, align: 'center' as const })),
      ],
      rows: activities.map((activity, index) => {
        const start = ISO.test(activity.startDate ?? '') ? activity.startDate! : undefined;
        const end = ISO.test(activity.endDate ?? '') ? activity.endDate! : start;
        const from = start ?? end;
        const marks: TableCell[] = quarters.map((q) => (from && end && from <= q.last && end >= q.first ? { mark: true } : ''));
        const inside = marks.some((m) => typeof m === 'object');
        const name = `${activityCode(ctx, index)} ${activityTitle(ctx, activity)}`;
        const suffix = !from ? ` (${labels.period.toLowerCase()}: ${labels.missing})` : inside ? '' : ` (${labels.outsidePeriod})`;
        return [`${name}${suffix}`, ...marks];
      }),
    },
  ];
}
