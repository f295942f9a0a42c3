import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { buildReportModel, type ReportBuildOptions } from '../document/report/buildReportModel';
import { modelToDocx } from './modelToDocx';
import { packDocx } from './packDocx';

/**
 * The activiteitenverslag as .docx bytes: its model drawn like the application's, with the whole
 * draft (plan and report) inside, so opening the file in the app or the CLI restores everything.
 */
export async function packReport(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: Omit<ReportBuildOptions, 'now'> = {}): Promise<Uint8Array> {
  const model = buildReportModel(draft, scheme, { ...options, now });
  return packDocx(modelToDocx(model, {}), JSON.stringify(draft), now);
}
