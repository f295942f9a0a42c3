import { createStepSchemas, type StepSchemas } from '../../schemas/application';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';

const cache = new WeakMap<ApplicationFields, WeakMap<Scheme, StepSchemas>>();

/**
 * The strict step schemas of a scheme round, built once per round (and per field table: a test may
 * give one with a field added).
 */
export function schemasForScheme(scheme: Scheme, fields: ApplicationFields = applicationFields(scheme)): StepSchemas {
  let perScheme = cache.get(fields);
  if (!perScheme) cache.set(fields, (perScheme = new WeakMap()));
  let schemas = perScheme.get(scheme);
  if (!schemas) {
    schemas = createStepSchemas(scheme, fields);
    perScheme.set(scheme, schemas);
  }
  return schemas;
}
