import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { labelOf } from '../schemeLabels';
import { heading, note, textBlocks } from './primitives';

/** Who works with the school, and as what kind of partner. */
export function partnersTable(ctx: RenderContext): Block[] {
  const { labels, scheme } = ctx;
  const partners = ctx.answers.partners ?? [];
  if (partners.length === 0) return [note(labels.noPartners)];
  return [
    {
      kind: 'table',
      caption: labels.partners,
      columns: [
        { header: labels.partnerName, width: 0.55 },
        { header: labels.partnerType, width: 0.45 },
      ],
      rows: partners.map((p) => [
        p.name?.trim() ? p.name.trim() : { text: labels.missing, missing: true },
        labelOf(scheme.partnerTypes, p.type) ?? { text: labels.missing, missing: true },
      ]),
    },
  ];
}

/** Per partner: its role and what is agreed. */
export function partnerSections(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  return (ctx.answers.partners ?? []).flatMap((p) => [
    heading(2, p.name?.trim() || labels.missing),
    heading(3, labels.partnerRole),
    ...textBlocks(p.role, labels.missing),
    heading(3, labels.partnerAgreements),
    ...textBlocks(p.agreements, labels.missing),
  ]);
}
