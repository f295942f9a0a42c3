import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { downloadBlob } from '../storage/downloadBlob';
import { docxFileName } from './fileName';
import { packApplication } from './packApplication';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The edge that packs the Word draft and downloads it. Loaded only when the user exports. */
export async function exportDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<string> {
  const bytes = await packApplication(draft, scheme, now, { appVersion: __APP_VERSION__ });
  const fileName = docxFileName(draft.answers.applicant?.institutionName, now);
  downloadBlob(new Blob([bytes as BlobPart], { type: DOCX_MIME }), fileName);
  return fileName;
}
