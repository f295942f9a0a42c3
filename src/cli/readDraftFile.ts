import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DraftFile } from '../../schemas/draft';
import { SCHEMES } from '../../templates/schemes';
import { MAX_DRAFT_BYTES, parseDraft } from '../draftFile/parseDraft';
import { CLI } from '../text/cli';

export type ReadDraftFileResult = { ok: true; draft: DraftFile; report: string[] } | { ok: false; message: string };

/** A draft file (.json or a .docx from the app) through the one door in, with the size checked before reading. */
export async function readDraftFile(path: string): Promise<ReadDraftFileResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: CLI.notAFile(path) };
    size = info.size;
  } catch {
    return { ok: false, message: CLI.fileMissing(path) };
  }
  // Read at most one byte past the cap, so parseDraft refuses a huge file without loading it whole.
  let bytes: Uint8Array;
  try {
    bytes = size > MAX_DRAFT_BYTES ? new Uint8Array(MAX_DRAFT_BYTES + 1) : new Uint8Array(await readFile(path));
  } catch {
    return { ok: false, message: CLI.fileMissing(path) };
  }
  const result = await parseDraft({ name: basename(path), bytes }, { schemeIds: SCHEMES.map((s) => s.id) });
  return result.ok ? { ok: true, draft: result.draft, report: result.report } : { ok: false, message: CLI.refused(path, result.message) };
}
