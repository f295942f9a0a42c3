import type { Block, TextRun } from '../documentModel';

/** Small constructors for model blocks, so the block builders read like the document. */

/** Heading ids are given in one pass at the end (buildDocumentModel), in document order. */
export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text, id: '' });

export const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

export const note = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, italic: true }], style: 'note' });

export const missingParagraph = (missing: string): Block => ({ kind: 'paragraph', runs: [{ text: missing, italic: true }], style: 'missing' });

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
});

const BULLET = /^\s*[-*•]\s+/;

/**
 * A typed answer as the user wrote it: every line its own paragraph (blank lines only separate),
 * and lines starting with "-", "*" or "•" as one bulleted list.
 */
export function textBlocks(text: string | undefined, missing: string): Block[] {
  const lines = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return [missingParagraph(missing)];
  const blocks: Block[] = [];
  let list: TextRun[][] | undefined;
  for (const line of lines) {
    if (BULLET.test(line)) {
      if (!list) {
        list = [];
        blocks.push({ kind: 'list', items: list });
      }
      list.push([{ text: line.replace(BULLET, '') }]);
    } else {
      list = undefined;
      blocks.push(paragraph(line.trim()));
    }
  }
  return blocks;
}

/** A short answer, or the template's "missing" words. */
export function valueOr(value: string | undefined, missing: string): { value: string; missing?: boolean } {
  return value?.trim() ? { value: value.trim() } : { value: missing, missing: true };
}
