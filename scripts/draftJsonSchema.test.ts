import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_JSON_SCHEMA_PATH, draftJsonSchemaText } from './draftJsonSchema';

describe('draft JSON Schema', () => {
  it('is current with the zod model (run `npm run schema:json` after changing schemas/draft.ts)', () => {
    expect(readFileSync(DRAFT_JSON_SCHEMA_PATH, 'utf8')).toBe(draftJsonSchemaText());
  });

  it('describes the draft file format and its answers', () => {
    const schema = JSON.parse(draftJsonSchemaText());
    expect(schema.properties.format.const).toBe('aanvraagwijzer-draft');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'schemeId', 'createdAt', 'updatedAt', 'answers']));
    expect(Object.keys(schema.properties.answers.properties)).toEqual(
      expect.arrayContaining(['applicant', 'targetGroups', 'mechanisms', 'activities', 'partners', 'nazorg', 'budget', 'monitoring']),
    );
  });
});
