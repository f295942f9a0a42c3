import type { DocxFile } from '../word/docxFile';

/** Saves a Blob as a file through a temporary object URL (the only download side effect). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a Word document the app made; returns its file name for the page to show. */
export function downloadDocx({ bytes, fileName, type }: DocxFile): string {
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
  return fileName;
}
