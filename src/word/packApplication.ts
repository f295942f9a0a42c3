import { Packer } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { embedDraftJson } from './embedDraft';
import { renderApplication, type RenderOptions } from './renderApplication';

/** The finished .docx bytes: the rendered document with the draft's JSON inside. Browser and Node alike. */
export async function packApplication(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: RenderOptions = {}): Promise<Uint8Array> {
  const packed = await Packer.pack(renderApplication(draft, scheme, now, options), 'uint8array');
  return embedDraftJson(packed, JSON.stringify(draft));
}
