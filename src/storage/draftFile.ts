import type { DraftFile } from '../../schemas/draft';
import { fileSlug, isoDay } from '../domain/fileNameParts';

/**
 * The draft as a file: pretty-printed JSON with the format, version, scheme, app version and
 * timestamps first, so an advisor opening it in a text editor sees at once what it is. Everything
 * else the draft holds follows: the comments, the changes from Word and the parts set aside.
 */
export function draftFileText(draft: DraftFile, appVersion: string): string {
  const { format, version, schemeId, appVersion: _written, title, createdAt, updatedAt, answers, progress, ...rest } = draft;
  return `${JSON.stringify({ format, version, schemeId, appVersion, title, createdAt, updatedAt, answers, progress, ...rest }, null, 2)}\n`;
}

/** "concept-<instelling>-<yyyy-mm-dd>.json", safe on every file system. */
export function draftFileName(draft: DraftFile, date: Date): string {
  return `concept-${fileSlug(draft.answers.applicant?.institutionName, 'aanvraag')}-${isoDay(date)}.json`;
}
