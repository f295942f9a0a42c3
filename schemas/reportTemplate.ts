import { z } from 'zod/mini';
import { documentTemplateSchema, sectionFrom, sectionOrId, sectionSchema } from './template';

/**
 * The activiteitenverslag's Word template: the same machinery as the application's document.json
 * (sections with headings, texts with `{{placeholders}}`, computed `{"block": …}` parts, title page,
 * header, footer), with the report's own words for its tables. Which placeholders and blocks exist
 * is decided by src/document/report/; a test proves the template and the code agree.
 */

const nonEmpty = z.string().check(z.minLength(1));

export const REPORT_LABEL_KEYS = [
  'missing',
  'total',
  'code',
  'activity',
  'carriedOut',
  'plannedPeriod',
  'realisedPeriod',
  'planned',
  'realised',
  'difference',
  'differencePercent',
  'participants',
  'participantsPlanned',
  'participantsRealised',
  'costsPlanned',
  'costsRealised',
  'costLine',
  'targetGroup',
  'costCategory',
  'addedCategory',
  'wayOfWorking',
  'differencesHeading',
  'noDifferences',
  'notDoneReason',
  'periodDifference',
  'participantsDifference',
  'costsDifference',
  'explanation',
  'noExplanation',
  'reason',
  'noActivities',
  'noAdded',
  'noPartners',
  'partnerAgreements',
  'partnerCooperation',
  'nazorgPromised',
  'nazorgActual',
  'grantedAmount',
  'realisedTotal',
  'typedTotal',
  'notCarriedOut',
  'error',
  'warning',
  'noIssues',
  'activitiesComparison',
  'participantsComparison',
  'participantsPerGroup',
  'costsComparison',
  'costsPerGroup',
  'costsPerCategory',
  'costLinesOf',
  'goal',
  'targetValue',
  'realisedValue',
  'achieved',
  'goalResults',
  'goalExplanations',
  'noGoals',
  'valueOn',
  'percentagePoints',
] as const;

export const reportLabelsSchema = z.strictObject(Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, nonEmpty])) as Record<(typeof REPORT_LABEL_KEYS)[number], typeof nonEmpty>);

export const reportTemplateSchema = z.strictObject({
  ...documentTemplateSchema.shape,
  labels: reportLabelsSchema,
  sections: z.array(sectionSchema).check(z.minLength(1)),
});

export type ReportTemplate = z.infer<typeof reportTemplateSchema>;
export type ReportLabels = z.infer<typeof reportLabelsSchema>;

const roundId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

/**
 * A round's report.json as written: whole, or `basedOn` another round's report template, like
 * document.json (schemas/template.ts): each section is its own or the id of one of that round's;
 * what it leaves out (title page, header, footer) comes from that round, and its `labels` replace
 * single words.
 */
export const reportTemplateFileSchema = z.union([
  reportTemplateSchema,
  z.strictObject({
    $comment: z.optional(z.string()),
    basedOn: roundId,
    id: roundId,
    schemeId: roundId,
    title: z.optional(nonEmpty),
    labels: z.optional(z.partial(reportLabelsSchema)),
    sections: z.array(sectionOrId).check(z.minLength(1)),
    appendices: z.array(sectionOrId),
  }),
]);

export type ReportTemplateFile = z.infer<typeof reportTemplateFileSchema>;

/** A report template file as the app reads it: whole, with what it takes from the round it is based on. */
export function resolveReportTemplate(file: ReportTemplateFile, base: (schemeId: string) => ReportTemplate | undefined): ReportTemplate {
  if (!('basedOn' in file)) return file;
  const from = base(file.basedOn);
  if (!from) throw new Error(`The report template of ${file.schemeId} is based on ${file.basedOn}, which has none`);
  const section = sectionFrom(from, file.schemeId, file.basedOn);
  const { $comment: _comment, ...rest } = from;
  return reportTemplateSchema.parse({
    ...rest,
    id: file.id,
    schemeId: file.schemeId,
    title: file.title ?? from.title,
    labels: { ...from.labels, ...file.labels },
    sections: file.sections.map(section),
    appendices: file.appendices.map(section),
  } satisfies ReportTemplate);
}
