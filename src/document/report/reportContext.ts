import { withRoundGroups } from '../../../schemas/fields/activities';
import type { DraftFile } from '../../../schemas/draft';
import type { ReportLabels, ReportTemplate } from '../../../schemas/reportTemplate';
import type { Scheme } from '../../../schemas/scheme';
import { getDocumentTemplate } from '../../../templates/documentTemplates';
import { addedActivities, compareActivities, reportTotals, type ActivityComparison, type AddedComparison, type ReportTotals } from '../../domain/report/planVsRealised';
import { compareGoals, type GoalComparison } from '../../domain/report/goalResults';
import { reportIssues, type ReportIssue } from '../../domain/report/reportChecks';
import { createRenderContext, type RenderContext } from '../renderContext';

/** Everything the report's placeholders and blocks read; computed once per export. */
export interface ReportContext {
  /** The application's context (its answers, bindings and blocks such as the applicant table). */
  app: RenderContext;
  draft: DraftFile;
  scheme: Scheme;
  template: ReportTemplate;
  labels: ReportLabels;
  comparisons: ActivityComparison[];
  added: AddedComparison[];
  totals: ReportTotals;
  /** The plan's goals (D1, D2, …) against their results. */
  goals: GoalComparison[];
  issues: ReportIssue[];
}

export function createReportContext(draft: DraftFile, scheme: Scheme, template: ReportTemplate, now: Date, appVersion: string): ReportContext {
  // In a round with one target group an activity names none: it is for that group.
  const comparisons = compareActivities({ ...draft.answers, activities: draft.answers.activities?.map((a) => withRoundGroups(a, scheme)) }, draft.report);
  const added = addedActivities(draft.report);
  return {
    app: createRenderContext(draft, scheme, getDocumentTemplate(scheme.id), now, appVersion),
    draft,
    scheme,
    template,
    labels: template.labels,
    comparisons,
    added,
    totals: reportTotals(draft.answers, comparisons, added),
    goals: compareGoals(draft.answers, draft.report),
    issues: reportIssues(draft, scheme),
  };
}
