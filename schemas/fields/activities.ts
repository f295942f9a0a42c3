import { formatEuro, parseEuroCents } from '../dutchNumber';
import { LIMITS } from '../limits';
import { MESSAGES } from '../messages';
import type { Scheme } from '../scheme';
import { euroText, joinedText, optionLabels, trimmedText } from './display';
import { listField } from './containers';
import type { AnswerContext, ObjectCheck, Option, Siblings } from './field';
import { activityDate, bookkeeping, choice, choices, euroAmount, itemKey, longText, shortText, wholeNumber } from './kinds';
import { approachOptions } from './mechanisms';

/** "1. Effectiviteit en empowerment": a mechanism as a choice, in forms and on Controleren. */
export const mechanismOptionLabel = (number: number, name: string) => `${number}. ${name}`;
/** "Doelgroep a (extra begeleiding)": a target group as a choice. */
export const targetGroupOptionLabel = (id: string, shortName: string) => `Doelgroep ${id} (${shortName.toLowerCase()})`;
/** A partner chosen for an activity before it has a name. */
export const UNNAMED_PARTNER = 'Partner zonder naam';

/** The words of a cost line shown as one line of text ("Personeel – 40 uur: € 2.600,00"). */
export const COST_LINE_WORDS = {
  line: (category: string, description: string, amount: string) => `${category} – ${description}: ${amount}`,
  noCategory: 'Soort nog niet gekozen',
  noDescription: 'Geen omschrijving',
  noAmount: 'Nog geen bedrag',
  total: 'Totaal van deze activiteit',
};

function partnerOptions(ctx: AnswerContext): Option[] {
  const partners: unknown = 'partners' in ctx.answers ? ctx.answers.partners : undefined;
  if (!Array.isArray(partners)) return [];
  return partners.flatMap((p: { id?: unknown; name?: unknown; type?: unknown }) =>
    typeof p.id === 'string'
      ? [{ id: p.id, label: trimmedText(p.name) ?? UNNAMED_PARTNER, hint: ctx.scheme.partnerTypes.find((t) => t.id === p.type)?.label }]
      : [],
  );
}

/** An activity's cost lines as lines of text, with their total. */
function costLinesText(value: unknown, ctx: AnswerContext): string | undefined {
  const lines: { category?: unknown; description?: unknown; amount?: unknown }[] = Array.isArray(value) ? value : [];
  const text = lines.map((line) =>
    COST_LINE_WORDS.line(
      optionLabels(line.category, ctx.scheme.costCategories)[0] ?? COST_LINE_WORDS.noCategory,
      trimmedText(line.description) ?? COST_LINE_WORDS.noDescription,
      euroText(line.amount) ?? COST_LINE_WORDS.noAmount,
    ),
  );
  const totalCents = lines.reduce((sum, line) => sum + (typeof line.amount === 'string' ? (parseEuroCents(line.amount) ?? 0) : 0), 0);
  if (lines.length > 0) text.push(`${COST_LINE_WORDS.total}: ${formatEuro(totalCents)}`);
  return joinedText(text, '\n');
}

/** One cost line of an activity. */
export const COST_LINE_FIELDS = {
  id: itemKey({ label: 'Kostenregel' }),
  category: choice({ label: 'Soort kosten', required: 'Kies een soort kosten', options: 'costCategories', input: { select: true } }),
  description: shortText({ label: 'Omschrijving', required: 'Beschrijf waarvoor de kosten zijn' }),
  /** Euros as typed, nl-NL ("1.250,50") or plain ("1250.5"). */
  amount: euroAmount({ label: 'Bedrag', required: 'Vul het bedrag van deze kostenregel in', input: { width: 'short' } }),
};

/** A round with one target group (or one phase) does not ask an activity's (or a goal's): it is that one. */
export const asksGroups = (scheme: Scheme) => scheme.targetGroups.length > 1;
const asksPhase = (scheme: Scheme) => scheme.phases.length > 1;

/** The target groups an activity is for: its answer, or the round's only group (then not asked). */
export function activityGroupIds(activity: { targetGroupIds?: readonly string[] }, scheme: Scheme): string[] {
  return asksGroups(scheme) ? [...(activity.targetGroupIds ?? [])] : scheme.targetGroups.map((g) => g.id);
}

/** The activity with the round's only target group filled in where the round does not ask it (for code that reads the answer itself). */
export function withRoundGroups<A extends { targetGroupIds?: readonly string[] }>(activity: A, scheme: Scheme): A {
  return asksGroups(scheme) ? activity : { ...activity, targetGroupIds: activityGroupIds(activity, scheme) };
}

/** An activity's phase: its answer, or the round's only phase (then not asked). */
export function activityPhase(activity: { phase?: string }, scheme: Scheme): string | undefined {
  return asksPhase(scheme) ? activity.phase : scheme.phases[0]?.id;
}

/**
 * Whether an activity must name a mechanism and approach: not in a phase whose data says it needs
 * none (nazorg after the diploma: warm handover and referral are no mechanism of the factsheet),
 * unless it names one anyway (then its approaches are asked too).
 */
function mechanismAsked(activity: Siblings, scheme: Scheme): boolean {
  const phase = scheme.phases.find((p) => p.id === activityPhase(activity as { phase?: string }, scheme));
  const named = Array.isArray(activity.mechanismIds) && activity.mechanismIds.length > 0;
  return phase?.mechanismRequired !== false || named;
}

const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The end date is not before the start date; the approaches belong to the activity's mechanisms. */
function activityChecks(scheme: Scheme): ObjectCheck[] {
  const approachesOf = new Map(scheme.mechanisms.map((m) => [m.id, m.approaches.map((a) => a.id)]));
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return [
    (a, report) => {
      if (isDate(a.startDate) && isDate(a.endDate) && a.endDate < a.startDate) report('endDate', MESSAGES.endBeforeStart);
      const allowed = list(a.mechanismIds).flatMap((m) => approachesOf.get(m) ?? []);
      if (list(a.mechanismIds).length > 0 && list(a.approachIds).some((ap) => !allowed.includes(ap))) report('approachIds', MESSAGES.approachNotInMechanism);
    },
  ];
}

/** One activity, on its own page: what happens, why it works, for whom and when, who does it, and what it costs. */
export const ACTIVITY_FIELDS = {
  id: itemKey({ label: 'Activiteit' }),
  title: shortText({ label: 'Titel', required: 'Geef de activiteit een titel', section: 'what' }),
  description: longText({ label: 'Beschrijving', required: 'Beschrijf wat er gebeurt bij deze activiteit', section: 'what', input: { rows: 8 } }),
  mechanismIds: choices({
    label: 'Mechanismen',
    required: 'Kies minstens één mechanisme voor deze activiteit',
    requiredWhen: mechanismAsked,
    section: 'why',
    options: (ctx) => ctx.scheme.mechanisms.map((m) => ({ id: m.id, label: mechanismOptionLabel(m.number, m.name) })),
  }),
  approachIds: choices({
    label: 'Aanpakken',
    required: 'Kies minstens één aanpak voor deze activiteit',
    requiredWhen: mechanismAsked,
    section: 'why',
    options: (ctx) => approachOptions(ctx.scheme),
  }),
  targetGroupIds: choices({
    label: 'Doelgroep',
    required: 'Kies voor welke doelgroep deze activiteit is',
    section: 'forWhom',
    inRound: asksGroups,
    options: (ctx) => ctx.scheme.targetGroups.map((g) => ({ id: g.id, label: targetGroupOptionLabel(g.id, g.shortName), hint: g.name })),
  }),
  phase: choice({ label: 'Fase', required: 'Kies wanneer de activiteit plaatsvindt', section: 'forWhom', options: 'phases', inRound: asksPhase }),
  startDate: activityDate({ label: 'Periode', required: 'Vul een startdatum in', section: 'forWhom' }),
  endDate: activityDate({ label: 'Einddatum', required: 'Vul een einddatum in', section: 'forWhom' }),
  expectedParticipants: wholeNumber({
    label: 'Verwachte deelnemers',
    required: 'Vul het verwachte aantal deelnemers in',
    invalid: 'Vul het verwachte aantal deelnemers in als heel getal groter dan 0, bijvoorbeeld 35',
    section: 'forWhom',
  }),
  responsible: shortText({ label: 'Verantwoordelijk', required: 'Vul in wie verantwoordelijk is', section: 'who', input: { width: 'medium' } }),
  partnerIds: choices({
    label: 'Partners',
    section: 'who',
    options: partnerOptions,
    // A partner that is gone (or has no name yet) is still one partner, not an id.
    display: (value, ctx) => {
      const partners = partnerOptions(ctx);
      const ids: unknown[] = Array.isArray(value) ? value : [];
      return joinedText(ids.map((id) => partners.find((p) => p.id === id)?.label ?? UNNAMED_PARTNER), '\n');
    },
  }),
  hours: wholeNumber({ label: 'Uren', invalid: 'Vul het aantal uren in als heel getal', section: 'who' }),
  costLines: listField({
    label: 'Kosten',
    item: COST_LINE_FIELDS,
    key: 'id',
    max: LIMITS.costLinesPerActivity,
    section: 'costs',
    display: costLinesText,
  }),
  /** The example this activity started from, if any (to warn when it was left unchanged). */
  fromExampleId: bookkeeping({ label: 'Het voorbeeld waarop de activiteit is gebaseerd' }),
};

/** Activiteiten: the list of activities, each edited on a page of its own. */
export const ACTIVITIES = listField({
  label: 'Activiteiten',
  item: ACTIVITY_FIELDS,
  key: 'id',
  max: LIMITS.activities,
  min: 'Voeg minstens één activiteit toe',
  itemPage: true,
  checks: activityChecks,
});
