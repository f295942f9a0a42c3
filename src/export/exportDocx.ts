import { Packer } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { downloadBlob } from '../storage/downloadBlob';
import { docxFileName } from './fileName';
import { renderApplication } from './renderApplication';

/** The edge that packs the Word draft and downloads it. Loaded only when the user exports. */
export async function exportDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<string> {
  const blob = await Packer.toBlob(renderApplication(draft, scheme, now));
  const fileName = docxFileName(draft.answers.applicant?.institutionName, now);
  downloadBlob(blob, fileName);
  return fileName;
}
