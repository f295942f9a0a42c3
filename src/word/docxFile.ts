/** A Word document the app hands out: its bytes and file name (the page that asked downloads it). */
export interface DocxFile {
  bytes: Uint8Array;
  fileName: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
