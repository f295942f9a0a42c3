/** Letters that Unicode does not decompose into a plain letter plus accent. */
const LETTERS: Record<string, string> = { ı: 'i', İ: 'I', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** "aanvraag-<instelling>-<yyyy-mm-dd>.docx", safe on every file system. */
export function docxFileName(institutionName: string | undefined, date: Date): string {
  const slug =
    (institutionName ?? '')
      .replace(/[ıİßæøłđÆØŁĐ]/g, (c) => LETTERS[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'concept';
  const day = [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');
  return `aanvraag-${slug}-${day}.docx`;
}

/** The advisor's version beside the clean one: "aanvraag-…-2026-11-25-met-opmerkingen.docx". */
export function advisorFileName(fileName: string): string {
  return fileName.replace(/\.docx$/, '-met-opmerkingen.docx');
}
