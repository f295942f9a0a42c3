import { createStepSchemas } from '../../schemas/application';
import { perTableAndRound } from '../../schemas/fields/steps';

/**
 * The strict step schemas of a scheme round, built once per round (and per field table: a test may
 * give one with a field added).
 */
export const schemasForScheme = perTableAndRound(createStepSchemas);
