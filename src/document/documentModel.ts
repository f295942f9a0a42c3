/**
 * The Word draft as plain data: headings, paragraphs, lists and tables, built once from the draft
 * and the template (buildDocumentModel) and then drawn twice — as a .docx (modelToDocx, in the
 * lazily loaded export chunk) and as HTML for the preview page (src/review/DocumentPreview.tsx).
 * Keeping one model makes the preview say exactly what the Word file will say.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /**
   * The answer this text shows, as its anchor key (src/domain/answerAnchors.ts). Every answer has
   * one place in the document; Word gets a bookmark around it, review mode its comments.
   */
  anchor?: string;
}

/** A table cell: text (line breaks become paragraphs) or a planning mark. */
export type TableCell = string | { text: string; bold?: boolean; missing?: boolean; anchor?: string } | { mark: true };

export interface TableColumn {
  header: string;
  /** Share of the text width, 0–1; the shares of a table add up to 1. */
  width: number;
  align?: 'start' | 'end' | 'center';
}

export type Block =
  /** `section`: the template section a level-1 heading opens (comments on a whole section sit here). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string; section?: string }
  | { kind: 'paragraph'; runs: TextRun[]; style?: 'note' | 'missing' }
  | { kind: 'list'; items: TextRun[][] }
  | {
      kind: 'table';
      /** Read aloud before the table; also the caption in the preview. */
      caption: string;
      columns: TableColumn[];
      rows: TableCell[][];
      /** A closing row in bold, e.g. the totals. */
      totals?: TableCell[];
      /** Many narrow columns (the planning): smaller text. */
      dense?: boolean;
    }
  /** Two columns, label and value, without a header row (applicant details, activity facts). */
  | {
      kind: 'facts';
      caption: string;
      rows: { label: string; value: string; missing?: boolean; anchor?: string }[];
      /** A short block read as one (a goal): kept on one page with its heading. */
      keepTogether?: boolean;
    }
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' };

export interface DocumentModel {
  language: 'nl-NL';
  title: string;
  /** True while the draft has errors: "CONCEPT" on the title page and in every footer. */
  concept: boolean;
  titlePage: {
    title: string;
    lines: string[];
    /** "CONCEPT — NIET INDIENEN …" while errors are open; absent on a finished application. */
    badge?: string;
  };
  header: string;
  footer: string;
  /** "Pagina {page} van {pages}". */
  pageNumbers: string;
  body: Block[];
  properties: { title: string; subject: string; creator: string; keywords: string; description: string };
}
