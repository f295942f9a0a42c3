import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFileSchema } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { readDraftJsonFromDocx } from './readDocxDraft';
import { draftArbitrary } from '../document/fixtures/draftArbitrary';
import { EXPORT_DATE } from '../document/fixtures/goldenDrafts';
import { openXmlErrorLines } from './fixtures/openXmlValidator';
import { packApplication } from './packApplication';

const scheme = getScheme();

describe('any valid draft (property)', () => {
  it('exports without throwing, and the .docx reopens to the same draft', async () => {
    await fc.assert(
      fc.asyncProperty(draftArbitrary(scheme), async (draft) => {
        expect(draftFileSchema.safeParse(draft).success).toBe(true);
        const read = await readDraftJsonFromDocx(await packApplication(draft, scheme, EXPORT_DATE), 5_000_000);
        expect(read.ok && JSON.parse(read.json)).toEqual(draft);
      }),
      { numRuns: 60 },
    );
  });

  // The validator takes ~0.4 s a file, so fewer runs; the hostile characters are in every run's alphabet.
  it('exports to Open XML that Microsoft 365 accepts', async () => {
    await fc.assert(
      fc.asyncProperty(draftArbitrary(scheme), async (draft) => {
        expect(await openXmlErrorLines(await packApplication(draft, scheme, EXPORT_DATE))).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });
});
