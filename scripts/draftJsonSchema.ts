import { z } from 'zod/mini';
import { draftFileSchema } from '../schemas/draft';

export const DRAFT_JSON_SCHEMA_PATH = 'schemas/draft-file.schema.json';

/** The JSON Schema of a draft file, generated from the zod model (never edited by hand). */
export function draftJsonSchemaText(): string {
  const schema = z.toJSONSchema(draftFileSchema, { target: 'draft-2020-12', io: 'input' });
  const withMeta = {
    $id: 'https://aanvraagwijzer.local/schemas/draft-file.schema.json',
    title: 'Aanvraagwijzer concept (draft file)',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
