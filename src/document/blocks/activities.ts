import type { ActivityDraft } from '../../../schemas/draft';
import { parseEuroCents, parseWholeNumber } from '../../../schemas/dutchNumber';
import { activityGroupIds, activityPhase } from '../../../schemas/fields/activities';
import { fieldKey } from '../../domain/answerAnchors';
import { formatEuro } from '../../domain/formatEuro';
import type { Block, TableCell } from '../documentModel';
import { formatIsoDate } from '../../domain/formatDutchDate';
import type { RenderContext } from '../renderContext';
import { labelOf } from '../schemeLabels';
import { activityCode, activityHeading, activityTitle } from './activityLabel';
import { heading, note, textBlocks, valueOr } from './primitives';

export function activityPeriod(ctx: RenderContext, activity: ActivityDraft): string | undefined {
  const start = formatIsoDate(activity.startDate);
  const end = formatIsoDate(activity.endDate);
  if (!start && !end) return undefined;
  return `${start ?? ctx.labels.missing} ${ctx.labels.periodUntil} ${end ?? ctx.labels.missing}`;
}

const groupIds = (ctx: RenderContext, activity: ActivityDraft) => activityGroupIds(activity, ctx.scheme).join(', ');

/** The anchor of one of an activity's answers ("activities.<id>.<field>"). */
const answerOf = (activity: ActivityDraft, field: string) => fieldKey('activities', `activities.${activity.id}.${field}`);

/** One table with every activity: code, title, target group, phase, period and cost. */
export function activitiesOverview(ctx: RenderContext): Block[] {
  const { labels, scheme, totals } = ctx;
  const activities = ctx.answers.activities ?? [];
  if (activities.length === 0) return [note(labels.noActivities)];
  const optional = (text: string | undefined): TableCell => (text?.trim() ? text : { text: labels.missing, missing: true });
  return [
    {
      kind: 'table',
      caption: labels.activity,
      columns: [
        { header: labels.activityCode, width: 0.06 },
        { header: labels.activity, width: 0.32 },
        { header: labels.targetGroup, width: 0.11 },
        { header: labels.phase, width: 0.16 },
        { header: labels.period, width: 0.18 },
        { header: labels.costs, width: 0.17, align: 'end' },
      ],
      rows: activities.map((a, i) => [
        activityCode(ctx, i),
        a.title?.trim() ? { text: a.title.trim(), anchor: answerOf(a, 'title') } : { text: labels.missing, missing: true, anchor: answerOf(a, 'title') },
        optional(groupIds(ctx, a)),
        optional(labelOf(scheme.phases, activityPhase(a, scheme))),
        optional(activityPeriod(ctx, a)),
        formatEuro(totals.byActivity[a.id] ?? 0),
      ]),
      totals: ['', labels.total, '', '', '', formatEuro(totals.totalCents)],
    },
  ];
}

/** Per activity: the facts, the description and its cost lines. */
export function activitySections(ctx: RenderContext): Block[] {
  const { labels, scheme } = ctx;
  const activities = ctx.answers.activities ?? [];
  const partners = ctx.answers.partners ?? [];
  const approachName = (id: string) => scheme.mechanisms.flatMap((m) => m.approaches).find((a) => a.id === id)?.name ?? id;
  const mechanismName = (id: string) => {
    const m = scheme.mechanisms.find((x) => x.id === id);
    return m ? `${m.number}. ${m.name}` : id;
  };
  const joined = (items: string[]) => (items.length > 0 ? items.join('; ') : undefined);
  return activities.flatMap((activity, index) => {
    const participants = parseWholeNumber(activity.expectedParticipants);
    const anchor = (field: string) => answerOf(activity, field);
    const blocks: Block[] = [
      heading(2, activityHeading(ctx, activity, index)),
      {
        kind: 'facts',
        caption: activityHeading(ctx, activity, index),
        rows: [
          {
            label: labels.targetGroup,
            ...valueOr(joined(activityGroupIds(activity, scheme).map((g) => `${g}. ${scheme.targetGroups.find((t) => t.id === g)?.shortName ?? ''}`.trim())), labels.missing),
            anchor: anchor('targetGroupIds'),
          },
          { label: labels.phase, ...valueOr(labelOf(scheme.phases, activityPhase(activity, scheme)), labels.missing), anchor: anchor('phase') },
          { label: labels.mechanism, ...valueOr(joined((activity.mechanismIds ?? []).map(mechanismName)), labels.missing), anchor: anchor('mechanismIds') },
          { label: labels.approaches, ...valueOr(joined((activity.approachIds ?? []).map(approachName)), labels.missing), anchor: anchor('approachIds') },
          // The period shows both dates; its comments and bookmark go with the start date.
          { label: labels.period, ...valueOr(activityPeriod(ctx, activity), labels.missing), anchor: anchor('startDate') },
          {
            label: labels.participants,
            ...valueOr(participants === undefined ? activity.expectedParticipants : participants.toLocaleString('nl-NL'), labels.missing),
            anchor: anchor('expectedParticipants'),
          },
          { label: labels.responsible, ...valueOr(activity.responsible, labels.missing), anchor: anchor('responsible') },
          {
            label: labels.partners,
            ...valueOr(joined((activity.partnerIds ?? []).map((id) => partners.find((p) => p.id === id)?.name?.trim() || id)) ?? labels.none, labels.missing),
            anchor: anchor('partnerIds'),
          },
          { label: labels.hours, ...valueOr(activity.hours, labels.none), anchor: anchor('hours') },
        ],
      },
      heading(3, labels.description),
      ...textBlocks(activity.description, labels.missing, anchor('description')),
      heading(3, labels.costs),
    ];
    const lines = activity.costLines ?? [];
    if (lines.length === 0) blocks.push(note(labels.noCostLines));
    else
      blocks.push({
        kind: 'table',
        caption: `${labels.costs} ${activityCode(ctx, index)} ${activityTitle(ctx, activity)}`,
        columns: [
          { header: labels.costCategory, width: 0.25 },
          { header: labels.costDescription, width: 0.5 },
          { header: labels.amount, width: 0.25, align: 'end' },
        ],
        rows: lines.map((line) => {
          const cents = parseEuroCents(line.amount);
          const cell = (text: string | undefined, field: string): TableCell => {
            const lineAnchor = anchor(`costLines.${line.id}.${field}`);
            return text ? { text, anchor: lineAnchor } : { text: labels.missing, missing: true, anchor: lineAnchor };
          };
          return [
            cell(labelOf(scheme.costCategories, line.category), 'category'),
            cell(line.description?.trim() || undefined, 'description'),
            cell(cents !== undefined ? formatEuro(cents) : line.amount?.trim() || undefined, 'amount'),
          ];
        }),
        totals: [labels.total, '', formatEuro(ctx.totals.byActivity[activity.id] ?? 0)],
      });
    return blocks;
  });
}
