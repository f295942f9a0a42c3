import type { Answers, DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { Guidance } from '../../schemas/guidance';
import { getGuidance } from '../../templates/guidance';
import type { DocumentTemplate, TemplateLabels } from '../../schemas/template';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import { budgetTotals, type BudgetTotals } from '../domain/budget';
import type { Issue } from '../domain/issues';
import { validateDraftWithAdvice } from '../domain/validateDraft';

/** Everything a placeholder or a block may read; computed once per export. */
export interface RenderContext {
  draft: DraftFile;
  answers: Answers;
  scheme: Scheme;
  /** Evidence, tips and sources of the scheme round. */
  guidance: Guidance;
  template: DocumentTemplate;
  labels: TemplateLabels;
  now: Date;
  appVersion: string;
  issues: Issue[];
  totals: BudgetTotals;
  /** The round's field table: which answers have placeholders, and where. */
  fields: ApplicationFields;
}

export function createRenderContext(
  draft: DraftFile,
  scheme: Scheme,
  template: DocumentTemplate,
  now: Date,
  appVersion: string,
  fields: ApplicationFields = applicationFields(scheme),
): RenderContext {
  const answers = draft.answers;
  const guidance = getGuidance(scheme.id);
  return {
    draft,
    answers,
    scheme,
    guidance,
    template,
    labels: template.labels,
    now,
    appVersion,
    issues: validateDraftWithAdvice(answers, scheme, guidance),
    totals: budgetTotals(answers, scheme),
    fields,
  };
}
