import type { DraftFile } from '../../schemas/draft';
import { fileSlug, isoDay } from '../domain/fileNameParts';
import { SET_ASIDE } from '../text/storage';

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

/**
 * The parts of the draft that could not be read, as a file to keep or give to whoever maintains
 * the app: each with its label, where it was, and its value exactly as the opened file held it.
 */
export function setAsideFileText(draft: DraftFile): string {
  const parts = (draft.setAside ?? []).map(({ label, path, at, raw }) => ({ label, path, setAsideAt: at, value: jsonOrText(raw) }));
  return `${JSON.stringify({ format: SET_ASIDE_FORMAT, note: SET_ASIDE.fileNote, draft: draft.title ?? draft.answers.applicant?.institutionName, parts }, null, 2)}\n`;
}

export const SET_ASIDE_FORMAT = 'aanvraagwijzer-apart-bewaard';

/** "apart-bewaard-<instelling>-<yyyy-mm-dd>.json". */
export function setAsideFileName(draft: DraftFile, date: Date): string {
  return SET_ASIDE.fileName(`${fileSlug(draft.answers.applicant?.institutionName, 'aanvraag')}-${isoDay(date)}`);
}

function jsonOrText(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
