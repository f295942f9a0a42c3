import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { chosenList, type StepSchemas } from '../../schemas/application';
import type { Answers } from '../../schemas/draft';
import { ACTIVITIES } from '../../schemas/fields/activities';
import { MECHANISMS } from '../../schemas/fields/mechanisms';
import { PARTNERS } from '../../schemas/fields/partners';
import type { QuestionTree } from '../../schemas/fields/questions';
import type { ApplicationFields } from '../../schemas/fields/steps';
import { formDefaults, stepValues, type StepId } from '../domain/steps';
import { formFields, type FormTable } from './formFields';

/** The values of a step's form (and of one activity's page), as its strict schema reads them. */
export type FormValues<K extends keyof StepSchemas> = z.input<StepSchemas[K]>;

/**
 * A step's form values from the draft, when the form opens: the draft's answers are exactly what
 * the step's schema reads (schemas/draft.ts and application.ts derive from one field table), each
 * step checked here by the compiler.
 */
export const STEP_DEFAULTS: { readonly [K in StepId]: (answers: Answers) => DefaultValues<FormValues<K>> } = {
  applicant: (answers) => stepValues(answers, 'applicant'),
  targetGroups: (answers) => stepValues(answers, 'targetGroups'),
  background: (answers) => stepValues(answers, 'background'),
  mechanisms: (answers) => stepValues(answers, 'mechanisms'),
  activities: (answers) => stepValues(answers, 'activities'),
  partners: (answers) => stepValues(answers, 'partners'),
  nazorg: (answers) => stepValues(answers, 'nazorg'),
  budget: (answers) => stepValues(answers, 'budget'),
  monitoring: (answers) => stepValues(answers, 'monitoring'),
};

/** One activity's form values on its own page (its checkbox groups and cost lines as lists). */
export function activityDefaults(activity: NonNullable<Answers['activities']>[number]): DefaultValues<FormValues<'activity'>> {
  return { ...activity, ...formDefaults(ACTIVITIES.item, activity) };
}

/** One partner's form values on its own page. */
export function partnerDefaults(partner: NonNullable<Answers['partners']>[number]): DefaultValues<FormValues<'partner'>> {
  return { ...partner, ...formDefaults(PARTNERS.item, partner) };
}

/** One chosen mechanism's form values on its own page (its approaches as a list). */
export function mechanismDefaults(choice: NonNullable<NonNullable<Answers['mechanisms']>['chosen']>[number]): DefaultValues<FormValues<'mechanism'>> {
  return { ...choice, ...formDefaults(MECHANISMS.item.chosen.item, choice) };
}

/** Where a step's form fields are in a field table: its object, its part per target group, or `{ <step>: list }`. */
export const stepTable =
  (step: StepId) =>
  (fields: ApplicationFields): FormTable => {
    const container = fields[step];
    if (container.type === 'groups') return { kind: 'groups', item: container.item };
    return { kind: 'object', fields: container.type === 'list' ? { [step]: container } : container.item };
  };

/** The typed field components of a step's form. */
export const stepFields = <K extends StepId>(step: K, questions: QuestionTree) => formFields<FormValues<K>>(stepTable(step), questions);

/** The typed field components of one activity's page. */
export const activityFields = (questions: QuestionTree) =>
  formFields<FormValues<'activity'>>((fields) => ({ kind: 'object', fields: fields.activities.item }), questions);

/** The typed field components of one partner's page. */
export const partnerFields = (questions: QuestionTree) =>
  formFields<FormValues<'partner'>>((fields) => ({ kind: 'object', fields: fields.partners.item }), questions);

/** The typed field components of one chosen mechanism's page. */
export const mechanismFields = (questions: QuestionTree) => formFields<FormValues<'mechanism'>>((fields) => ({ kind: 'object', fields: chosenList(fields).item }), questions);
