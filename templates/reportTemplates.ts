import { reportTemplateSchema, type ReportTemplate } from '../schemas/reportTemplate';
import ebnMbo20212022 from './ebn-mbo-2021-2022/report.json';

/** The activiteitenverslag's Word templates per scheme round, parsed once. A new round adds its report.json here. */
export const REPORT_TEMPLATES: readonly ReportTemplate[] = [reportTemplateSchema.parse(ebnMbo20212022)];

export function getReportTemplate(schemeId: string): ReportTemplate {
  const template = REPORT_TEMPLATES.find((t) => t.schemeId === schemeId);
  if (!template) throw new Error(`No report template for scheme ${schemeId}`);
  return template;
}
