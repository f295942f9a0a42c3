import {
  AlignmentType,
  BookmarkEnd,
  BookmarkStart,
  bookmarkUniqueNumericId,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { sectionKey } from '../domain/answerAnchors';
import { bookmarkNames } from './bookmarkName';
import type { Block, DocumentModel, TableCell as ModelCell, TableColumn, TextRun as ModelRun } from '../document/documentModel';
import { anchorSlotCounts, bookmarkKeys, TITLE_TARGET } from '../document/modelAnchors';

/** A4 portrait with 2.54 cm margins: the text is 9026 twentieths of a point (DXA) wide. */
const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
export const CONTENT_WIDTH_DXA = PAGE.width - 2 * PAGE.margin;

const FONT = 'Calibri';
const LANGUAGE = { value: 'nl-NL' } as const;
const COLOR = { heading: '1F3864', muted: '595959', concept: 'B00020', headerFill: 'D9E2F3', labelFill: 'F2F2F2', mark: '2F5496' } as const;

// Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) would make Word
// refuse the file; the draft keeps them, the document drops them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** Word comments to draw into the document ("versie voor adviseur"). */
export interface WordComments {
  comments: ICommentOptions[];
  /** The comment ids at each place (an answer's or section's anchor key, or the title), parents before their replies. */
  at: ReadonlyMap<string, readonly number[]>;
}

/** Pure: the document model as a docx Document (nothing is packed here). Without comments, the clean document. */
export function modelToDocx(model: DocumentModel, { comments }: { comments?: WordComments } = {}): Document {
  const body = blocksToDocx(model.body, { comments: comments?.at });
  return new Document({
    ...(comments && comments.comments.length > 0 ? { comments: { children: comments.comments } } : {}),
    title: xmlSafe(model.properties.title),
    subject: xmlSafe(model.properties.subject),
    creator: xmlSafe(model.properties.creator),
    keywords: xmlSafe(model.properties.keywords),
    description: xmlSafe(model.properties.description),
    lastModifiedBy: 'Aanvraagwijzer',
    styles: {
      // Table text as styles, not per-run properties: thousands of cells stay small and quick to write.
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { after: 0, line: 240 } } },
        { id: 'TableTextSmall', name: 'Table Text Small', basedOn: 'TableText', run: { size: 16 } },
      ],
      default: {
        document: { run: { font: FONT, size: 22, language: LANGUAGE }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: COLOR.heading, language: LANGUAGE },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: COLOR.heading, language: LANGUAGE },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true, color: COLOR.heading, language: LANGUAGE },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(model.header)] })] }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: new Footer({ children: [footerParagraph(model)] }),
          first: new Footer({ children: [footerParagraph(model)] }),
        },
        children: [...titlePage(model, comments?.at.get(TITLE_TARGET) ?? []), ...body],
      },
    ],
  });
}

function small(text: string, color: string = COLOR.muted) {
  return new TextRun({ text: xmlSafe(text), size: 18, color });
}

function footerParagraph(model: DocumentModel): Paragraph {
  const [before = '', between = '', after = ''] = model.pageNumbers.split(/\{page\}|\{pages\}/);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ text: xmlSafe(model.footer), size: 18, bold: model.concept, color: model.concept ? COLOR.concept : COLOR.muted }),
      small(` · ${before}`),
      new TextRun({ children: [PageNumber.CURRENT], size: 18, color: COLOR.muted }),
      small(between),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18, color: COLOR.muted }),
      small(after),
    ],
  });
}

function titlePage(model: DocumentModel, commentIds: readonly number[]): Paragraph[] {
  const page = model.titlePage;
  return [
    new Paragraph({ spacing: { before: 2400 } }),
    new Paragraph({
      style: 'Title',
      spacing: { after: 360, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        ...commentIds.map((id) => new CommentRangeStart(id)),
        new TextRun({ text: xmlSafe(page.title), size: 48, bold: true, color: COLOR.heading }),
        ...commentsEnd(commentIds),
      ],
    }),
    ...page.lines.map(
      (line, i) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: xmlSafe(line), size: i === 0 ? 32 : 22, bold: i === 0 })] }),
    ),
    ...(page.badge
      ? [
          new Paragraph({
            spacing: { before: 480, after: 240 },
            border: { top: { style: BorderStyle.SINGLE, size: 12, color: model.concept ? COLOR.concept : COLOR.heading, space: 6 } },
            children: [new TextRun({ text: xmlSafe(page.badge), bold: true, size: 26, color: model.concept ? COLOR.concept : COLOR.heading })],
          }),
        ]
      : []),
  ];
}

function runs(list: readonly ModelRun[], marks: AnchorMarks, extra: { italics?: boolean; color?: string } = {}): ParagraphChild[] {
  return list.flatMap((r) => {
    const run = new TextRun({ text: xmlSafe(r.text), bold: r.bold, italics: r.italic || extra.italics, color: extra.color });
    return r.anchor ? [...marks.before(r.anchor), run, ...marks.after(r.anchor)] : [run];
  });
}

/** A comment's end: the range closes and the reference mark (the balloon in Word) follows it. */
function commentsEnd(ids: readonly number[]): ParagraphChild[] {
  return ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
}

/**
 * Bookmarks around the answers and sections (every export: a Word file that comes back is read by
 * them) and, in the advisor's version, comment ranges inside them. An answer's bookmark opens
 * before its first slot and closes after its last (see modelAnchors.ts).
 */
interface AnchorMarks {
  before(key: string): ParagraphChild[];
  after(key: string): ParagraphChild[];
}

function anchorMarks(blocks: readonly Block[], comments: ReadonlyMap<string, readonly number[]> = new Map()): AnchorMarks {
  const total = anchorSlotCounts(blocks);
  const names = bookmarkNames(bookmarkKeys(blocks));
  const seen = new Map<string, number>();
  const open = new Map<string, number>();
  // BookmarkStart/End are XML components docx writes in a paragraph, but its ParagraphChild type leaves them out.
  const mark = (component: BookmarkStart | BookmarkEnd) => component as unknown as ParagraphChild;
  return {
    before(key) {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const name = names.get(key);
      if (n !== 1 || !name) return [];
      const id = bookmarkUniqueNumericId();
      open.set(key, id);
      return [mark(new BookmarkStart(name, id)), ...(comments.get(key) ?? []).map((c) => new CommentRangeStart(c))];
    },
    after(key) {
      const id = open.get(key);
      if (id === undefined || seen.get(key) !== (total.get(key) ?? 1)) return [];
      open.delete(key);
      return [...commentsEnd(comments.get(key) ?? []), mark(new BookmarkEnd(id))];
    },
  };
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Model blocks as docx content; also the filling of a house-style template. */
export function blocksToDocx(
  blocks: readonly Block[],
  { comments }: { comments?: ReadonlyMap<string, readonly number[]> } = {},
): (Paragraph | Table | TableOfContents)[] {
  const out: (Paragraph | Table | TableOfContents)[] = [];
  const marks = anchorMarks(blocks, comments);
  // A page break is carried by the next paragraph ("page break before"), never an empty page.
  let breakBefore = false;
  for (const block of blocks) {
    switch (block.kind) {
      case 'pageBreak':
        breakBefore = true;
        continue;
      case 'heading': {
        // A section's heading is a slot of its own: its bookmark opens and closes around the text.
        const key = block.section && sectionKey(block.section);
        const text = new TextRun(xmlSafe(block.text));
        const children = key ? [...marks.before(key), text, ...marks.after(key)] : [text];
        out.push(new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore: breakBefore, children }));
        break;
      }
      case 'paragraph':
        out.push(
          new Paragraph({
            pageBreakBefore: breakBefore,
            children: runs(block.runs, marks, block.style ? { color: COLOR.muted } : {}),
          }),
        );
        break;
      case 'list':
        block.items.forEach((item, i) => out.push(new Paragraph({ bullet: { level: 0 }, pageBreakBefore: breakBefore && i === 0, children: runs(item, marks) })));
        break;
      case 'toc':
        out.push(
          new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: xmlSafe(block.title), bold: true, size: 32, color: COLOR.heading })] }),
          new TableOfContents(xmlSafe(block.title), { hyperlink: true, headingStyleRange: '1-2' }),
        );
        break;
      case 'table':
        out.push(table(block.columns, block.rows, block.totals, marks, { dense: block.dense }));
        out.push(new Paragraph({ spacing: { after: 60 } }));
        break;
      case 'facts':
        out.push(
          table(
            [
              { header: '', width: 0.32 },
              { header: '', width: 0.68 },
            ],
            block.rows.map((r) => [{ text: r.label, bold: true }, { text: r.value, ...(r.missing ? { missing: true } : {}), ...(r.anchor ? { anchor: r.anchor } : {}) }]),
            undefined,
            marks,
            { headerRow: false, labelColumn: true, keepTogether: block.keepTogether === true },
          ),
        );
        out.push(new Paragraph({ spacing: { after: 60 } }));
        break;
    }
    breakBefore = false;
  }
  return out;
}

/** About the width of one character of table text in DXA (9 pt Calibri, bold headers), plus a cell's own margins. */
const CHAR_DXA = 110;
const CELL_MARGINS_DXA = 2 * 80 + 40;

/**
 * Column widths in DXA that add up exactly to the text width (LibreOffice ignores percentages).
 * No column is narrower than the longest word of its header, so "Doelgroep" never breaks into
 * "Doelgro|ep": what it needs is taken from the widest columns.
 */
export function columnWidthsDxa(columns: readonly TableColumn[], { charDxa = CHAR_DXA }: { charDxa?: number } = {}): number[] {
  const widths = columns.map((c) => Math.floor(c.width * CONTENT_WIDTH_DXA));
  const needed = columns.map((c) => Math.max(0, ...c.header.split(/\s+/).map((word) => word.length)) * charDxa + CELL_MARGINS_DXA);
  for (let i = 0; i < widths.length; i++) {
    let short = needed[i]! - widths[i]!;
    while (short > 0) {
      // Take from the column with the most room to spare above what its own header needs.
      const spare = widths.map((w, j) => (j === i ? 0 : w - needed[j]!));
      const donor = spare.indexOf(Math.max(...spare));
      const give = Math.min(short, spare[donor]!);
      if (give <= 0) break;
      widths[donor] = widths[donor]! - give;
      widths[i] = widths[i]! + give;
      short -= give;
    }
  }
  const rest = CONTENT_WIDTH_DXA - widths.reduce((a, b) => a + b, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}

const ALIGN = { start: AlignmentType.LEFT, end: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function table(
  columns: readonly TableColumn[],
  rows: readonly ModelCell[][],
  totals: readonly ModelCell[] | undefined,
  marks: AnchorMarks,
  {
    headerRow = true,
    labelColumn = false,
    dense = false,
    keepTogether = false,
  }: { headerRow?: boolean; labelColumn?: boolean; dense?: boolean; keepTogether?: boolean } = {},
): Table {
  const style = dense ? 'TableTextSmall' : 'TableText';
  const widths = columnWidthsDxa(columns, dense ? { charDxa: 100 } : {});
  // Kept together: no row splits, and every row but the last keeps with the next (Word and LibreOffice).
  const cell = (content: ModelCell, col: number, kind: 'header' | 'body' | 'totals', keepNext = false) => {
    const width = { size: widths[col] ?? 0, type: WidthType.DXA };
    const align = columns[col]?.align ?? 'start';
    const alignment = align === 'start' ? undefined : ALIGN[align];
    if (typeof content === 'object' && 'mark' in content) {
      return new TableCell({
        width,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.mark },
        children: [new Paragraph({ style, alignment, children: [new TextRun({ text: '●', color: 'FFFFFF' })] })],
      });
    }
    const text = typeof content === 'string' ? content : content.text;
    const bold = kind !== 'body' || (typeof content === 'object' && content.bold) || undefined;
    const missing = (typeof content === 'object' && 'missing' in content && content.missing) || undefined;
    const fill = kind === 'header' ? COLOR.headerFill : labelColumn && col === 0 ? COLOR.labelFill : kind === 'totals' ? COLOR.labelFill : undefined;
    const anchor = kind !== 'header' && typeof content === 'object' ? content.anchor : undefined;
    const lines = text.split('\n');
    return new TableCell({
      width,
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: lines.map(
        (line, i) =>
          new Paragraph({
            style,
            alignment,
            ...(keepNext ? { keepNext: true } : {}),
            children: [
              ...(anchor && i === 0 ? marks.before(anchor) : []),
              new TextRun({ text: xmlSafe(line), bold, italics: missing, color: missing && COLOR.muted }),
              ...(anchor && i === lines.length - 1 ? marks.after(anchor) : []),
            ],
          }),
      ),
    });
  };
  const tableRows: TableRow[] = [];
  if (headerRow) tableRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, 'header')) }));
  rows.forEach((row, r) => {
    const keepNext = keepTogether && r < rows.length - 1;
    tableRows.push(new TableRow({ ...(keepTogether ? { cantSplit: true } : {}), children: row.map((c, i) => cell(c, i, 'body', keepNext)) }));
  });
  if (totals) tableRows.push(new TableRow({ children: totals.map((c, i) => cell(c, i, 'totals')) }));
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: tableRows,
  });
}
