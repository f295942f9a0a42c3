import type { Answers, TargetGroupDraft } from '../../schemas/draft';
import type { StepSchemaKey } from '../../schemas/application';

/**
 * The wizard's steps as pure data: order, Dutch URL slug, which answers they hold and which step
 * must have answers first. UI titles live in src/text/nl.ts; the routes (src/routes/routeTable.ts)
 * take the slugs from here, and src/app/pages.ts names each step's component.
 */
export const STEP_IDS = [
  'applicant',
  'targetGroups',
  'mechanisms',
  'activities',
  'partners',
  'nazorg',
  'budget',
  'monitoring',
] as const satisfies readonly StepSchemaKey[];

export type StepId = (typeof STEP_IDS)[number];

export const STEP_SLUGS: Record<StepId, string> = {
  applicant: 'aanvrager',
  targetGroups: 'doelgroepen',
  mechanisms: 'mechanismen',
  activities: 'activiteiten',
  partners: 'samenwerking',
  nazorg: 'nazorg',
  budget: 'begroting',
  monitoring: 'monitoring',
};

/** Steps that cannot start before another step has answers ("kan nog niet"). */
export const STEP_PREREQUISITES: Record<StepId, readonly StepId[]> = {
  applicant: [],
  targetGroups: [],
  mechanisms: [],
  activities: ['mechanisms'],
  partners: [],
  nazorg: [],
  budget: ['activities'],
  monitoring: [],
};

/**
 * The values a step's form works on. Lists are wrapped in an object because a form's root must be
 * an object; everything else is the step's own part of the answers.
 */
export function stepValues(answers: Answers, step: StepId): Record<string, unknown> {
  switch (step) {
    case 'activities':
      return { activities: answers.activities ?? [] };
    case 'partners':
      return { partners: answers.partners ?? [] };
    case 'targetGroups':
      return { a: withChoiceLists(answers.targetGroups?.a), b: withChoiceLists(answers.targetGroups?.b) };
    case 'mechanisms':
      return { chosen: (answers.mechanisms?.chosen ?? []).map((c) => ({ ...c, approachIds: c.approachIds ?? [] })) };
    default:
      return { ...(answers[step] ?? {}) };
  }
}

/**
 * Checkbox groups start as lists: react-hook-form otherwise stores `false` for a group nobody has
 * touched yet, which the draft schema (and the Word export) cannot read.
 */
function withChoiceLists(group: TargetGroupDraft = {}): TargetGroupDraft {
  return { ...group, levels: group.levels ?? [], pathways: group.pathways ?? [], riskIndicators: group.riskIndicators ?? [] };
}

/** Whether a step holds any answer at all (for "niet begonnen"). */
export function stepHasAnswers(answers: Answers, step: StepId): boolean {
  return hasContent(stepValues(answers, step));
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** Writes a step's form values back into the answers (the inverse of stepValues). */
export function withStepValues(answers: Answers, step: StepId, values: Record<string, unknown>): Answers {
  switch (step) {
    case 'activities':
      return { ...answers, activities: values.activities as Answers['activities'] };
    case 'partners':
      return { ...answers, partners: values.partners as Answers['partners'] };
    case 'targetGroups':
      return { ...answers, targetGroups: values as Answers['targetGroups'] };
    case 'mechanisms':
      return { ...answers, mechanisms: values as Answers['mechanisms'] };
    default:
      return { ...answers, [step]: values };
  }
}
