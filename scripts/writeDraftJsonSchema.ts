import { writeFileSync } from 'node:fs';
import { DRAFT_JSON_SCHEMA_PATH, draftJsonSchemaText } from './draftJsonSchema';

writeFileSync(DRAFT_JSON_SCHEMA_PATH, draftJsonSchemaText());
console.log(`wrote ${DRAFT_JSON_SCHEMA_PATH}`);
