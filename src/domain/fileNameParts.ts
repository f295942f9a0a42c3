/** Letters that Unicode does not decompose into a plain letter plus accent. */
const LETTERS: Record<string, string> = { ı: 'i', İ: 'I', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** "ROC Çağlar & Zn" → "roc-caglar-zn": safe in a file name on every file system (at most 60 characters). */
export function fileSlug(name: string | undefined, fallback: string): string {
  return (
    (name ?? '')
      .replace(/[ıİßæøłđÆØŁĐ]/g, (c) => LETTERS[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback
  );
}

/** The local calendar day as yyyy-mm-dd. */
export function isoDay(date: Date): string {
  return [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');
}
