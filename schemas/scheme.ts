import { z } from 'zod/mini';

const nonEmpty = z.string().check(z.minLength(1));
const nonEmptyList = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/** ISO-8601 calendar date, e.g. "2021-01-22". */
const isoDate = z.iso.date();

/**
 * A fact of the scheme that is either known (with its source) or explicitly unknown.
 * The app must never invent an unknown fact: it shows "niet bekend — controleer bij DUS-I".
 */
export const factSchema = <T extends z.ZodMiniType>(value: T) =>
  z.discriminatedUnion('status', [
    /** `uncertain`: the value comes from a source that is not the regulation itself; says why it is not certain (shown as "Niet zeker"). */
    z.object({ status: z.literal('known'), value, source: nonEmpty, uncertain: z.optional(nonEmpty) }),
    z.object({ status: z.literal('unknown'), note: nonEmpty }),
  ]);

/** A scheme fact as the app reads it (the output of factSchema). */
export type Fact<T> = { status: 'known'; value: T; source: string; uncertain?: string } | { status: 'unknown'; note: string };

const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lowercase letters, digits and dashes'));

export const targetGroupIdSchema = z.enum(['a', 'b']);
export type TargetGroupId = z.infer<typeof targetGroupIdSchema>;

export const phaseIdSchema = z.enum(['final-year', 'aftercare']);
export type PhaseId = z.infer<typeof phaseIdSchema>;

export const costCategoryIdSchema = z.enum(['staff', 'third-party', 'material', 'other']);
export type CostCategoryId = z.infer<typeof costCategoryIdSchema>;

export const levelIdSchema = z.enum(['entree', '2', '3', '4']);
export const pathwayIdSchema = z.enum(['bol', 'bbl']);

const labelled = <T extends z.ZodMiniType>(id: T) => z.object({ id, label: nonEmpty, hint: z.optional(z.string()) });

export const approachSchema = z.object({
  id: idSchema,
  name: nonEmpty,
});

export const mechanismSchema = z.object({
  id: idSchema,
  /** Number in the factsheet (1–7). */
  number: z.int().check(z.positive()),
  name: nonEmpty,
  approaches: nonEmptyList(approachSchema),
});

/** A condition of the round: what it asks, in Dutch (B1), and where that is written. */
const conditionSchema = z.object({ text: nonEmpty, source: nonEmpty, uncertain: z.optional(nonEmpty) });

/** One period in which applications can be made. */
const applicationWindowSchema = z.object({
  /** e.g. "Eerste aanvraagtijdvak". */
  name: nonEmpty,
  opens: isoDate,
  /** The last day (tot en met), or unknown with a note. */
  closes: z.union([isoDate, z.object({ status: z.literal('unknown'), note: nonEmpty })]),
  /** When the window applies only under a condition, e.g. "Alleen als er na het eerste tijdvak nog geld over was". */
  condition: z.optional(nonEmpty),
  source: nonEmpty,
  /** Why the dates are not certain, if they are not. */
  uncertain: z.optional(nonEmpty),
});

export const schemeSchema = z.object({
  id: idSchema,
  name: nonEmpty,
  shortName: nonEmpty,
  /** Publication, e.g. "Stcrt. 2021, 2100". */
  citation: nonEmpty,
  /** What the sources do not say about the publication (the application cites `citation`; this goes to the open points). */
  citationNote: z.optional(nonEmpty),
  issuer: nonEmpty,
  /** Absent when not known (then the round's facts say what is). */
  regulationDate: z.optional(isoDate),
  executor: z.object({ name: z.string(), fullName: z.string(), url: z.url() }),
  applicant: z.object({ description: nonEmpty, source: nonEmpty }),
  totalBudgetEuro: factSchema(z.number().check(z.positive())),
  /** The periods in which applications could be made, in order (a later one may depend on money left). */
  applicationWindows: nonEmptyList(applicationWindowSchema),
  /** Calendar years in which activities take place. */
  activityYears: nonEmptyList(z.int().check(z.gte(2000), z.lte(2100))),
  activityPeriod: z.object({
    /** The first day activities may take place; with `startsAfterApplication`, the earliest such day. */
    start: factSchema(isoDate),
    end: factSchema(isoDate),
    /** The period starts the day after the application is filed (its source). */
    startsAfterApplication: z.optional(nonEmpty),
  }),
  evaluation: factSchema(nonEmpty),
  ageLimit: z.object({
    /** Participants must be younger than this age. */
    under: z.int().check(z.positive()),
    source: nonEmpty,
    /** Why the age limit is not certain for this round, if it is not. */
    uncertain: z.optional(nonEmpty),
    referenceDate: factSchema(nonEmpty),
  }),
  maxSubsidyPerInstitution: factSchema(z.number().check(z.positive())),
  eligibleCosts: factSchema(nonEmpty),
  cofinancing: factSchema(nonEmpty),
  reporting: factSchema(nonEmpty),
  /** The last day to report on the activities (the verantwoording). */
  reportingDeadline: factSchema(isoDate),
  bothGroupsRequired: z.boolean(),
  /**
   * What this round demands beyond the application itself. Each one present adds its question to
   * the form, its check and its text in the document; absent means the round does not say so.
   */
  conditions: z._default(
    z.object({
      /** The institution may not charge graduates, parents or carers for nazorg. */
      noFee: z.optional(conditionSchema),
      /** Nazorg consists at least of personal, direct contact between graduate and institution. */
      personalContact: z.optional(conditionSchema),
      /** Inspanningsverplichting: a demonstrable effort that the expected number of graduates named in the application uses nazorg. */
      expectedGraduatesBinding: z.optional(conditionSchema),
      /** Graduates are students or extranei who got their mbo diploma at this institution. */
      diplomaAtInstitution: z.optional(conditionSchema),
    }),
    {},
  ),
  targetGroups: nonEmptyList(
    z.object({
      id: targetGroupIdSchema,
      name: nonEmpty,
      shortName: nonEmpty,
      description: nonEmpty,
      phase: phaseIdSchema,
      notInScope: z.optional(z.string()),
      /** Where the group is defined. */
      source: z.optional(nonEmpty),
    }),
  ),
  riskIndicators: nonEmptyList(
    z.extend(labelled(idSchema), { requiresExplanation: z._default(z.boolean(), false), source: nonEmpty }),
  ),
  levels: nonEmptyList(labelled(levelIdSchema)),
  pathways: nonEmptyList(labelled(pathwayIdSchema)),
  phases: nonEmptyList(
    z.extend(labelled(phaseIdSchema), {
      /**
       * Whether an activity of this phase must say which mechanism it builds on. Nazorg after the
       * diploma (warm handover, referral) is not one of the factsheet's mechanisms: false there.
       */
      mechanismRequired: z._default(z.boolean(), true),
    }),
  ),
  costCategories: nonEmptyList(labelled(costCategoryIdSchema)),
  partnerTypes: nonEmptyList(z.extend(labelled(idSchema), { namedInRegulation: z.boolean() })),
  mechanisms: nonEmptyList(mechanismSchema),
});

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeInput = z.input<typeof schemeSchema>;
export type Mechanism = z.infer<typeof mechanismSchema>;
export type Approach = z.infer<typeof approachSchema>;
export type SchemeId = Scheme['id'];
export type ApplicationWindow = Scheme['applicationWindows'][number];
export type SchemeConditions = Scheme['conditions'];
export type SchemeCondition = z.infer<typeof conditionSchema>;
