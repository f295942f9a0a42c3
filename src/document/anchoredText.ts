import { PLACEHOLDER } from '../../schemas/template';
import type { TextRun } from './documentModel';
import { fillPlaceholders } from './fillPlaceholders';
import type { RenderContext } from './renderContext';
import { bindingAnchor } from './templateBindings';

/**
 * A template text with its placeholders filled in, as pieces: the fixed words, and each answer
 * with its anchor. Joined, the pieces are exactly fillPlaceholders' text.
 */
export function anchoredPieces(text: string, ctx: RenderContext): TextRun[] {
  const pieces: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(new RegExp(PLACEHOLDER.source, 'g'))) {
    const [whole, name = ''] = match;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    const anchor = bindingAnchor(ctx, name);
    pieces.push({ text: fillPlaceholders(whole, ctx).text, ...(anchor ? { anchor } : {}) });
    at = match.index + whole.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
