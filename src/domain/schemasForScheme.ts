import { createStepSchemas, type StepSchemas } from '../../schemas/application';
import type { Scheme } from '../../schemas/scheme';

const cache = new WeakMap<Scheme, StepSchemas>();

/** The strict step schemas of a scheme round, built once per round. */
export function schemasForScheme(scheme: Scheme): StepSchemas {
  let schemas = cache.get(scheme);
  if (!schemas) {
    schemas = createStepSchemas(scheme);
    cache.set(scheme, schemas);
  }
  return schemas;
}
