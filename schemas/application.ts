import { z } from 'zod/mini';
import type { Scheme } from './scheme';
import { strictObjectOf, strictOf, type StrictOf } from './fields/derive';
import type { ListField } from './fields/field';
import { applicationFields, type ApplicationFields, type StepFields, type StepKey } from './fields/steps';

/**
 * The strict application: what a complete answer per step must satisfy, derived from the field
 * tables (schemas/fields/): each field's own check and Dutch messages, then the checks across an
 * object's fields. Each schema checks the draft's own shape (answers stay as typed), so
 * react-hook-form can use it through zodResolver and the same schema decides the task-list status
 * and the Word draft's "Openstaande punten". Checks across steps live in src/domain/coherence.ts.
 */

/** A step's strict schema: its object, or for a list step the form's `{ <step>: [...] }` (a form's root is an object). */
type StepSchema<K extends StepKey, F> = F extends ListField ? z.ZodMiniObject<{ [P in K]: StrictOf<F> }> : F extends StepFields[StepKey] ? StrictOf<F> : never;

export type StepSchemas = { [K in StepKey]: StepSchema<K, StepFields[K]> } & {
  /** One activity on its own page ("#/activiteiten/<id>"). */
  activity: ReturnType<typeof strictObjectOf<StepFields['activities']['item']>>;
  /** One partner on its own page ("#/samenwerking/<id>"). */
  partner: ReturnType<typeof strictObjectOf<StepFields['partners']['item']>>;
  /** One chosen mechanism on its own page ("#/mechanismen/<id>"). */
  mechanism: ReturnType<typeof strictObjectOf<StepFields['mechanisms']['item']['chosen']['item']>>;
};
export type StepSchemaKey = keyof StepSchemas;

/** Mechanismen's list of chosen mechanisms in a table of the round's shape. */
export function chosenList(fields: ApplicationFields): ListField {
  const chosen = fields.mechanisms.item.chosen;
  if (chosen?.type !== 'list') throw new Error('Mechanismen has no list of chosen mechanisms');
  return chosen;
}

/**
 * The strict schemas per step, for one scheme round (choices come from the scheme data, fields from
 * the round's table). A table of the same shape (a test's, with a field added) gives schemas of the
 * round's types that check its fields too.
 */
export function createStepSchemas(scheme: Scheme, fields: ApplicationFields = applicationFields(scheme)): StepSchemas {
  const steps = Object.fromEntries(
    Object.entries(fields).map(([step, field]) => {
      const schema = strictOf(field, scheme);
      return [step, field.type === 'list' ? z.object({ [step]: schema }) : schema];
    }),
  );
  // The entries follow the table's keys one for one, as StepSchemas says of the round's table.
  return {
    ...steps,
    activity: strictObjectOf(fields.activities.item, scheme, fields.activities.checks),
    partner: strictObjectOf(fields.partners.item, scheme, fields.partners.checks),
    mechanism: strictObjectOf(chosenList(fields).item, scheme, chosenList(fields).checks),
  } as StepSchemas;
}
