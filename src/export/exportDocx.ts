import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { downloadBlob } from '../storage/downloadBlob';
import { advisorFileName, docxFileName } from './fileName';
import { fillHouseStyle } from './fillHouseStyle';
import { packApplication } from './packApplication';

/**
 * The edges that pack a Word document and download it. One module, so the docx library is one
 * lazily loaded chunk, fetched only when the user exports.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<string> {
  const bytes = await packApplication(draft, scheme, now, { appVersion: __APP_VERSION__ });
  const fileName = docxFileName(draft.answers.applicant?.institutionName, now);
  downloadBlob(new Blob([bytes as BlobPart], { type: DOCX_MIME }), fileName);
  return fileName;
}

/** "Versie voor adviseur": the same document with every open comment as a Word comment at its answer. */
export async function exportAdvisorDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<string> {
  const bytes = await packApplication(draft, scheme, now, { appVersion: __APP_VERSION__, withComments: true });
  const fileName = advisorFileName(docxFileName(draft.answers.applicant?.institutionName, now));
  downloadBlob(new Blob([bytes as BlobPart], { type: DOCX_MIME }), fileName);
  return fileName;
}

export type HouseStyleExport = { ok: true; fileName: string; warnings: string[] } | { ok: false; message: string };

/** Fills the user's own Word file (house style) and downloads it, or says in Dutch why not. */
export async function exportHouseStyle(houseStyle: Uint8Array, draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<HouseStyleExport> {
  const result = await fillHouseStyle(houseStyle, draft, scheme, now, { appVersion: __APP_VERSION__ });
  if (!result.ok) return result;
  const fileName = docxFileName(draft.answers.applicant?.institutionName, now);
  downloadBlob(new Blob([result.bytes as BlobPart], { type: DOCX_MIME }), fileName);
  return { ok: true, fileName, warnings: result.warnings };
}
