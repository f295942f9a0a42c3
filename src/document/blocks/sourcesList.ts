import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { note } from './primitives';
import { mechanismGuidance } from '../../../templates/guidance';

/** The sources behind the chosen mechanisms (the factsheet first), for the reader who checks. */
export function sourcesList(ctx: RenderContext): Block[] {
  const { guidance } = ctx;
  const ids = new Set<string>([guidance.primarySourceId]);
  for (const choice of ctx.answers.mechanisms?.chosen ?? []) {
    mechanismGuidance(guidance, choice.mechanismId).sourceIds.forEach((id) => ids.add(id));
  }
  const sources = guidance.sources.filter((s) => ids.has(s.id));
  if (sources.length === 0) return [note(ctx.labels.none)];
  return [
    {
      kind: 'list',
      items: sources.map((s) => [
        { text: s.title, italic: true },
        { text: [s.publisher, s.url].filter(Boolean).map((part) => `. ${part}`).join('') },
      ]),
    },
  ];
}
