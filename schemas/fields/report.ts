import { z } from 'zod/mini';
import { MESSAGES } from '../messages';
import { LIMITS } from '../limits';
import { targetGroupIdSchema } from '../scheme';
import { groupsField, listField, objectField } from './containers';
import { longDateText, shortDateText } from './display';
import type { LeafField } from './field';
import { activityDate, activityYearsText, answer, dateCheck, dateDraft, choice, choices, euroAmount, itemKey, leaf, longText, shortText, wholeNumber, type Answer } from './kinds';
import { targetGroupOptionLabel } from './activities';

/**
 * The activiteitenverslag: the report after the grant, written on the same draft as the plan
 * (`draft.report`). Under the Kaderregeling subsidies OCW, SZW en VWS it follows the plan's layout:
 * per planned activity (A1, A2, … as in the plan) what was carried out, with whom and at what cost,
 * and every difference from the plan explained. Activities that were added later get codes N1, N2, …
 * (never an A-code, so the plan's codes keep meaning the same activity).
 *
 * Which explanations are required depends on the plan (a difference of more than 10 %, a changed
 * period): those checks are made beside the plan in src/domain/report/, not here.
 */

/** Whether a planned activity was carried out. */
export const CARRIED_OUT = [
  { id: 'yes', label: 'Ja, helemaal' },
  { id: 'partly', label: 'Gedeeltelijk' },
  { id: 'no', label: 'Nee, niet uitgevoerd' },
] as const;
export type CarriedOut = (typeof CARRIED_OUT)[number]['id'];


interface DateOptions {
  label: string;
  required: string;
  shownWhen?: (siblings: Readonly<Record<string, unknown>>) => boolean;
  /** Within the round's activity years (a realised period), or any year (the grant decision). */
  inActivityYears?: boolean;
}

/** A calendar date, "1 maart 2021" on screen; asked only while `shownWhen` holds. */
function dateField({ inActivityYears, ...options }: DateOptions): LeafField<Answer<typeof dateDraft>, z.ZodMiniType<string, string>> {
  return leaf('date', 'date', options, {
    draft: answer(dateDraft),
    check: (scheme, message) =>
      dateCheck(message, inActivityYears ? { test: (date) => scheme.activityYears.includes(Number(date.slice(0, 4))), message: MESSAGES.dateOutsideYears(activityYearsText(scheme)) } : undefined),
    display: longDateText,
    documentText: shortDateText,
  });
}

/** "Subsidie verleend": the grant decision the report accounts for. */
export const GRANT_FIELDS = {
  decisionDate: dateField({ label: 'Datum van de beschikking', required: 'Vul de datum van de beschikking in, bijvoorbeeld 15 3 2021' }),
  grantedAmount: euroAmount({ label: 'Verleend bedrag', required: 'Vul het verleende bedrag in euro’s in, bijvoorbeeld 250.000', input: { width: 'medium' } }),
  reference: shortText({ label: 'Kenmerk van de beschikking', input: { width: 'medium', autoComplete: 'off' } }),
};

const carriedOutAtAll = (s: Readonly<Record<string, unknown>>) => s.carriedOut === 'yes' || s.carriedOut === 'partly';

/** Realised participants of one target group of an activity (0 allowed: nobody came). */
export const REALISED_GROUP_FIELDS = {
  count: wholeNumber({ label: 'Bereikte deelnemers', invalid: 'Vul het aantal deelnemers in als heel getal, bijvoorbeeld 35 (0 mag)' }),
};

/** The realised amount of one planned cost line (0 allowed: nothing spent). */
export const REALISED_COST_FIELDS = {
  costLineId: itemKey({ label: 'Kostenregel' }),
  amount: euroAmount({ label: 'Werkelijke kosten', input: { width: 'short' } }),
};

/** What happened with one planned activity; its plan is the activity with the same id. */
export const REPORT_ACTIVITY_FIELDS = {
  activityId: itemKey({ label: 'Activiteit' }),
  carriedOut: choice({ label: 'Uitgevoerd', required: 'Kies of de activiteit is uitgevoerd', options: () => CARRIED_OUT }),
  notDoneReason: longText({
    label: 'Waarom niet (helemaal) uitgevoerd',
    required: 'Leg uit waarom de activiteit niet of niet helemaal is uitgevoerd',
    shownWhen: (s) => s.carriedOut === 'partly' || s.carriedOut === 'no',
    input: { rows: 4 },
  }),
  startDate: dateField({ label: 'Werkelijke startdatum', required: 'Vul de werkelijke startdatum in', shownWhen: carriedOutAtAll, inActivityYears: true }),
  endDate: dateField({ label: 'Werkelijke einddatum', required: 'Vul de werkelijke einddatum in', shownWhen: carriedOutAtAll, inActivityYears: true }),
  periodExplanation: longText({ label: 'Toelichting op de periode', input: { rows: 3 } }),
  participants: groupsField({ item: REALISED_GROUP_FIELDS, ids: targetGroupIdSchema.options }),
  participantsExplanation: longText({ label: 'Toelichting op het aantal deelnemers', input: { rows: 3 } }),
  costLines: listField({ label: 'Werkelijke kosten', item: REALISED_COST_FIELDS, key: 'costLineId', max: LIMITS.costLinesPerActivity }),
  costsExplanation: longText({ label: 'Toelichting op de kosten', input: { rows: 3 } }),
  wayOfWorking: longText({
    label: 'Hoe de activiteit is uitgevoerd',
    required: 'Beschrijf hoe de activiteit is uitgevoerd: aard, omvang, duur en werkwijze',
    shownWhen: carriedOutAtAll,
    input: { rows: 6 },
  }),
};

/** An activity that was not in the plan (code N1, N2, …), with the reason it was added. */
export const ADDED_ACTIVITY_FIELDS = {
  id: itemKey({ label: 'Toegevoegde activiteit' }),
  title: shortText({ label: 'Titel', required: 'Geef de toegevoegde activiteit een titel' }),
  reason: longText({ label: 'Waarom toegevoegd', required: 'Leg uit waarom deze activiteit is toegevoegd aan het plan', input: { rows: 4 } }),
  wayOfWorking: longText({ label: 'Hoe de activiteit is uitgevoerd', required: 'Beschrijf hoe de activiteit is uitgevoerd: aard, omvang, duur en werkwijze', input: { rows: 6 } }),
  targetGroupIds: choices({
    label: 'Doelgroep',
    required: 'Kies voor welke doelgroep deze activiteit was',
    options: (ctx) => ctx.scheme.targetGroups.map((g) => ({ id: g.id, label: targetGroupOptionLabel(g.id, g.shortName), hint: g.name })),
  }),
  startDate: activityDate({ label: 'Startdatum', required: 'Vul de startdatum in' }),
  endDate: activityDate({ label: 'Einddatum', required: 'Vul de einddatum in' }),
  participants: wholeNumber({ label: 'Bereikte deelnemers', required: 'Vul het aantal bereikte deelnemers in als heel getal groter dan 0' }),
  costs: euroAmount({ label: 'Werkelijke kosten', required: 'Vul de werkelijke kosten in euro’s in, bijvoorbeeld 4.500', input: { width: 'short' } }),
};

/** Whether a goal of the plan was reached. */
export const ACHIEVED = [
  { id: 'yes', label: 'Ja, gehaald' },
  { id: 'partly', label: 'Gedeeltelijk' },
  { id: 'no', label: 'Nee, niet gehaald' },
] as const;
export type Achieved = (typeof ACHIEVED)[number]['id'];

/**
 * The result of one goal of the plan (D1, D2, … as in "Aanleiding en doelen"); its plan is the goal
 * with the same id. Whether the explanation is required depends on the goal's target value (a
 * difference of more than 10 %) and on `achieved`: that check is made beside the plan, in
 * src/domain/report/goalResults.ts.
 */
export const REPORT_GOAL_FIELDS = {
  goalId: itemKey({ label: 'Doel' }),
  realisedValue: shortText({
    label: 'Gemeten waarde',
    required: 'Vul de gemeten waarde in, zoals de indicator hem meet, bijvoorbeeld 64 %',
    input: { width: 'short', autoComplete: 'off' },
  }),
  measuredDate: dateField({ label: 'Datum van de meting', required: 'Vul de datum van de meting in, bijvoorbeeld 15 7 2022' }),
  achieved: choice({ label: 'Doel gehaald?', required: 'Kies of het doel is gehaald', options: () => ACHIEVED }),
  explanation: longText({ label: 'Toelichting op het resultaat', input: { rows: 4 } }),
};

/** Nazorg after the fact: how many graduates used it, against the number the plan promised. */
export const REPORT_NAZORG_FIELDS = {
  actualUsers: wholeNumber({ label: 'Gediplomeerden die nazorg gebruikten', invalid: 'Vul het aantal gediplomeerden in als heel getal, bijvoorbeeld 150 (0 mag)' }),
  explanation: longText({ label: 'Toelichting op het aantal', input: { rows: 4 } }),
};

/** How the institution worked with one partner of the plan. */
export const REPORT_PARTNER_FIELDS = {
  partnerId: itemKey({ label: 'Partner' }),
  cooperation: longText({ label: 'Hoe wij hebben samengewerkt', required: 'Beschrijf hoe u met deze partner heeft samengewerkt', input: { rows: 4 } }),
};

/** Closing: the costs as the administration has them, and how the obligations were met. */
export const REPORT_CLOSING_FIELDS = {
  totalCosts: euroAmount({
    label: 'Totale werkelijke kosten volgens de administratie',
    required: 'Vul de totale werkelijke kosten in euro’s in, zoals uw administratie ze heeft',
    input: { width: 'medium' },
  }),
  obligations: longText({
    label: 'Hoe wij aan de verplichtingen hebben voldaan',
    required: 'Beschrijf hoe u aan de verplichtingen uit de beschikking heeft voldaan',
    input: { rows: 6 },
  }),
};

/** The report's parts, in the order of its task list. */
export const REPORT_FIELDS = {
  grant: objectField({ item: GRANT_FIELDS }),
  activities: listField({ label: 'Activiteiten', item: REPORT_ACTIVITY_FIELDS, key: 'activityId', max: LIMITS.activities, itemPage: true }),
  addedActivities: listField({ label: 'Toegevoegde activiteiten', item: ADDED_ACTIVITY_FIELDS, key: 'id', max: LIMITS.activities, itemPage: true }),
  goals: listField({ label: 'Doelen en resultaten', item: REPORT_GOAL_FIELDS, key: 'goalId', max: LIMITS.listItems }),
  nazorg: objectField({ item: REPORT_NAZORG_FIELDS }),
  partners: listField({ label: 'Samenwerking', item: REPORT_PARTNER_FIELDS, key: 'partnerId', max: LIMITS.partners }),
  closing: objectField({ item: REPORT_CLOSING_FIELDS }),
};
