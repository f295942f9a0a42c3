import type { DraftFile } from '../../../schemas/draft';
import type { ReportTemplate } from '../../../schemas/reportTemplate';
import { PLACEHOLDER, type TemplateSection } from '../../../schemas/template';
import type { Scheme } from '../../../schemas/scheme';
import { getReportTemplate } from '../../../templates/reportTemplates';
import { heading, note, runBlocks, withoutEmptySubheadings } from '../blocks/primitives';
import type { Block, DocumentModel } from '../documentModel';
import { reportBindingValue } from './reportBindings';
import { findReportBlock } from './reportBlocks';
import { createReportContext, type ReportContext } from './reportContext';

export interface ReportBuildOptions {
  now?: Date;
  appVersion?: string;
  /** Defaults to the round's report.json. */
  template?: ReportTemplate;
}

/** Fills `{{name}}`; an unanswered one shows the template's "missing" words, an unknown one stays visible (the template test forbids it). */
export function fillReportText(text: string, ctx: ReportContext): { text: string; empty: string[] } {
  const empty: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const { found, value } = reportBindingValue(ctx, name);
    if (!found) return whole;
    if (!value?.trim()) {
      empty.push(name);
      return ctx.labels.missing;
    }
    return value.trim();
  });
  return { text: filled, empty };
}

/**
 * Pure: (draft with its report, scheme, report template) → the activiteitenverslag as a document
 * model, drawn as .docx by the same modelToDocx as the application. "Concept" until the report has
 * no open points; an appendix lists them.
 */
export function buildReportModel(draft: DraftFile, scheme: Scheme, options: ReportBuildOptions = {}): DocumentModel {
  const template = options.template ?? getReportTemplate(scheme.id);
  const ctx = createReportContext(draft, scheme, template, options.now ?? new Date(), options.appVersion ?? 'onbekend');
  const fill = (text: string) => fillReportText(text, ctx).text;
  const concept = ctx.issues.some((i) => i.severity === 'error');
  const title = fill(template.title);
  const body: Block[] = [{ kind: 'toc', title: template.tableOfContents.title }];
  template.sections.forEach((section, index) => body.push(...sectionBlocks(section, `${index + 1}. ${fill(section.heading)}`, ctx)));
  template.appendices.forEach((section) => body.push(...sectionBlocks(section, fill(section.heading), ctx)));
  let n = 0;
  for (const block of body) if (block.kind === 'heading') block.id = `kop-${++n}`;
  const institution = draft.answers.applicant?.institutionName?.trim();
  return {
    language: 'nl-NL',
    title,
    concept,
    titlePage: {
      title,
      lines: template.titlePage.lines.map(fill),
      ...(concept ? { badge: template.titlePage.conceptBadge } : template.titlePage.finalBadge ? { badge: template.titlePage.finalBadge } : {}),
    },
    header: fill(template.header),
    footer: fill(concept ? template.footer.concept : template.footer.final),
    pageNumbers: template.footer.pageNumbers,
    body,
    properties: {
      title,
      subject: scheme.name,
      creator: institution ?? 'Aanvraagwijzer',
      keywords: `${scheme.shortName}; ${scheme.id}; activiteitenverslag`,
      description: `Gemaakt met Aanvraagwijzer ${ctx.app.appVersion}`,
    },
  };
}

function sectionBlocks(section: TemplateSection, title: string, ctx: ReportContext): Block[] {
  const blocks: Block[] = [];
  if (section.pageBreakBefore) blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: title, id: '', section: section.id });
  for (const item of section.content) {
    if ('heading' in item && !('text' in item)) blocks.push(heading(2, fillReportText(item.heading, ctx).text));
    else if ('note' in item) blocks.push(note(fillReportText(item.note, ctx).text));
    else if ('block' in item) blocks.push(...(findReportBlock(item.block)?.build(ctx) ?? []));
    else {
      const filled = fillReportText(item.text, ctx);
      if (item.optional && filled.empty.length > 0) continue;
      if (item.heading) blocks.push(heading(2, fillReportText(item.heading, ctx).text));
      blocks.push(...runBlocks([{ text: filled.text }], ctx.labels.missing));
    }
  }
  return withoutEmptySubheadings(blocks);
}
