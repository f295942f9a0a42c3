import { z } from 'zod/mini';
import { LIMITS } from './limits';
import { MESSAGES } from './messages';
import { parseEuroCents, parseWholeNumber } from './dutchNumber';
import type { Scheme } from './scheme';
import { joinDutch } from './dutchText';
import {
  activityDraftSchema,
  applicantDraftSchema,
  budgetDraftSchema,
  monitoringDraftSchema,
  nazorgDraftSchema,
  partnerDraftSchema,
  targetGroupDraftSchema,
} from './draft';

/**
 * The strict application: what a complete answer per step must satisfy. Each schema checks the
 * draft's own shape (answers stay as typed), so react-hook-form can use it through zodResolver
 * and the same schema decides the task-list status and the Word draft's "Openstaande punten".
 * Checks across steps live in src/domain/coherence.ts.
 */

const text = (message: string, max: number = LIMITS.longText) =>
  z.string({ error: message }).check(z.trim(), z.minLength(1, message), z.maxLength(max));
const shortText = (message: string) => text(message, LIMITS.shortText);

const wholeNumber = (message: string) =>
  z.string({ error: message }).check(z.refine((v) => (parseWholeNumber(v) ?? 0) > 0, message));

const euroPositive = (message: string) =>
  z.string({ error: message }).check(
    z.superRefine((v, ctx) => {
      const cents = parseEuroCents(v);
      if (cents === undefined) ctx.addIssue({ code: 'custom', message: v.trim() === '' ? message : MESSAGES.euro });
      else if (cents <= 0) ctx.addIssue({ code: 'custom', message: MESSAGES.euroPositive });
    }),
  );

/**
 * Cross-field checks run even while other fields of the same object are still wrong, so the user
 * sees every problem of a step after one submit (zod skips them by default after earlier issues).
 * The functions therefore read their fields defensively.
 */
const evenWithOtherIssues = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Dutch phone numbers: 10 digits starting with 0, or +31 / 0031 and 9 digits. */
export const DUTCH_PHONE = /^(?:\+31|0031|0)[1-9]\d{8}$/;
/** A pragmatic e-mail check (zod's own e-mail pattern, stated here so it reads the same everywhere). */
export const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
/** BRIN: two digits and two letters (e.g. 25LX). */
export const BRIN = /^\d{2}[A-Za-z]{2}$/;

export const applicantStepSchema = z.extend(applicantDraftSchema, {
  institutionName: shortText(MESSAGES.institutionName),
  brin: z.string({ error: MESSAGES.brin }).check(z.trim(), z.regex(BRIN, MESSAGES.brin)),
  bevoegdGezag: shortText(MESSAGES.bevoegdGezag),
  contactName: shortText(MESSAGES.contactName),
  contactEmail: z.string({ error: MESSAGES.contactEmail }).check(z.trim(), z.regex(EMAIL, MESSAGES.contactEmail)),
  contactPhone: z
    .string({ error: MESSAGES.contactPhone })
    .check(z.refine((v) => DUTCH_PHONE.test(v.replace(/[\s\-().]/g, '')), MESSAGES.contactPhone)),
  signatoryName: shortText(MESSAGES.signatoryName),
  signatoryRole: shortText(MESSAGES.signatoryRole),
});

const oneOf = (allowed: readonly string[], minMessage: string) =>
  z
    .array(z.string(), { error: minMessage })
    .check(z.minLength(1, minMessage), z.refine((values) => values.every((v) => allowed.includes(v)), MESSAGES.unknownChoice));

/** The strict schemas per step, for one scheme round (choices come from the scheme data). */
export function createStepSchemas(scheme: Scheme) {
  const targetGroup = z
    .extend(targetGroupDraftSchema, {
      expectedCount: wholeNumber(MESSAGES.wholeNumber),
      levels: oneOf(scheme.levels.map((l) => l.id), MESSAGES.levels),
      pathways: oneOf(scheme.pathways.map((p) => p.id), MESSAGES.pathways),
      sectors: text(MESSAGES.sectors),
      riskIndicators: oneOf(scheme.riskIndicators.map((r) => r.id), MESSAGES.riskIndicators),
      selection: text(MESSAGES.selection),
      ageConfirmed: z.literal(true, { error: MESSAGES.ageConfirmed(scheme.ageLimit.under) }),
    })
    .check(
      z.superRefine((group, ctx) => {
        const needsExplanation = scheme.riskIndicators.filter((r) => r.requiresExplanation).map((r) => r.id);
        const chosen = list(group.riskIndicators).some((r) => needsExplanation.includes(r));
        if (chosen && !(typeof group.otherRiskExplanation === 'string' && group.otherRiskExplanation.trim())) {
          ctx.addIssue({ code: 'custom', path: ['otherRiskExplanation'], message: MESSAGES.otherRiskExplanation });
        }
      }, evenWithOtherIssues),
    );

  const approachesOf = new Map(scheme.mechanisms.map((m) => [m.id, m.approaches.map((a) => a.id)]));
  const allApproaches = [...approachesOf.values()].flat();
  const years = scheme.activityYears;
  const yearsText = activityYearsText(scheme);
  const inActivityYears = (date: string) => years.includes(Number(date.slice(0, 4)));

  const mechanismChoice = z
    .object({
      mechanismId: z.string().check(z.refine((id) => approachesOf.has(id), MESSAGES.unknownChoice)),
      approachIds: z.array(z.string(), { error: MESSAGES.approachesChosen }).check(z.minLength(1, MESSAGES.approachesChosen)),
      rationale: text(MESSAGES.rationale),
    })
    .check(
      z.superRefine((choice, ctx) => {
        const allowed = approachesOf.get(choice.mechanismId) ?? [];
        if (list(choice.approachIds).some((a) => !allowed.includes(a))) {
          ctx.addIssue({ code: 'custom', path: ['approachIds'], message: MESSAGES.approachNotInMechanism });
        }
      }, evenWithOtherIssues),
    );

  const costLine = z.object({
    id: z.string(),
    category: z
      .string({ error: MESSAGES.costCategory })
      .check(z.refine((c) => scheme.costCategories.some((k) => k.id === c), MESSAGES.costCategory)),
    description: shortText(MESSAGES.costDescription),
    amount: euroPositive(MESSAGES.euro),
  });

  const activityDate = (message: string) =>
    // abort: an empty or unreadable date gets one message, not also "choose a date in 2021 or 2022".
    z.iso.date({ error: message, abort: true }).check(z.refine(inActivityYears, MESSAGES.dateOutsideYears(yearsText)));

  const activity = z
    .extend(activityDraftSchema, {
      title: shortText(MESSAGES.activityTitle),
      description: text(MESSAGES.activityDescription),
      mechanismIds: oneOf([...approachesOf.keys()], MESSAGES.activityMechanisms),
      approachIds: oneOf(allApproaches, MESSAGES.activityApproaches),
      targetGroupIds: oneOf(scheme.targetGroups.map((g) => g.id), MESSAGES.activityTargetGroups),
      phase: z
        .string({ error: MESSAGES.activityPhase })
        .check(z.refine((p) => scheme.phases.some((k) => k.id === p), MESSAGES.activityPhase)),
      startDate: activityDate(MESSAGES.startDate),
      endDate: activityDate(MESSAGES.endDate),
      expectedParticipants: wholeNumber(MESSAGES.expectedParticipants),
      responsible: shortText(MESSAGES.responsible),
      hours: z.optional(
        z.string().check(z.refine((h) => h.trim() === '' || parseWholeNumber(h) !== undefined, MESSAGES.hours)),
      ),
      costLines: z.optional(z.array(costLine)),
    })
    .check(
      z.superRefine((a, ctx) => {
        const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
        if (isDate(a.startDate) && isDate(a.endDate) && a.endDate < a.startDate) {
          ctx.addIssue({ code: 'custom', path: ['endDate'], message: MESSAGES.endBeforeStart });
        }
        const allowed = list(a.mechanismIds).flatMap((m) => approachesOf.get(m) ?? []);
        if (list(a.mechanismIds).length > 0 && list(a.approachIds).some((ap) => !allowed.includes(ap))) {
          ctx.addIssue({ code: 'custom', path: ['approachIds'], message: MESSAGES.approachNotInMechanism });
        }
      }, evenWithOtherIssues),
    );

  const partner = z.extend(partnerDraftSchema, {
    type: z
      .string({ error: MESSAGES.partnerType })
      .check(z.refine((t) => scheme.partnerTypes.some((p) => p.id === t), MESSAGES.partnerType)),
    name: shortText(MESSAGES.partnerName),
    role: text(MESSAGES.partnerRole),
    agreements: text(MESSAGES.partnerAgreements),
  });

  return {
    applicant: applicantStepSchema,
    targetGroups: z.object({ a: targetGroup, b: targetGroup }),
    mechanisms: z.object({
      chosen: z.array(mechanismChoice, { error: MESSAGES.mechanismsChosen }).check(z.minLength(1, MESSAGES.mechanismsChosen)),
    }),
    /** One activity on its own page ("#/activiteiten/<id>"). */
    activity,
    activities: z.object({
      activities: z.array(activity, { error: MESSAGES.activitiesMin }).check(z.minLength(1, MESSAGES.activitiesMin)),
    }),
    partners: z.object({
      partners: z.array(partner, { error: MESSAGES.partnersMin }).check(z.minLength(1, MESSAGES.partnersMin)),
    }),
    nazorg: z.extend(nazorgDraftSchema, {
      contactMethod: text(MESSAGES.nazorgContact),
      duration: shortText(MESSAGES.nazorgDuration),
      handover: text(MESSAGES.nazorgHandover),
      expectedUsers: wholeNumber(MESSAGES.nazorgExpectedUsers),
    }),
    budget: z
      .extend(budgetDraftSchema, {
        requestedAmount: euroPositive(MESSAGES.euro),
        hasCofinancing: z.enum(['yes', 'no'], { error: MESSAGES.hasCofinancing }),
      })
      .check(
        z.superRefine((b, ctx) => {
          if (b.hasCofinancing !== 'yes') return;
          const cents = typeof b.cofinancingAmount === 'string' ? parseEuroCents(b.cofinancingAmount) : undefined;
          if (cents === undefined || cents <= 0) {
            ctx.addIssue({ code: 'custom', path: ['cofinancingAmount'], message: MESSAGES.cofinancingAmount });
          }
          if (!(typeof b.cofinancingSource === 'string' && b.cofinancingSource.trim())) {
            ctx.addIssue({ code: 'custom', path: ['cofinancingSource'], message: MESSAGES.cofinancingSource });
          }
        }, evenWithOtherIssues),
      ),
    monitoring: z.extend(monitoringDraftSchema, {
      indicators: text(MESSAGES.monitoringIndicators),
      registration: text(MESSAGES.monitoringRegistration),
      comparison: text(MESSAGES.monitoringComparison),
    }),
  } as const;
}

export type StepSchemas = ReturnType<typeof createStepSchemas>;
export type StepSchemaKey = keyof StepSchemas;

/** "2021 of 2022": the years in which the scheme's activities take place, as messages and hints say them. */
export function activityYearsText(scheme: Scheme): string {
  return joinDutch(scheme.activityYears.map(String), 'of');
}
