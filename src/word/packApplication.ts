import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { packDocx } from './packDocx';
import { renderApplication, type RenderOptions } from './renderApplication';

/** The finished .docx bytes: the rendered document with the draft's JSON inside. Browser and Node alike. */
export async function packApplication(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: RenderOptions = {}): Promise<Uint8Array> {
  return packDocx(renderApplication(draft, scheme, now, options), JSON.stringify(draft), now);
}
