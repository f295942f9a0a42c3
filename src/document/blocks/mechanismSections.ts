import type { Block, TextRun } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { mechanismGuidance } from '../../../templates/guidance';
import { fieldKey } from '../../domain/answerAnchors';
import { activityHeading } from './activityLabel';
import { heading, labelled, note, paragraph, textBlocks } from './primitives';

/** Per chosen mechanism: why it fits, the chosen approaches, the evidence and its source. */
export function mechanismSections(ctx: RenderContext): Block[] {
  const { labels, scheme, guidance } = ctx;
  const chosen = ctx.answers.mechanisms?.chosen ?? [];
  if (chosen.length === 0) return [note(labels.noMechanisms)];
  const activities = ctx.answers.activities ?? [];
  return chosen.flatMap((choice) => {
    const mechanism = scheme.mechanisms.find((m) => m.id === choice.mechanismId);
    const answer = (name: string) => fieldKey('mechanisms', `chosen.${choice.mechanismId}.${name}`);
    if (!mechanism) return [heading(2, choice.mechanismId), ...textBlocks(choice.rationale, labels.missing, answer('rationale'))];
    const texts = mechanismGuidance(guidance, mechanism.id);
    const approaches = (choice.approachIds ?? []).map((id) => mechanism.approaches.find((a) => a.id === id));
    const sources = texts.sourceIds
      .map((id) => guidance.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => (s.publisher ? `${s.title} (${s.publisher})` : s.title));
    const using = activities.flatMap((a, i) => (a.mechanismIds?.includes(mechanism.id) ? [activityHeading(ctx, a, i)] : []));
    const blocks: Block[] = [
      heading(2, `${labels.mechanismNumber} ${mechanism.number}: ${mechanism.name}`),
      paragraph(texts.summary),
      heading(3, labels.rationale),
      ...textBlocks(choice.rationale, labels.missing, answer('rationale')),
      heading(3, labels.approaches),
    ];
    const anchor = answer('approachIds');
    if (approaches.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: labels.missing, italic: true, anchor }], style: 'note' });
    else
      blocks.push({
        kind: 'list',
        items: approaches.map((a, i): TextRun[] =>
          a
            ? [
                { text: `${a.name}: `, bold: true, anchor },
                { text: texts.approaches[a.id]?.description ?? '', anchor },
              ]
            : [{ text: choice.approachIds?.[i] ?? '', anchor }],
        ),
      });
    blocks.push(heading(3, labels.evidence), ...texts.evidence.map(paragraph));
    if (sources.length > 0) blocks.push(labelled(labels.source, sources.join('; ')));
    blocks.push(labelled(labels.activitiesOfMechanism, using.length > 0 ? using.join('; ') : labels.none));
    return blocks;
  });
}
