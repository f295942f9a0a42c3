import type { Answers } from '../../schemas/draft';
import type { Fields, ListField } from '../../schemas/fields/field';
import { STEP_FIELDS, type StepFields } from '../../schemas/fields/steps';
import { type StepId } from './stepIds';

/**
 * The wizard's steps: their ids, slugs and prerequisites (stepIds.ts, free of zod), and which
 * answers they hold, from the field tables (schemas/fields/steps.ts).
 */
export { STEP_IDS, STEP_SLUGS, STEP_PREREQUISITES, type StepId } from './stepIds';

/** A step's form values: its part of the answers, a list step's list as `{ <step>: [...] }` (a form's root is an object). */
export type StepValues<K extends StepId> = StepFields[K] extends ListField ? { [P in K]: NonNullable<Answers[K]> } : NonNullable<Answers[K]>;

/**
 * The values a step's form works on, from the answers. Checkbox groups and lists start as lists:
 * react-hook-form otherwise stores `false` for a group nobody has touched yet, which the draft
 * schema (and the Word export) cannot read; the items of a list with pages of their own get theirs
 * on their page (formDefaults).
 */
export function stepValues<K extends StepId>(answers: Answers, step: K): StepValues<K>;
export function stepValues(answers: Answers, step: StepId): object {
  const container = STEP_FIELDS[step];
  const part: unknown = answers[step];
  switch (container.type) {
    case 'list':
      return formDefaults({ [step]: container }, { [step]: part });
    case 'groups': {
      const groups = (part ?? {}) as Record<string, unknown>;
      return Object.fromEntries(container.ids.map((id) => [id, formDefaults(container.item, groups[id])]));
    }
    case 'object':
      return formDefaults(container.item, part);
  }
}

/**
 * An object's values as its form starts with them: checkbox groups and lists as lists (also the
 * lists of items, whose own items get theirs too, unless they have pages of their own). The same
 * objects where nothing was missing.
 */
export function formDefaults(fields: Fields, value: unknown): Record<string, unknown> {
  const values = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  let result: Record<string, unknown> | undefined;
  const set = (name: string, next: unknown) => {
    result ??= { ...values };
    result[name] = next;
  };
  for (const [name, field] of Object.entries(fields)) {
    const current = values[name];
    if (field.type === 'leaf') {
      if (field.kind === 'choices' && current === undefined) set(name, []);
    } else if (field.type === 'list') {
      const items = Array.isArray(current) ? current : [];
      const next = field.itemPage ? items : items.map((item) => formDefaults(field.item, item));
      if (current === undefined || next.some((item, i) => item !== items[i])) set(name, next);
    }
  }
  return result ?? values;
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

/**
 * Writes a step's form values back into the answers (the inverse of stepValues). The values are as
 * the form holds them; the draft store cleans them before it keeps them.
 */
export function withStepValues(answers: Answers, step: StepId, values: Record<string, unknown>): Answers {
  return { ...answers, [step]: STEP_FIELDS[step].type === 'list' ? values[step] : values };
}
