import { reportTemplateFileSchema, resolveReportTemplate, type ReportTemplate } from '../schemas/reportTemplate';
import ebnMbo20212022 from './ebn-mbo-2021-2022/report.json';
import nazorgMbo20222023 from './nazorg-mbo-2022-2023/report.json';
import nazorgMbo20222024 from './nazorg-mbo-2022-2024/report.json';
import nazorgMbo20242025 from './nazorg-mbo-2024-2025/report.json';

/**
 * The activiteitenverslag's Word templates per scheme round, parsed once. A new round adds its
 * report.json here; it may take sections from an earlier round's (`basedOn`, schemas/reportTemplate.ts).
 */
export const REPORT_TEMPLATES: readonly ReportTemplate[] = (() => {
  const templates: ReportTemplate[] = [];
  for (const json of [ebnMbo20212022, nazorgMbo20222023, nazorgMbo20222024, nazorgMbo20242025]) {
    templates.push(resolveReportTemplate(reportTemplateFileSchema.parse(json), (id) => templates.find((t) => t.schemeId === id)));
  }
  return templates;
})();

export function getReportTemplate(schemeId: string): ReportTemplate {
  const template = REPORT_TEMPLATES.find((t) => t.schemeId === schemeId);
  if (!template) throw new Error(`No report template for scheme ${schemeId}`);
  return template;
}
