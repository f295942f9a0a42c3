import type { ApplicantDraft } from '../../../schemas/draft';
import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { fieldKey } from '../../domain/answerAnchors';
import { valueOr } from './primitives';

const FIELDS = [
  'institutionName',
  'brin',
  'bevoegdGezag',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'signatoryName',
  'signatoryRole',
] as const satisfies readonly (keyof ApplicantDraft)[];

export function applicantTable(ctx: RenderContext): Block[] {
  const applicant = ctx.answers.applicant ?? {};
  const labels = ctx.labels.applicantFields;
  return [
    {
      kind: 'facts',
      caption: ctx.template.sections.find((s) => s.id === 'aanvrager')?.heading ?? labels.institutionName,
      rows: FIELDS.map((field) => {
        const raw = field === 'brin' ? applicant.brin?.toUpperCase() : applicant[field];
        return { label: labels[field], ...valueOr(raw, ctx.labels.missing), anchor: fieldKey('applicant', field) };
      }),
    },
  ];
}
