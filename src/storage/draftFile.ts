import type { DraftFile } from '../../schemas/draft';

/**
 * The draft as a file: pretty-printed JSON with the format, version, scheme, app version and
 * timestamps first, so an advisor opening it in a text editor sees at once what it is.
 */
export function draftFileText(draft: DraftFile, appVersion: string): string {
  const { format, version, schemeId, title, createdAt, updatedAt, answers, progress } = draft;
  return `${JSON.stringify({ format, version, schemeId, appVersion, title, createdAt, updatedAt, answers, progress }, null, 2)}\n`;
}

/** "concept-<instelling>-<yyyy-mm-dd>.json", safe on every file system. */
export function draftFileName(draft: DraftFile, date: Date): string {
  const slug =
    (draft.answers.applicant?.institutionName ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'aanvraag';
  const day = [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');
  return `concept-${slug}-${day}.json`;
}
