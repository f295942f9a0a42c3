import { z } from 'zod/mini';
import { documentTemplateSchema, sectionSchema } from './template';

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
] as const;

export const reportLabelsSchema = z.strictObject(Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, nonEmpty])) as Record<(typeof REPORT_LABEL_KEYS)[number], typeof nonEmpty>);

export const reportTemplateSchema = z.strictObject({
  ...documentTemplateSchema.shape,
  labels: reportLabelsSchema,
  sections: z.array(sectionSchema).check(z.minLength(1)),
});

export type ReportTemplate = z.infer<typeof reportTemplateSchema>;
export type ReportLabels = z.infer<typeof reportLabelsSchema>;
