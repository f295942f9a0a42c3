import type { TextRun } from './documentModel';
import { filledPieces } from './fillPlaceholders';
import type { RenderContext } from './renderContext';

/**
 * A template text with its placeholders filled in, as runs: the fixed words, and each answer
 * with its anchor. Joined, the runs are exactly fillPlaceholders' text.
 */
export function anchoredPieces(text: string, ctx: RenderContext): TextRun[] {
  return filledPieces(text, ctx).pieces.map(({ text: piece, anchor }) => ({ text: piece, ...(anchor ? { anchor } : {}) }));
}
