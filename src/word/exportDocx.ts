import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { DOCX_MIME, type DocxFile } from './docxFile';
import { advisorFileName, docxFileName, reportFileName } from './fileName';
import { packReport } from './packReport';
import { fillHouseStyle } from './fillHouseStyle';
import { packApplication } from './packApplication';

/**
 * The Word documents the app hands out, as bytes with their file name; the page that asked
 * downloads them. One module, so the docx library is one lazily loaded chunk, fetched only when
 * the user exports.
 */

export async function exportDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<DocxFile> {
  const bytes = await packApplication(draft, scheme, now, { appVersion: __APP_VERSION__ });
  return { bytes, fileName: docxFileName(draft.answers.applicant?.institutionName, now), type: DOCX_MIME };
}

/** "Versie voor adviseur": the same document with every open comment as a Word comment at its answer. */
export async function exportAdvisorDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<DocxFile> {
  const bytes = await packApplication(draft, scheme, now, { appVersion: __APP_VERSION__, withComments: true });
  return { bytes, fileName: advisorFileName(docxFileName(draft.answers.applicant?.institutionName, now)), type: DOCX_MIME };
}

/** The activiteitenverslag, with the whole draft (plan and report) inside. */
export async function exportReportDocx(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<DocxFile> {
  const bytes = await packReport(draft, scheme, now, { appVersion: __APP_VERSION__ });
  return { bytes, fileName: reportFileName(draft.answers.applicant?.institutionName, now), type: DOCX_MIME };
}

export type HouseStyleExport = ({ ok: true; warnings: string[] } & DocxFile) | { ok: false; message: string };

/** Fills the user's own Word file (house style), or says in Dutch why not. */
export async function exportHouseStyle(houseStyle: Uint8Array, draft: DraftFile, scheme: Scheme, now: Date = new Date()): Promise<HouseStyleExport> {
  const result = await fillHouseStyle(houseStyle, draft, scheme, now, { appVersion: __APP_VERSION__ });
  if (!result.ok) return result;
  return { ok: true, bytes: result.bytes, fileName: docxFileName(draft.answers.applicant?.institutionName, now), type: DOCX_MIME, warnings: result.warnings };
}
