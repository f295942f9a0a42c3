import { PLACEHOLDER } from '../../schemas/template';
import { fieldKey } from '../domain/answerAnchors';
import type { TextRun } from './documentModel';
import { fillPlaceholders } from './fillPlaceholders';
import type { RenderContext } from './renderContext';

/** The placeholders that show one answer as typed or chosen, with that answer's anchor. */
const BINDING_ANCHORS: Record<string, string> = {
  ...Object.fromEntries(
    ['institutionName', 'brin', 'bevoegdGezag', 'contactName', 'contactRole', 'contactEmail', 'contactPhone', 'signatoryName', 'signatoryRole'].map((f) => [
      `applicant.${f}`,
      fieldKey('applicant', f),
    ]),
  ),
  'targetGroups.a.expectedCount': fieldKey('targetGroups', 'a.expectedCount'),
  'targetGroups.b.expectedCount': fieldKey('targetGroups', 'b.expectedCount'),
  ...Object.fromEntries(['contactMethod', 'duration', 'handover', 'expectedUsers'].map((f) => [`nazorg.${f}`, fieldKey('nazorg', f)])),
  ...Object.fromEntries(['requestedAmount', 'cofinancingAmount', 'cofinancingSource', 'notes'].map((f) => [`budget.${f}`, fieldKey('budget', f)])),
  ...Object.fromEntries(['indicators', 'registration', 'comparison'].map((f) => [`monitoring.${f}`, fieldKey('monitoring', f)])),
};

export function bindingAnchor(name: string): string | undefined {
  return Object.hasOwn(BINDING_ANCHORS, name) ? BINDING_ANCHORS[name] : undefined;
}

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
    const anchor = bindingAnchor(name);
    pieces.push({ text: fillPlaceholders(whole, ctx).text, ...(anchor ? { anchor } : {}) });
    at = match.index + whole.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
