import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { labelOf } from '../schemeLabels';
import { fieldKey } from '../../domain/answerAnchors';
import { heading, note, textBlocks } from './primitives';

/** Who works with the school, and as what kind of partner. */
export function partnersTable(ctx: RenderContext): Block[] {
  const { labels, scheme } = ctx;
  const partners = ctx.answers.partners ?? [];
  if (partners.length === 0) return [note(labels.noPartners)];
  return [
    {
      kind: 'table',
      caption: labels.partners[1],
      columns: [
        { header: labels.partnerName, width: 0.55 },
        { header: labels.partnerType, width: 0.45 },
      ],
      rows: partners.map((p) => {
        const anchor = (field: string) => fieldKey('partners', `partners.${p.id}.${field}`);
        const type = labelOf(scheme.partnerTypes, p.type);
        return [
          p.name?.trim() ? { text: p.name.trim(), anchor: anchor('name') } : { text: labels.missing, missing: true, anchor: anchor('name') },
          type ? { text: type, anchor: anchor('type') } : { text: labels.missing, missing: true, anchor: anchor('type') },
        ];
      }),
    },
  ];
}

/** Per partner: its role and what is agreed. */
export function partnerSections(ctx: RenderContext): Block[] {
  const { labels } = ctx;
  return (ctx.answers.partners ?? []).flatMap((p) => [
    heading(2, p.name?.trim() || labels.missing),
    heading(3, labels.partnerRole),
    ...textBlocks(p.role, labels.missing, fieldKey('partners', `partners.${p.id}.role`)),
    heading(3, labels.partnerAgreements),
    ...textBlocks(p.agreements, labels.missing, fieldKey('partners', `partners.${p.id}.agreements`)),
  ]);
}
