import { fileSlug, isoDay } from '../domain/fileNameParts';

/** "aanvraag-<instelling>-<yyyy-mm-dd>.docx", safe on every file system. */
export function docxFileName(institutionName: string | undefined, date: Date): string {
  return `aanvraag-${fileSlug(institutionName, 'concept')}-${isoDay(date)}.docx`;
}

/** The advisor's version beside the clean one: "aanvraag-…-2026-11-25-met-opmerkingen.docx". */
export function advisorFileName(fileName: string): string {
  return fileName.replace(/\.docx$/, '-met-opmerkingen.docx');
}

/** The activiteitenverslag: "verslag-<instelling>-<yyyy-mm-dd>.docx". */
export function reportFileName(institutionName: string | undefined, date: Date): string {
  return `verslag-${fileSlug(institutionName, 'concept')}-${isoDay(date)}.docx`;
}
