import { PLACEHOLDER } from '../../schemas/template';
import type { RenderContext } from './renderContext';
import { findBinding } from './templateBindings';

export interface FilledText {
  text: string;
  /** Placeholders without an answer (they show the template's "missing" words). */
  empty: string[];
}

/** Fills `{{name}}` from the bindings; an unknown name is left visible (the template test forbids it). */
export function fillPlaceholders(text: string, ctx: RenderContext): FilledText {
  const empty: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const binding = findBinding(ctx, name);
    if (!binding) return whole;
    const value = binding.value(ctx)?.trim();
    if (!value) {
      empty.push(name);
      return ctx.labels.missing;
    }
    return value;
  });
  return { text: filled, empty };
}
