import { z } from 'zod/mini';
import { phaseIdSchema, targetGroupIdSchema } from './scheme';

/**
 * The guidance of a scheme round: the evidence and tips behind each mechanism (factsheet), example
 * activities, advice from the evidence, the practice examples and the sources. Long texts, so they live apart from the scheme's facts and
 * load with the steps and the Word export, not with the first page.
 */

const nonEmpty = z.string().check(z.minLength(1));
const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

export const sourceSchema = z.object({
  id: idSchema,
  /** Its title; for a work without one (`untitled`), a description of it. */
  title: nonEmpty,
  /** The work has no title of its own: `title` describes it, and is shown in square brackets, not as a title. */
  untitled: z.optional(z.boolean()),
  /** How the application cites it in a sentence, e.g. "factsheet" → "(factsheet)". Defaults to its title. */
  citation: z.optional(nonEmpty),
  publisher: z.optional(z.string()),
  url: z.optional(z.url()),
});

export const practiceExampleSchema = z.object({
  id: idSchema,
  name: nonEmpty,
  summary: nonEmpty,
  lessons: z.array(nonEmpty),
  sourceId: idSchema,
});

export const approachGuidanceSchema = z.object({
  /** What the approach means in practice, in our own Dutch wording true to the factsheet. */
  description: nonEmpty,
  /** One sentence for the application, in wij-form: what the institution does when it chooses this approach. */
  applicationText: nonEmpty,
  tips: z._default(z.array(nonEmpty), []),
});

export const mechanismGuidanceSchema = z.object({
  /** One sentence: what the mechanism does for the student. */
  summary: nonEmpty,
  /**
   * The evidence in one or two neutral sentences for the application, cited to the primary source
   * (the long `evidence` is the app's).
   */
  applicationEvidence: nonEmpty,
  /** "Hoe werkt het?": the evidence, as short paragraphs. */
  evidence: z.array(nonEmpty).check(z.minLength(1)),
  tips: z.array(nonEmpty),
  sourceIds: z.array(idSchema).check(z.minLength(1)),
  approaches: z.record(idSchema, approachGuidanceSchema),
});

export const exampleActivitySchema = z.object({
  id: idSchema,
  title: nonEmpty,
  description: nonEmpty,
  mechanismIds: z.array(idSchema).check(z.minLength(1)),
  approachIds: z.array(idSchema).check(z.minLength(1)),
  targetGroupIds: z.array(targetGroupIdSchema).check(z.minLength(1)),
  phase: phaseIdSchema,
  partnerTypeIds: z._default(z.array(idSchema), []),
});

/** A warning from the evidence, raised when an activity under `mechanismId` mentions one of the words. */
export const evidenceWarningSchema = z.object({
  id: idSchema,
  mechanismId: idSchema,
  /** Lower-case fragments matched against an activity's title and description. */
  matchAny: z.array(nonEmpty).check(z.minLength(1)),
  message: nonEmpty,
});

export const guidanceSchema = z.object({
  schemeId: idSchema,
  /** The source the guidance rests on (the factsheet), named first and on the title page. */
  primarySourceId: idSchema,
  mechanisms: z.record(idSchema, mechanismGuidanceSchema),
  /** Examples a project leader can start an activity from. */
  exampleActivities: z.array(exampleActivitySchema),
  /** Advice from the evidence, e.g. speeddates under "elkaar leren kennen op de werkvloer". */
  evidenceWarnings: z.array(evidenceWarningSchema),
  practiceExamples: z.array(practiceExampleSchema),
  /** Sources for labour-market information named by DUS-I. */
  labourMarketSources: z.array(z.object({ name: z.string(), url: z.url() })),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

/**
 * A round's guidance.json as written: whole, or `basedOn` another round's. Then what it leaves out
 * comes from that round (the factsheet's mechanisms, the warnings, the labour-market sources), of
 * that round's example activities and practice examples only those it names, and its own sources
 * replace the other round's with the same id (its own regulation) or come after them. So a round
 * that shares the factsheet does not copy it.
 */
export const guidanceFileSchema = z.object({
  schemeId: idSchema,
  basedOn: z.optional(
    z.object({
      $comment: z.optional(z.string()),
      schemeId: idSchema,
      exampleActivities: z._default(z.array(idSchema), []),
      practiceExamples: z._default(z.array(idSchema), []),
    }),
  ),
  primarySourceId: z.optional(idSchema),
  mechanisms: z.optional(z.record(idSchema, mechanismGuidanceSchema)),
  exampleActivities: z._default(z.array(exampleActivitySchema), []),
  evidenceWarnings: z.optional(z.array(evidenceWarningSchema)),
  practiceExamples: z._default(z.array(practiceExampleSchema), []),
  labourMarketSources: z.optional(z.array(z.object({ name: z.string(), url: z.url() }))),
  sources: z._default(z.array(sourceSchema), []),
});

export type GuidanceFile = z.infer<typeof guidanceFileSchema>;

/** A guidance file as the app reads it: whole, with what it takes from the round it is based on. */
export function resolveGuidance(file: GuidanceFile, base: (schemeId: string) => Guidance | undefined): Guidance {
  if (!file.basedOn) return guidanceSchema.parse(file);
  const from = base(file.basedOn.schemeId);
  if (!from) throw new Error(`Guidance of ${file.schemeId} is based on ${file.basedOn.schemeId}, which has none`);
  const pick = <T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] =>
    ids.map((id) => {
      const item = items.find((i) => i.id === id);
      if (!item) throw new Error(`Guidance of ${file.schemeId}: ${id} is not in ${file.basedOn?.schemeId}`);
      return item;
    });
  return guidanceSchema.parse({
    schemeId: file.schemeId,
    primarySourceId: file.primarySourceId ?? from.primarySourceId,
    mechanisms: file.mechanisms ?? from.mechanisms,
    exampleActivities: [...pick(from.exampleActivities, file.basedOn.exampleActivities), ...file.exampleActivities],
    evidenceWarnings: file.evidenceWarnings ?? from.evidenceWarnings,
    practiceExamples: [...pick(from.practiceExamples, file.basedOn.practiceExamples), ...file.practiceExamples],
    labourMarketSources: file.labourMarketSources ?? from.labourMarketSources,
    sources: [...from.sources.map((s) => file.sources.find((o) => o.id === s.id) ?? s), ...file.sources.filter((s) => !from.sources.some((b) => b.id === s.id))],
  } satisfies Guidance);
}

export type Guidance = z.infer<typeof guidanceSchema>;
export type MechanismGuidance = z.infer<typeof mechanismGuidanceSchema>;
export type ApproachGuidance = z.infer<typeof approachGuidanceSchema>;
export type PracticeExample = z.infer<typeof practiceExampleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ExampleActivity = z.infer<typeof exampleActivitySchema>;
export type EvidenceWarning = z.infer<typeof evidenceWarningSchema>;
