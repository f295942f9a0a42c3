import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { openXmlErrorLines as errorsOf } from './fixtures/openXmlValidator';
import { packApplication } from './packApplication';

const scheme = getScheme();

describe('Open XML validation (Microsoft 365 profile)', () => {
  it.each(goldenDrafts().map((g) => [g.name, g.draft] as const))('%s: no schema or semantic error in any part', async (_name, draft) => {
    const bytes = await packApplication(draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    expect(await errorsOf(bytes)).toEqual([]);
  });

  it('does report a broken document (the check can fail)', async () => {
    const files = unzipSync(await packApplication(goldenDrafts()[0]!.draft, scheme, EXPORT_DATE));
    const doc = new TextDecoder().decode(files['word/document.xml']);
    files['word/document.xml'] = strToU8(doc.replace('<w:body>', '<w:body><w:p><w:bogus/></w:p>'));
    expect((await errorsOf(zipSync(files))).length).toBeGreaterThan(0);
  });
});
