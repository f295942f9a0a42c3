import { goalGroupIds } from '../../../schemas/fields/background';
import { fieldKey } from '../../domain/answerAnchors';
import { formatIsoDate } from '../../domain/formatDutchDate';
import type { Block, TableCell } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { heading, note, paragraph, valueOr } from './primitives';

type Goal = NonNullable<NonNullable<RenderContext['answers']['background']>['goals']>[number];

/** "D1", "D2": how the monitoring section (and the activiteitenverslag) refer to a goal. */
export const goalCode = (ctx: RenderContext, index: number) => `${ctx.labels.goalCode}${index + 1}`;

const trimmed = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

const cell = (ctx: RenderContext, text: string | undefined, anchor?: string): TableCell => {
  const value = trimmed(text);
  return { ...(value ? { text: value } : { text: ctx.labels.missing, missing: true }), ...(anchor ? { anchor } : {}) };
};

/** "a. Extra begeleiding; b. Nazorg", as the activities name their groups; an id the round does not know shows as stored. */
function groupsOf(ctx: RenderContext, goal: Goal): string | undefined {
  const names = goalGroupIds(goal, ctx.scheme).map((id) => {
    const group = ctx.scheme.targetGroups.find((g) => g.id === id);
    return group ? `${group.id}. ${group.shortName}` : id;
  });
  return names.length > 0 ? names.join('; ') : undefined;
}

const goalAnchor = (goal: Goal, field: string) => fieldKey('background', `goals.${goal.id}.${field}`);

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

/**
 * Per goal (D1, D2, …) its facts: what should change, for which group, the indicator, the target
 * value and the date. Labelled rows rather than a wide table: a long goal or indicator stays readable
 * on a portrait page, and no answer is pasted into a sentence.
 */
export function goalsList(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const goals = ctx.answers.background?.goals ?? [];
  if (goals.length === 0) return [note(labels.noGoals)];
  return goals.flatMap((goal, index): Block[] => {
    const title = `${labels.goal} ${goalCode(ctx, index)}`;
    return [
      heading(3, title),
      {
        kind: 'facts',
        caption: title,
        keepTogether: true,
        rows: [
          { label: labels.goalText, ...valueOr(trimmed(goal.goal), labels.missing), anchor: goalAnchor(goal, 'goal') },
          { label: labels.targetGroup, ...valueOr(groupsOf(ctx, goal), labels.missing), anchor: goalAnchor(goal, 'targetGroupIds') },
          { label: labels.indicator, ...valueOr(trimmed(goal.indicator), labels.missing), anchor: goalAnchor(goal, 'indicator') },
          { label: labels.targetValue, ...valueOr(trimmed(goal.targetValue), labels.missing), anchor: goalAnchor(goal, 'targetValue') },
          { label: labels.targetDate, ...valueOr(formatIsoDate(goal.targetDate), labels.missing), anchor: goalAnchor(goal, 'targetDate') },
        ],
      },
    ];
  });
}

/** For monitoring: per goal (by its code) the indicator that measures it and what it should reach by when; nothing without goals. */
export function goalIndicators(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  const goals = ctx.answers.background?.goals ?? [];
  if (goals.length === 0) return [];
  return [
    heading(2, labels.goalIndicators),
    paragraph(labels.goalIndicatorsIntro),
    {
      kind: 'table',
      caption: labels.goalIndicators,
      columns: [
        { header: labels.goal, width: 0.1 },
        { header: labels.indicator, width: 0.5 },
        { header: labels.targetValue, width: 0.2 },
        { header: labels.targetDate, width: 0.2 },
      ],
      rows: goals.map((g, i) => [goalCode(ctx, i), cell(ctx, g.indicator), cell(ctx, g.targetValue), cell(ctx, formatIsoDate(g.targetDate))]),
    },
  ];
}
