import { joinAfter } from '../../../schemas/dutchText';
import type { Source } from '../../../schemas/guidance';
import type { Block, TextRun } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { mechanismGuidance } from '../../../templates/guidance';

/**
 * A source as a reference: its title in italics (a work without a title described in square
 * brackets), then publisher and address, each closed by one full stop ("wat kan werken?" keeps
 * its question mark and gets none).
 */
export function sourceRuns(source: Source): TextRun[] {
  const title = source.untitled ? `[${source.title}]` : source.title;
  const runs: TextRun[] = [{ text: joinAfter(title, '.'), ...(source.untitled ? {} : { italic: true }) }];
  for (const part of [source.publisher, source.url]) if (part?.trim()) runs.push({ text: ` ${joinAfter(part.trim(), part === source.url ? '' : '.')}` });
  return runs;
}

/** The sources behind the chosen mechanisms (the factsheet always), each once and in the guidance's order, for the reader who checks. */
export function sourcesList(ctx: RenderContext): Block[] {
  const { guidance } = ctx;
  const ids = new Set<string>([guidance.primarySourceId]);
  for (const choice of ctx.answers.mechanisms?.chosen ?? []) {
    mechanismGuidance(guidance, choice.mechanismId).sourceIds.forEach((id) => ids.add(id));
  }
  const sources = guidance.sources.filter((s) => ids.has(s.id));
  return sources.length === 0 ? [] : [{ kind: 'list', items: sources.map(sourceRuns) }];
}
