import { z } from 'zod/mini';

/**
 * A document template: the Word draft's structure and fixed Dutch wording for one scheme round, as
 * data a non-programmer can read and change. Text may hold placeholders such as
 * `{{applicant.institutionName}}`; `{"block": "targetGroupsTable"}` inserts a computed part (a
 * table, a list of activities). Which placeholders and blocks exist is decided by the code
 * (src/document/templateBindings.ts, src/document/templateBlocks.ts); a test proves the template and the
 * code agree.
 */

const nonEmpty = z.string().check(z.minLength(1));
const name = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'block: letters and digits, e.g. targetGroupsTable'));

/** `{{name.path}}` inside a text. Names are letters, digits and dots. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9.]*)\s*\}\}/g;

export const contentItemSchema = z.union([
  /** A sub-heading (level 2) inside a section. */
  z.strictObject({ heading: nonEmpty }),
  /**
   * One or more paragraphs: the text after filling in its placeholders, split on line breaks.
   * With `"optional": true` the whole text is left out when one of its placeholders is empty
   * (otherwise an empty placeholder shows the template's `missing` label). With `"when":
   * "nazorg.noFeeConfirmed"` the text is there only while that answer is given (e.g. a condition
   * of the round the institution confirmed). A `heading` (level 2) goes before it, and is left out with it.
   */
  z.strictObject({
    text: nonEmpty,
    optional: z.optional(z.boolean()),
    when: z.optional(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9.]*$/))),
    heading: z.optional(nonEmpty),
  }),
  /** A short remark in italics, e.g. how to read a table. */
  z.strictObject({ note: nonEmpty }),
  /** A computed part, built by the code from the answers. */
  z.strictObject({ block: name }),
]);

export const sectionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  heading: nonEmpty,
  /** Start the section on a new page. */
  pageBreakBefore: z.optional(z.boolean()),
  /** Leave the whole section out when its blocks have nothing to show (its fixed texts alone do not count). */
  dropWhenEmpty: z.optional(z.boolean()),
  content: z.array(contentItemSchema).check(z.minLength(1)),
});

/** A noun in the singular and the plural, e.g. ["activiteit", "activiteiten"]: "1 activiteit", "16 activiteiten". */
const counted = z.tuple([nonEmpty, nonEmpty]);

/** Words the computed blocks use (row labels, column headers). Every key is required. */
export const templateLabelsSchema = z.strictObject({
  missing: nonEmpty,
  yes: nonEmpty,
  no: nonEmpty,
  total: nonEmpty,
  /** "Bijlage": the appendices are lettered in order ("Bijlage A. …"), so the letters follow the ones that are there. */
  appendix: nonEmpty,
  /** Nouns as the sentences count them: activities, mechanisms, and the people of each target group by its phase. */
  counted: z.strictObject({ activity: counted, mechanism: counted, goal: counted, people: z.record(z.string(), counted) }),
  targetGroup: nonEmpty,
  /** Aanleiding en doelen: the figures table, the goals (codes "D1", "D2", each with labelled rows) and the indicators per goal in monitoring. */
  figures: nonEmpty,
  figureWhat: nonEmpty,
  figureValue: nonEmpty,
  figureSource: nonEmpty,
  noFigures: nonEmpty,
  goals: nonEmpty,
  goal: nonEmpty,
  goalCode: nonEmpty,
  goalText: nonEmpty,
  goalIndicators: nonEmpty,
  goalIndicatorsIntro: nonEmpty,
  indicator: nonEmpty,
  targetValue: nonEmpty,
  targetDate: nonEmpty,
  noGoals: nonEmpty,
  expectedCount: nonEmpty,
  levels: nonEmpty,
  pathways: nonEmpty,
  sectors: nonEmpty,
  riskIndicators: nonEmpty,
  otherRiskExplanation: nonEmpty,
  ageConfirmed: nonEmpty,
  selection: nonEmpty,
  /** The heading of a chosen mechanism: "Mechanisme". */
  mechanismNumber: nonEmpty,
  rationale: nonEmpty,
  ourApproaches: nonEmpty,
  /** "Activiteiten met dit mechanisme". */
  activitiesOfMechanism: nonEmpty,
  activity: nonEmpty,
  activityCode: nonEmpty,
  description: nonEmpty,
  phase: nonEmpty,
  period: nonEmpty,
  periodUntil: nonEmpty,
  participants: nonEmpty,
  responsible: nonEmpty,
  /** Facts of an activity, singular and plural: ["Mechanisme", "Mechanismen"]. */
  mechanisms: counted,
  approaches: counted,
  partners: counted,
  hours: nonEmpty,
  costs: nonEmpty,
  costCategory: nonEmpty,
  costDescription: nonEmpty,
  amount: nonEmpty,
  noCostLines: nonEmpty,
  noActivities: nonEmpty,
  noMechanisms: nonEmpty,
  noPartners: nonEmpty,
  partnerName: nonEmpty,
  partnerType: nonEmpty,
  partnerRole: nonEmpty,
  partnerAgreements: nonEmpty,
  /** "De nazorg krijgt vorm in": before the list of nazorg activities. */
  aftercareActivities: nonEmpty,
  quarter: nonEmpty,
  planned: nonEmpty,
  outsidePeriod: nonEmpty,
  budgetPerActivity: nonEmpty,
  budgetPerCategory: nonEmpty,
  budgetPerTargetGroup: nonEmpty,
  budgetSplitNote: nonEmpty,
  financing: nonEmpty,
  requestedAmount: nonEmpty,
  cofinancingAmount: nonEmpty,
  totalFinancing: nonEmpty,
  perParticipant: nonEmpty,
  unreadableAmounts: nonEmpty,
  error: nonEmpty,
  warning: nonEmpty,
  /** Over the scheme facts the public sources do not give (appendix "Openstaande punten"). */
  unknownFacts: nonEmpty,
  /**
   * An answer's label in a table of the document where it should read otherwise than its name in
   * the field tables (schemas/fields/), by its placeholder name, e.g. "applicant.contactName":
   * "Contactpersoon". A test proves each names an answer.
   */
  fields: z.optional(z.record(z.string(), nonEmpty)),
});

export const documentTemplateSchema = z.strictObject({
  /** Lets a reader of the JSON see what the file is. */
  $comment: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  schemeId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  language: z.literal('nl-NL'),
  /** The document's title (also its file properties). */
  title: nonEmpty,
  titlePage: z.strictObject({
    lines: z.array(nonEmpty),
    /** Shown while the draft still has errors. */
    conceptBadge: nonEmpty,
    /** Shown when nothing is open any more; absent: no badge, the title page is the application's own. */
    finalBadge: z.optional(nonEmpty),
  }),
  tableOfContents: z.strictObject({ title: nonEmpty }),
  header: nonEmpty,
  footer: z.strictObject({
    concept: nonEmpty,
    final: nonEmpty,
    /** "Pagina {page} van {pages}": {page} and {pages} become Word page-number fields. */
    pageNumbers: nonEmpty,
  }),
  labels: templateLabelsSchema,
  sections: z.array(sectionSchema).check(z.minLength(1)),
  /** Appendices after the numbered sections, e.g. "Openstaande punten", lettered in order ("Bijlage A. …"). */
  appendices: z.array(sectionSchema),
});

/**
 * A round's document.json as written: whole, or `basedOn` another round's template. Then each entry
 * of `sections` and `appendices` is either a section of its own (written out) or the id of a section
 * of that round's template, used as it is ("samenvatting"); what else it leaves out (title page,
 * header, footer, labels) comes from that round too, and `labels` given here replace single words.
 */
export const sectionOrId = z.union([z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), sectionSchema]);

export const documentTemplateFileSchema = z.union([
  documentTemplateSchema,
  z.strictObject({
    $comment: z.optional(z.string()),
    basedOn: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    schemeId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    title: z.optional(nonEmpty),
    titlePage: z.optional(documentTemplateSchema.shape.titlePage),
    header: z.optional(nonEmpty),
    footer: z.optional(documentTemplateSchema.shape.footer),
    labels: z.optional(z.partial(templateLabelsSchema)),
    sections: z.array(sectionOrId).check(z.minLength(1)),
    appendices: z.array(sectionOrId),
  }),
]);

export type DocumentTemplateFile = z.infer<typeof documentTemplateFileSchema>;

/** An entry of a `basedOn` template's sections: its own section, or the id of one of the template it is based on. */
export function sectionFrom(from: Pick<DocumentTemplate, 'sections' | 'appendices'>, schemeId: string, basedOn: string) {
  return (entry: string | TemplateSection): TemplateSection => {
    if (typeof entry !== 'string') return entry;
    const found = [...from.sections, ...from.appendices].find((s) => s.id === entry);
    if (!found) throw new Error(`The template of ${schemeId} names section "${entry}", which ${basedOn} does not have`);
    return found;
  };
}

/** A template file as the app reads it: whole, with the sections and words it takes from the template it is based on. */
export function resolveTemplate(file: DocumentTemplateFile, base: (schemeId: string) => DocumentTemplate | undefined): DocumentTemplate {
  if (!('basedOn' in file)) return file;
  const from = base(file.basedOn);
  if (!from) throw new Error(`The document template of ${file.schemeId} is based on ${file.basedOn}, which has none`);
  const section = sectionFrom(from, file.schemeId, file.basedOn);
  return documentTemplateSchema.parse({
    id: file.id,
    schemeId: file.schemeId,
    language: from.language,
    title: file.title ?? from.title,
    titlePage: file.titlePage ?? from.titlePage,
    tableOfContents: from.tableOfContents,
    header: file.header ?? from.header,
    footer: file.footer ?? from.footer,
    labels: { ...from.labels, ...file.labels, fields: { ...from.labels.fields, ...file.labels?.fields } },
    sections: file.sections.map(section),
    appendices: file.appendices.map(section),
  } satisfies DocumentTemplate);
}

export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
export type TemplateSection = z.infer<typeof sectionSchema>;
export type TemplateContentItem = z.infer<typeof contentItemSchema>;
export type TemplateLabels = z.infer<typeof templateLabelsSchema>;

/** Every placeholder name in a text, in order (duplicates kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}
