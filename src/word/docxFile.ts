/** A Word document the app hands out: its bytes, file name and media type (the page that asked downloads it). */
export interface DocxFile {
  bytes: Uint8Array;
  fileName: string;
  type: typeof DOCX_MIME;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
