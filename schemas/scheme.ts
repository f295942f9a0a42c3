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
    z.object({ status: z.literal('known'), value, source: nonEmpty }),
    z.object({ status: z.literal('unknown'), note: nonEmpty }),
  ]);

/** A scheme fact as the app reads it (the output of factSchema). */
export type Fact<T> = { status: 'known'; value: T; source: string } | { status: 'unknown'; note: string };

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

export const schemeSchema = z.object({
  id: idSchema,
  name: nonEmpty,
  shortName: nonEmpty,
  /** Publication, e.g. "Stcrt. 2021, 2100". */
  citation: nonEmpty,
  issuer: nonEmpty,
  regulationDate: isoDate,
  executor: z.object({ name: z.string(), fullName: z.string(), url: z.url() }),
  applicant: z.object({ description: nonEmpty, source: nonEmpty }),
  totalBudgetEuro: factSchema(z.number().check(z.positive())),
  applicationWindow: z.object({ opens: isoDate, closes: isoDate, source: nonEmpty }),
  /** Calendar years in which activities take place. */
  activityYears: nonEmptyList(z.int().check(z.gte(2000), z.lte(2100))),
  activityPeriod: z.object({ start: factSchema(isoDate), end: factSchema(isoDate) }),
  evaluation: factSchema(nonEmpty),
  ageLimit: z.object({
    /** Participants must be younger than this age. */
    under: z.int().check(z.positive()),
    source: nonEmpty,
    referenceDate: factSchema(nonEmpty),
  }),
  maxSubsidyPerInstitution: factSchema(z.number().check(z.positive())),
  eligibleCosts: factSchema(nonEmpty),
  cofinancing: factSchema(nonEmpty),
  reporting: factSchema(nonEmpty),
  bothGroupsRequired: z.boolean(),
  targetGroups: nonEmptyList(
    z.object({
      id: targetGroupIdSchema,
      name: nonEmpty,
      shortName: nonEmpty,
      description: nonEmpty,
      phase: phaseIdSchema,
      notInScope: z.optional(z.string()),
    }),
  ),
  riskIndicators: nonEmptyList(
    z.extend(labelled(idSchema), { requiresExplanation: z._default(z.boolean(), false), source: nonEmpty }),
  ),
  levels: nonEmptyList(labelled(levelIdSchema)),
  pathways: nonEmptyList(labelled(pathwayIdSchema)),
  phases: nonEmptyList(labelled(phaseIdSchema)),
  costCategories: nonEmptyList(labelled(costCategoryIdSchema)),
  partnerTypes: nonEmptyList(z.extend(labelled(idSchema), { namedInRegulation: z.boolean() })),
  mechanisms: nonEmptyList(mechanismSchema),
});

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeInput = z.input<typeof schemeSchema>;
export type Mechanism = z.infer<typeof mechanismSchema>;
export type Approach = z.infer<typeof approachSchema>;
export type SchemeId = Scheme['id'];
