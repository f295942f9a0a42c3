import type { Block, TextRun } from '../documentModel';

/** Small constructors for model blocks, so the block builders read like the document. */

/** Heading ids are given in one pass at the end (buildDocumentModel), in document order. */
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text, id: '' });

/**
 * A section's blocks without a subheading that has nothing under it: a template heading whose
 * sentences all depend on answers not given yet (e.g. "Voorwaarden van de regeling" before any
 * confirmation is ticked) would otherwise stand alone in the body.
 */
export function withoutEmptySubheadings(blocks: Block[]): Block[] {
  return blocks.filter((block, i) => {
    if (block.kind !== 'heading' || block.level !== 2) return true;
    const next = blocks.slice(i + 1).find((b) => b.kind !== 'pageBreak');
    return next !== undefined && !(next.kind === 'heading' && next.level <= 2);
  });
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

export const note = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, italic: true }], style: 'note' });

export const missingParagraph = (missing: string, anchor?: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: missing, italic: true, ...(anchor ? { anchor } : {}) }],
  style: 'missing',
});

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
});

const BULLET = /^\s*[-*•]\s+/;

/**
 * A typed answer as the user wrote it: every line its own paragraph (blank lines only separate),
 * and lines starting with "-", "*" or "•" as one bulleted list. With an anchor, every paragraph
 * is marked as (part of) that answer.
 */
export function textBlocks(text: string | undefined, missing: string, anchor?: string): Block[] {
  return runBlocks([{ text: text ?? '', ...(anchor ? { anchor } : {}) }], missing);
}

/**
 * textBlocks for text made of pieces, some of them answers (a template sentence with its
 * placeholders filled in): the lines are split across the pieces, and each piece keeps its anchor.
 */
export function runBlocks(pieces: readonly TextRun[], missing: string): Block[] {
  const lines: TextRun[][] = [[]];
  for (const piece of pieces) {
    piece.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((part, i) => {
        if (i > 0) lines.push([]);
        lines.at(-1)!.push({ ...piece, text: part });
      });
  }
  const blocks: Block[] = [];
  let list: TextRun[][] | undefined;
  for (const line of lines) {
    const text = line.map((r) => r.text).join('');
    if (text.trim() === '') continue;
    if (BULLET.test(text)) {
      if (!list) {
        list = [];
        blocks.push({ kind: 'list', items: list });
      }
      list.push(trimmed(line, BULLET.exec(text)![0].length));
    } else {
      list = undefined;
      blocks.push({ kind: 'paragraph', runs: trimmed(line, text.length - text.trimStart().length) });
    }
  }
  const anchor = pieces.find((p) => p.anchor)?.anchor;
  return blocks.length > 0 ? blocks : [missingParagraph(missing, anchor)];
}

/** A line's runs without its first `cut` characters and its trailing white space; neighbouring pieces of the same kind joined. */
function trimmed(line: readonly TextRun[], cut: number): TextRun[] {
  const runs: TextRun[] = [];
  let skip = cut;
  for (const run of line) {
    const text = run.text.slice(Math.min(skip, run.text.length));
    skip -= run.text.length - text.length;
    if (text !== '') runs.push({ ...run, text });
  }
  for (let last = runs.at(-1); last; last = runs.at(-1)) {
    const text = last.text.trimEnd();
    if (text !== '') {
      last.text = text;
      break;
    }
    runs.pop();
  }
  return runs.reduce<TextRun[]>((joined, run) => {
    const previous = joined.at(-1);
    if (previous && previous.anchor === run.anchor && previous.bold === run.bold && previous.italic === run.italic) previous.text += run.text;
    else joined.push(run);
    return joined;
  }, []);
}

/** A short answer, or the template's "missing" words. */
export function valueOr(value: string | undefined, missing: string): { value: string; missing?: boolean } {
  return value?.trim() ? { value: value.trim() } : { value: missing, missing: true };
}
