import type { Answers, DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate, TemplateLabels } from '../../schemas/template';
import { budgetTotals, type BudgetTotals } from '../domain/budget';
import type { Issue } from '../domain/issues';
import { validateDraft } from '../domain/validateDraft';

/** Everything a placeholder or a block may read; computed once per export. */
export interface RenderContext {
  draft: DraftFile;
  answers: Answers;
  scheme: Scheme;
  template: DocumentTemplate;
  labels: TemplateLabels;
  now: Date;
  appVersion: string;
  issues: Issue[];
  totals: BudgetTotals;
}

export function createRenderContext(draft: DraftFile, scheme: Scheme, template: DocumentTemplate, now: Date, appVersion: string): RenderContext {
  const answers = draft.answers;
  return {
    draft,
    answers,
    scheme,
    template,
    labels: template.labels,
    now,
    appVersion,
    issues: validateDraft(answers, scheme),
    totals: budgetTotals(answers),
  };
}
