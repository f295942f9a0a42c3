import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import type { Siblings } from '../../../schemas/fields/field';
import { fieldKey } from '../../domain/answerAnchors';
import { valueOr } from './primitives';

/** Every answer of the Aanvrager step, in the order of its field table, each with its anchor. */
export function applicantTable(ctx: RenderContext): Block[] {
  const applicant: Siblings = ctx.answers.applicant ?? {};
  const fieldLabels = ctx.labels.fields ?? {};
  const rows = Object.entries(ctx.fields.applicant.item).flatMap(([name, field]) => {
    if (field.type !== 'leaf' || field.hidden || (field.shownWhen && !field.shownWhen(applicant, ctx.scheme))) return [];
    const text = field.documentText(applicant[name], { scheme: ctx.scheme, answers: ctx.answers });
    // The template may word a row differently from the answer's name ("Contactpersoon").
    const label = Object.hasOwn(fieldLabels, `applicant.${name}`) ? fieldLabels[`applicant.${name}`]! : field.label;
    return [{ label, ...valueOr(text, ctx.labels.missing), anchor: fieldKey('applicant', name) }];
  });
  return [{ kind: 'facts', caption: ctx.template.sections.find((s) => s.id === 'aanvrager')?.heading ?? rows[0]?.label ?? '', rows }];
}
