import type { TargetGroupDraft } from '../../../schemas/draft';
import type { Block, TableCell } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { labelsOf } from '../schemeLabels';
import { fieldKey } from '../../domain/answerAnchors';
import { heading, textBlocks } from './primitives';

const groupOf = (ctx: RenderContext, id: 'a' | 'b'): TargetGroupDraft => ctx.answers.targetGroups?.[id] ?? {};

/** Both target groups side by side: the numbers and choices. */
export function targetGroupsTable(ctx: RenderContext): Block[] {
  const { labels, scheme } = ctx;
  const groups = scheme.targetGroups;
  const cell = (text: string | undefined): TableCell => (text?.trim() ? text.trim() : { text: labels.missing, missing: true });
  const list = (items: string[]): TableCell => cell(items.join('\n'));
  // Each group's answer is its own cell, anchored to "<group>.<field>".
  const row = (label: string, field: keyof TargetGroupDraft, value: (g: TargetGroupDraft) => TableCell): TableCell[] => [
    { text: label, bold: true },
    ...groups.map((g) => {
      const content = value(groupOf(ctx, g.id));
      const anchor = fieldKey('targetGroups', `${g.id}.${field}`);
      return typeof content === 'string' ? { text: content, anchor } : { ...content, anchor };
    }),
  ];
  const share = (1 - 0.3) / groups.length;
  return [
    {
      kind: 'table',
      caption: `${labels.targetGroup}: ${groups.map((g) => `${g.id} (${g.shortName})`).join(', ')}`,
      columns: [
        { header: labels.targetGroup, width: 0.3 },
        ...groups.map((g) => ({ header: `${g.id}. ${g.shortName}`, width: share })),
      ],
      rows: [
        row(labels.expectedCount, 'expectedCount', (g) => cell(g.expectedCount)),
        row(labels.levels, 'levels', (g) => list(labelsOf(scheme.levels, g.levels))),
        row(labels.pathways, 'pathways', (g) => list(labelsOf(scheme.pathways, g.pathways))),
        row(labels.sectors, 'sectors', (g) => cell(g.sectors)),
        row(labels.riskIndicators, 'riskIndicators', (g) => list(labelsOf(scheme.riskIndicators, g.riskIndicators))),
        // Not ticked means not confirmed yet, not "no": a "Nee" would read as older participants.
        row(labels.ageConfirmed, 'ageConfirmed', (g) => (g.ageConfirmed === true ? labels.yes : cell(undefined))),
      ],
    },
  ];
}

/** Per group: how the institution selects who takes part, and any other risk it sees (the scheme's own definition is not repeated). */
export function targetGroupDetails(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  return ctx.scheme.targetGroups.flatMap((group) => {
    const answers = groupOf(ctx, group.id);
    const anchor = (field: keyof TargetGroupDraft) => fieldKey('targetGroups', `${group.id}.${field}`);
    const blocks: Block[] = [
      heading(2, `${labels.targetGroup} ${group.id}: ${group.name}`),
      heading(3, labels.selection),
      ...textBlocks(answers.selection, labels.missing, anchor('selection')),
    ];
    if (answers.otherRiskExplanation?.trim()) {
      blocks.push(heading(3, labels.otherRiskExplanation), ...textBlocks(answers.otherRiskExplanation, labels.missing, anchor('otherRiskExplanation')));
    }
    return blocks;
  });
}
