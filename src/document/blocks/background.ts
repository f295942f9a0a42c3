import { fieldKey } from '../../domain/answerAnchors';
import { formatIsoDate } from '../../domain/formatDutchDate';
import type { Block, TableCell } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { note } from './primitives';

type Goal = NonNullable<NonNullable<RenderContext['answers']['background']>['goals']>[number];

/** "D1", "D2": how the monitoring section refers to a goal. */
export const goalCode = (ctx: RenderContext, index: number) => `${ctx.labels.goalCode}${index + 1}`;

const cell = (ctx: RenderContext, text: string | undefined, anchor?: string): TableCell =>
  text?.trim() ? { text: text.trim(), ...(anchor ? { anchor } : {}) } : { text: ctx.labels.missing, missing: true, ...(anchor ? { anchor } : {}) };

const groupsOf = (ctx: RenderContext, goal: Goal) =>
  (goal.targetGroupIds ?? []).map((id) => ctx.scheme.targetGroups.find((g) => g.id === id)?.id ?? id).join(', ');

/** The institution's own figures behind the problem: what, value, year and source. */
export function backgroundFigures(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const figures = ctx.answers.background?.figures ?? [];
  if (figures.length === 0) return [note(labels.noFigures)];
  const anchor = (id: string, field: string) => fieldKey('background', `figures.${id}.${field}`);
  return [
    {
      kind: 'table',
      caption: labels.figures,
      columns: [
        { header: labels.figureWhat, width: 0.5 },
        { header: labels.figureValue, width: 0.18, align: 'end' },
        { header: labels.figureSource, width: 0.32 },
      ],
      rows: figures.map((f) => [cell(ctx, f.what, anchor(f.id, 'what')), cell(ctx, f.value, anchor(f.id, 'value')), cell(ctx, f.source, anchor(f.id, 'source'))]),
    },
  ];
}

/** The goals with their codes (D1, D2, …), target group, indicator, target value and date. */
export function goalsTable(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const goals = ctx.answers.background?.goals ?? [];
  if (goals.length === 0) return [note(labels.noGoals)];
  const anchor = (id: string, field: string) => fieldKey('background', `goals.${id}.${field}`);
  return [
    {
      kind: 'table',
      caption: labels.goals,
      columns: [
        { header: labels.goalCode, width: 0.06 },
        { header: labels.goal, width: 0.34 },
        { header: labels.targetGroup, width: 0.14 },
        { header: labels.indicator, width: 0.22 },
        { header: labels.targetValue, width: 0.12 },
        { header: labels.targetDate, width: 0.12 },
      ],
      rows: goals.map((g, i) => [
        goalCode(ctx, i),
        cell(ctx, g.goal, anchor(g.id, 'goal')),
        cell(ctx, groupsOf(ctx, g), anchor(g.id, 'targetGroupIds')),
        cell(ctx, g.indicator, anchor(g.id, 'indicator')),
        cell(ctx, g.targetValue, anchor(g.id, 'targetValue')),
        cell(ctx, formatIsoDate(g.targetDate), anchor(g.id, 'targetDate')),
      ]),
    },
  ];
}

/** For monitoring: per goal (by its code) the indicator that measures it and what it should reach by when. */
export function goalIndicators(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const goals = ctx.answers.background?.goals ?? [];
  if (goals.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: labels.indicator,
      columns: [
        { header: labels.goalCode, width: 0.08 },
        { header: labels.indicator, width: 0.52 },
        { header: labels.targetValue, width: 0.2 },
        { header: labels.targetDate, width: 0.2 },
      ],
      rows: goals.map((g, i) => [goalCode(ctx, i), cell(ctx, g.indicator), cell(ctx, g.targetValue), cell(ctx, formatIsoDate(g.targetDate))]),
    },
  ];
}
