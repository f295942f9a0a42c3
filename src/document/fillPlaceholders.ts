import { joinAfter } from '../../schemas/dutchText';
import { PLACEHOLDER } from '../../schemas/template';
import type { RenderContext } from './renderContext';
import { bindingAnchor, findBinding } from './templateBindings';

export interface FilledText {
  text: string;
  /** Placeholders without an answer (they show the template's "missing" words). */
  empty: string[];
}

/** A piece of a filled-in template text: fixed words, or a placeholder's value (with its answer's anchor). */
export interface FilledPiece {
  text: string;
  /** The placeholder this piece fills; undefined for the template's own words. */
  placeholder?: string;
  anchor?: string;
}

/**
 * A template text with its placeholders filled in, as pieces. An unknown name is left visible
 * (the template test forbids it); an empty one shows the template's "missing" words. A full stop
 * of the template right after an answer that already ends a sentence ("…werken?") is left out.
 */
export function filledPieces(text: string, ctx: RenderContext): { pieces: FilledPiece[]; empty: string[] } {
  const pieces: FilledPiece[] = [];
  const empty: string[] = [];
  let at = 0;
  const fixed = (words: string) => {
    const previous = pieces.at(-1);
    const joined = previous?.placeholder !== undefined ? joinAfter(previous.text, words).slice(previous.text.length) : words;
    if (joined) pieces.push({ text: joined });
  };
  for (const match of text.matchAll(new RegExp(PLACEHOLDER.source, 'g'))) {
    const [whole, name = ''] = match;
    if (match.index > at) fixed(text.slice(at, match.index));
    at = match.index + whole.length;
    const binding = findBinding(ctx, name);
    if (!binding) {
      fixed(whole);
      continue;
    }
    const value = binding.value(ctx)?.trim();
    if (!value) empty.push(name);
    const anchor = bindingAnchor(ctx, name);
    pieces.push({ text: value || ctx.labels.missing, placeholder: name, ...(anchor ? { anchor } : {}) });
  }
  if (at < text.length) fixed(text.slice(at));
  return { pieces, empty };
}

/** Fills `{{name}}` from the bindings (see filledPieces). */
export function fillPlaceholders(text: string, ctx: RenderContext): FilledText {
  const { pieces, empty } = filledPieces(text, ctx);
  return { text: pieces.map((p) => p.text).join(''), empty };
}
