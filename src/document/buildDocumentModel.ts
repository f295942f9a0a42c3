import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate, TemplateSection } from '../../schemas/template';
import type { ApplicationFields } from '../../schemas/fields/steps';
import { errorsOf } from '../domain/issues';
import { anchoredPieces } from './anchoredText';
import { heading, note, runBlocks, withoutEmptySubheadings } from './blocks/primitives';
import type { Block, DocumentModel, TextRun } from './documentModel';
import { fillPlaceholders } from './fillPlaceholders';
import { resolveAnchors } from './modelAnchors';
import { createRenderContext, type RenderContext } from './renderContext';
import { findBlock } from './templateBlocks';
import { findBinding } from './templateBindings';

export interface BuildOptions {
  now?: Date;
  /** The app's version, in the file's properties (never in the text: the document is the institution's). */
  appVersion?: string;
  /** The field table (a test's with a field added); defaults to the round's. */
  fields?: ApplicationFields;
}

/** Pure: (draft, scheme, template) → the document as data, shared by the .docx and the preview. */
export function buildDocumentModel(draft: DraftFile, scheme: Scheme, template: DocumentTemplate, options: BuildOptions = {}): DocumentModel {
  const ctx = createRenderContext(draft, scheme, template, options.now ?? new Date(), options.appVersion ?? 'onbekend', options.fields);
  const fill = (text: string) => fillPlaceholders(text, ctx).text;
  const concept = errorsOf(ctx.issues).length > 0;
  const title = fill(template.title);

  const body: Block[] = [{ kind: 'toc', title: template.tableOfContents.title }];
  // Answers named in the template's sentences; an answer's own block (a table, its text) is its place if it has one.
  const mentions = new Set<TextRun>();
  template.sections.forEach((section, index) => body.push(...(sectionBlocks(section, `${index + 1}. ${fill(section.heading)}`, ctx, mentions) ?? [])));
  // Appendices are lettered in order among those that are there ("Bijlage A. Openstaande punten" only while something is open).
  let letter = 0;
  for (const section of template.appendices) {
    const title = `${template.labels.appendix} ${String.fromCharCode(65 + letter)}. ${fill(section.heading)}`;
    const blocks = sectionBlocks(section, title, ctx, mentions);
    if (!blocks) continue;
    body.push(...blocks);
    letter++;
  }
  assignHeadingIds(body);
  resolveAnchors(body, mentions);

  const institution = draft.answers.applicant?.institutionName?.trim();
  return {
    language: 'nl-NL',
    title,
    concept,
    titlePage: {
      title,
      lines: template.titlePage.lines.map(fill),
      ...(concept ? { badge: fill(template.titlePage.conceptBadge) } : template.titlePage.finalBadge ? { badge: fill(template.titlePage.finalBadge) } : {}),
    },
    header: fill(template.header),
    footer: concept ? fill(template.footer.concept) : fill(template.footer.final),
    pageNumbers: template.footer.pageNumbers,
    body,
    properties: {
      title,
      subject: scheme.name,
      creator: institution ?? 'Aanvraagwijzer',
      keywords: `${scheme.shortName}; ${scheme.id}`,
      description: `Gemaakt met Aanvraagwijzer ${ctx.appVersion}`,
    },
  };
}

/** A section's blocks; undefined when it is left out (`dropWhenEmpty` and its blocks show nothing). */
function sectionBlocks(section: TemplateSection, title: string, ctx: RenderContext, mentions: Set<TextRun>): Block[] | undefined {
  const blocks: Block[] = [];
  let computed = 0;
  if (section.pageBreakBefore) blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: title, id: '', section: section.id });
  for (const item of section.content) {
    if ('heading' in item && !('text' in item)) blocks.push(heading(2, fillPlaceholders(item.heading, ctx).text));
    else if ('note' in item) blocks.push(note(fillPlaceholders(item.note, ctx).text));
    else if ('block' in item) {
      const built = findBlock(item.block)?.build(ctx) ?? [];
      computed += built.length;
      blocks.push(...built);
    } else {
      if (item.when !== undefined && !findBinding(ctx, item.when)?.value(ctx)?.trim()) continue;
      const filled = fillPlaceholders(item.text, ctx);
      if (item.optional && filled.empty.length > 0) continue;
      if (item.heading) blocks.push(heading(2, fillPlaceholders(item.heading, ctx).text));
      const textBlocks = runBlocks(anchoredPieces(item.text, ctx), ctx.labels.missing);
      for (const block of textBlocks) for (const run of block.kind === 'paragraph' ? block.runs : block.kind === 'list' ? block.items.flat() : []) mentions.add(run);
      blocks.push(...textBlocks);
    }
  }
  return section.dropWhenEmpty && computed === 0 ? undefined : withoutEmptySubheadings(blocks);
}

/** "kop-1", "kop-2", … in document order: anchors for the preview and bookmarks for Word. */
function assignHeadingIds(blocks: Block[]) {
  let n = 0;
  for (const block of blocks) if (block.kind === 'heading') block.id = `kop-${++n}`;
}
