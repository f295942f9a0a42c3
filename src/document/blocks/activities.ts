import type { ActivityDraft } from '../../../schemas/draft';
import { ACTIVITY_FIELDS } from '../../../schemas/fields/activities';
import { countText } from '../../../schemas/fields/display';
import type { LeafField } from '../../../schemas/fields/field';
import { parseEuroCents, parseWholeNumber } from '../../../schemas/dutchNumber';
import { activityGroupIds, activityPhase } from '../../../schemas/fields/activities';
import { fieldKey } from '../../domain/answerAnchors';
import { formatEuro } from '../../domain/formatEuro';
import type { Block, TableCell } from '../documentModel';
import { formatIsoDate } from '../../domain/formatDutchDate';
import type { RenderContext } from '../renderContext';
import { labelOf } from '../schemeLabels';
import { activityCode, activityHeading, activityTitle } from './activityLabel';
import { heading, note, paragraph, textBlocks, valueOr } from './primitives';
import { joinAfter, joinDutch } from '../../../schemas/dutchText';

/** "1 apr 2021 t/m 30 jun 2022"; one date for an activity of one day ("14 okt 2021"). */
export function activityPeriod(ctx: RenderContext, activity: ActivityDraft): string | undefined {
  const start = formatIsoDate(activity.startDate);
  const end = formatIsoDate(activity.endDate);
  if (!start && !end) return undefined;
  if (start && start === end) return start;
  return `${start ?? ctx.labels.missing} ${ctx.labels.periodUntil} ${end ?? ctx.labels.missing}`;
}

const groupIds = (ctx: RenderContext, activity: ActivityDraft) => activityGroupIds(activity, ctx.scheme).join(', ');

/** The anchor of one of an activity's answers ("activities.<id>.<field>"). */
const answerOf = (activity: ActivityDraft, field: string) => fieldKey('activities', `activities.${activity.id}.${field}`);

/** One table with every activity: code, title, target group, period and cost. */
export function activitiesOverview(ctx: RenderContext): Block[] {
  const { labels, totals } = ctx;
  const activities = ctx.answers.activities ?? [];
  if (activities.length === 0) return [note(labels.noActivities)];
  const optional = (text: string | undefined): TableCell => (text?.trim() ? text : { text: labels.missing, missing: true });
  return [
    {
      kind: 'table',
      caption: labels.activity,
      columns: [
        { header: labels.activityCode, width: 0.07 },
        { header: labels.activity, width: 0.4 },
        { header: labels.targetGroup, width: 0.14 },
        { header: labels.period, width: 0.21 },
        { header: labels.costs, width: 0.18, align: 'end' },
      ],
      rows: activities.map((a, i) => [
        activityCode(ctx, i),
        a.title?.trim() ? { text: a.title.trim(), anchor: answerOf(a, 'title') } : { text: labels.missing, missing: true, anchor: answerOf(a, 'title') },
        optional(groupIds(ctx, a)),
        optional(activityPeriod(ctx, a)),
        formatEuro(totals.byActivity[a.id] ?? 0),
      ]),
      totals: ['', labels.total, '', '', formatEuro(totals.totalCents)],
    },
  ];
}

/** "Mechanisme" for one, "Mechanismen" for more. */
const countedLabel = ([one, many]: readonly [string, string], count: number) => (count === 1 ? one : many);

/**
 * Per activity: the facts, the description and its cost lines. An optional answer left empty
 * (hours, partners, a mechanism for nazorg) has no row; a required one says it is missing.
 */
export function activitySections(ctx: RenderContext): Block[] {
  const { labels, scheme } = ctx;
  const activities = ctx.answers.activities ?? [];
  const partners = ctx.answers.partners ?? [];
  const approachName = (id: string) => scheme.mechanisms.flatMap((m) => m.approaches).find((a) => a.id === id)?.name ?? id;
  const mechanismName = (id: string) => {
    const m = scheme.mechanisms.find((x) => x.id === id);
    return m ? `${m.number}. ${m.name}` : id;
  };
  // A group id the round does not know (a hostile or stale file) shows as stored.
  const groupName = (id: string) => {
    const group = scheme.targetGroups.find((t) => t.id === id);
    return group ? `${group.id}. ${group.shortName}` : id;
  };
  const byNumber = (ids: readonly string[]) =>
    [...ids].sort((x, y) => (scheme.mechanisms.find((m) => m.id === x)?.number ?? 99) - (scheme.mechanisms.find((m) => m.id === y)?.number ?? 99));
  const joined = (items: string[]) => (items.length > 0 ? items.join('; ') : undefined);
  return activities.flatMap((activity, index) => {
    const participants = parseWholeNumber(activity.expectedParticipants);
    const anchor = (field: string) => answerOf(activity, field);
    const mechanismIds = byNumber(activity.mechanismIds ?? []);
    const approachIds = activity.approachIds ?? [];
    const partnerNames = (activity.partnerIds ?? []).map((id) => partners.find((p) => p.id === id)?.name?.trim() || labels.partners[0]);
    /** A row of an answer that may stay empty: left out then. */
    const optionalRow = (label: string, value: string | undefined, field: string) => (value?.trim() ? [{ label, value: value.trim(), anchor: anchor(field) }] : []);
    /** The mechanisms and approaches are asked of every activity but nazorg (the field table says when). */
    const asked = (field: 'mechanismIds' | 'approachIds', value: string | undefined, label: string) =>
      value || isRequired(ctx, activity, field) ? [{ label, ...valueOr(value, labels.missing), anchor: anchor(field) }] : [];
    const blocks: Block[] = [
      heading(2, activityHeading(ctx, activity, index)),
      {
        kind: 'facts',
        caption: activityHeading(ctx, activity, index),
        rows: [
          {
            label: labels.targetGroup,
            ...valueOr(joined(activityGroupIds(activity, scheme).map((g) => groupName(g))), labels.missing),
            anchor: anchor('targetGroupIds'),
          },
          { label: labels.phase, ...valueOr(labelOf(scheme.phases, activityPhase(activity, scheme)), labels.missing), anchor: anchor('phase') },
          ...asked('mechanismIds', joined(mechanismIds.map(mechanismName)), countedLabel(labels.mechanisms, mechanismIds.length)),
          ...asked('approachIds', joined(approachIds.map(approachName)), countedLabel(labels.approaches, approachIds.length)),
          // The period shows both dates; its comments and bookmark go with the start date.
          { label: labels.period, ...valueOr(activityPeriod(ctx, activity), labels.missing), anchor: anchor('startDate') },
          {
            label: labels.participants,
            ...valueOr(participants === undefined ? activity.expectedParticipants : participants.toLocaleString('nl-NL'), labels.missing),
            anchor: anchor('expectedParticipants'),
          },
          { label: labels.responsible, ...valueOr(activity.responsible, labels.missing), anchor: anchor('responsible') },
          ...optionalRow(countedLabel(labels.partners, partnerNames.length), joined(partnerNames), 'partnerIds'),
          ...optionalRow(labels.hours, countText(activity.hours), 'hours'),
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

/** Whether an activity must have this answer: always, or (mechanisms and approaches) only where its phase asks for one. */
function isRequired(ctx: RenderContext, activity: ActivityDraft, field: 'mechanismIds' | 'approachIds'): boolean {
  const definition: LeafField = ACTIVITY_FIELDS[field];
  if (definition.required === 'optional') return false;
  return definition.requiredWhen?.(activity, ctx.scheme) ?? true;
}

/** The activities of the nazorg phase, by code and title: where the plan's nazorg takes shape (not repeated here). */
export function aftercareActivities(ctx: RenderContext): Block[] {
  const aftercare = (ctx.answers.activities ?? []).flatMap((a, i) => (activityPhase(a, ctx.scheme) === 'aftercare' ? [activityHeading(ctx, a, i)] : []));
  if (aftercare.length === 0) return [];
  return [paragraph(joinAfter(`${ctx.labels.aftercareActivities} ${joinDutch(aftercare)}`, '.'))];
}
