import type { StepSchemaKey } from '../../schemas/application';

/**
 * The wizard's steps as pure data: order, Dutch URL slug and which step must have answers first.
 * Apart from steps.ts (their answers, from the field tables and so zod), so the start page's first
 * paint (app/StartPreview.tsx) and the routes can name the steps without loading zod. UI titles
 * live in src/text/nl.ts; src/app/pages.ts names each step's component.
 */
export const STEP_IDS = [
  'applicant',
  'targetGroups',
  'background',
  'mechanisms',
  'partners',
  'activities',
  'nazorg',
  'budget',
  'monitoring',
] as const satisfies readonly StepSchemaKey[];

export type StepId = (typeof STEP_IDS)[number];

export const STEP_SLUGS: Record<StepId, string> = {
  applicant: 'aanvrager',
  targetGroups: 'doelgroepen',
  background: 'aanleiding',
  mechanisms: 'mechanismen',
  partners: 'samenwerking',
  activities: 'activiteiten',
  nazorg: 'nazorg',
  budget: 'begroting',
  monitoring: 'monitoring',
};

/** Steps that cannot start before another step has answers ("kan nog niet"). */
export const STEP_PREREQUISITES: Record<StepId, readonly StepId[]> = {
  applicant: [],
  targetGroups: [],
  background: [],
  mechanisms: [],
  partners: [],
  activities: ['mechanisms'],
  nazorg: [],
  budget: ['activities'],
  monitoring: [],
};
