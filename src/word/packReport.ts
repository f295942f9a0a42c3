import { Packer } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { buildReportModel, type ReportBuildOptions } from '../document/report/buildReportModel';
import { embedDraftJson } from './embedDraft';
import { modelToDocx } from './modelToDocx';

/**
 * The activiteitenverslag as .docx bytes: its model drawn like the application's, with the whole
 * draft (plan and report) inside, so opening the file in the app or the CLI restores everything.
 */
export async function packReport(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: Omit<ReportBuildOptions, 'now'> = {}): Promise<Uint8Array> {
  const model = buildReportModel(draft, scheme, { ...options, now });
  const packed = await Packer.pack(modelToDocx(model, {}), 'uint8array');
  return embedDraftJson(packed, JSON.stringify(draft));
}
