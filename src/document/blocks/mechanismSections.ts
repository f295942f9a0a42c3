import { joinAfter } from '../../../schemas/dutchText';
import type { Guidance } from '../../../schemas/guidance';
import { mechanismGuidance } from '../../../templates/guidance';
import { fieldKey } from '../../domain/answerAnchors';
import type { Block, TextRun } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { activityHeading } from './activityLabel';
import { heading, labelled, note, paragraph, textBlocks } from './primitives';

/** "(factsheet)": how the application cites the round's primary source in a sentence. */
export function primaryCitation(guidance: Guidance): string {
  const source = guidance.sources.find((s) => s.id === guidance.primarySourceId);
  return source?.citation ?? source?.title ?? '';
}

/** A sentence with a short citation before its full stop: "…vertrouwen (factsheet)." */
export function cited(text: string, citation: string): string {
  if (!citation) return text;
  const trimmed = text.trimEnd();
  const body = trimmed.replace(/[.]$/, '');
  return joinAfter(`${body} (${citation})`, '.');
}

/**
 * Per chosen mechanism, in the factsheet's order (1 to 7) whatever order they were chosen in:
 * what the research says in one or two sentences with a short citation, the applicant's own
 * reasoning, and per chosen approach what the institution does, in wij-form. The full source is
 * listed once, in the sources appendix.
 */
export function mechanismSections(ctx: RenderContext): Block[] {
  const { labels, scheme, guidance } = ctx;
  const chosen = ctx.answers.mechanisms?.chosen ?? [];
  if (chosen.length === 0) return [note(labels.noMechanisms)];
  const activities = ctx.answers.activities ?? [];
  const citation = primaryCitation(guidance);
  const number = (id: string) => scheme.mechanisms.find((m) => m.id === id)?.number ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...chosen].sort((x, y) => number(x.mechanismId) - number(y.mechanismId));
  return ordered.flatMap((choice) => {
    const mechanism = scheme.mechanisms.find((m) => m.id === choice.mechanismId);
    const answer = (name: string) => fieldKey('mechanisms', `chosen.${choice.mechanismId}.${name}`);
    if (!mechanism) return [heading(2, choice.mechanismId), ...textBlocks(choice.rationale, labels.missing, answer('rationale'))];
    const texts = mechanismGuidance(guidance, mechanism.id);
    const approaches = (choice.approachIds ?? []).map((id) => mechanism.approaches.find((a) => a.id === id));
    const using = activities.flatMap((a, i) => (a.mechanismIds?.includes(mechanism.id) ? [activityHeading(ctx, a, i)] : []));
    const blocks: Block[] = [heading(2, `${labels.mechanismNumber} ${mechanism.number}: ${mechanism.name}`)];
    if (texts.applicationEvidence) blocks.push(paragraph(cited(texts.applicationEvidence, citation)));
    blocks.push(heading(3, labels.rationale), ...textBlocks(choice.rationale, labels.missing, answer('rationale')), heading(3, labels.ourApproaches));
    const anchor = answer('approachIds');
    if (approaches.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: labels.missing, italic: true, anchor }], style: 'missing' });
    else
      blocks.push({
        kind: 'list',
        items: approaches.map((a, i): TextRun[] => {
          const text = a && texts.approaches[a.id]?.applicationText;
          return a
            ? [{ text: text ? `${a.name}: ` : a.name, bold: true, anchor }, ...(text ? [{ text, anchor }] : [])]
            : [{ text: choice.approachIds?.[i] ?? '', anchor }];
        }),
      });
    if (using.length > 0) blocks.push(labelled(labels.activitiesOfMechanism, using.join('; ')));
    return blocks;
  });
}
