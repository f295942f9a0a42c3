import { z } from 'zod/mini';
import { LIMITS } from './limits';

/**
 * The lenient draft: what autosave and draft files hold. Every answer is optional and kept
 * exactly as typed (numbers and amounts as strings), so a half-filled or wrong answer is never
 * lost. The strict checks live in `application.ts`.
 */

export const DRAFT_FORMAT = 'aanvraagwijzer-draft';
/** Bump together with a migration in `migrations.ts`. */
export const DRAFT_VERSION = 1;

const short = z.string().check(z.maxLength(LIMITS.shortText));
const long = z.string().check(z.maxLength(LIMITS.longText));
const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const ids = z.array(id).check(z.maxLength(LIMITS.listItems));
const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);

/**
 * An answer as a form can leave it. react-hook-form writes `null` for a radio group nobody has
 * chosen yet, and earlier versions of this app saved it that way: it means "not answered", so it
 * reads as absent. (The draft store leaves nulls out when it writes; this is for older files.)
 */
function answer<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.pipe(z.nullable(schema), z.transform((value: z.output<T> | null) => value ?? undefined)));
}

/**
 * A checkbox group's answer: a list of ids. Before checkbox groups always held a list, an untouched
 * group was saved as `false` and a group with one option as that option's id alone.
 */
const choices = z.optional(
  z.pipe(
    z.union([ids, id, z.literal(false), z.null()]),
    z.transform((value: string[] | string | false | null) => (typeof value === 'string' ? [value] : value || undefined)),
  ),
);

/** A radio group's answer; an empty string is no choice, like `null`. */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.optional(
    z.pipe(z.union([z.enum(values), z.literal(''), z.null()]), z.transform((value: T[number] | '' | null) => (value === '' || value === null ? undefined : value))),
  );
}

export const applicantDraftSchema = z.object({
  institutionName: answer(short),
  /** BRIN code of the institution, e.g. "25LX". */
  brin: answer(short),
  bevoegdGezag: answer(short),
  contactName: answer(short),
  contactRole: answer(short),
  contactEmail: answer(short),
  contactPhone: answer(short),
  signatoryName: answer(short),
  signatoryRole: answer(short),
});

export const targetGroupDraftSchema = z.object({
  /** Expected number of students, as typed. */
  expectedCount: answer(short),
  levels: choices,
  pathways: choices,
  /** Sectors, programmes or crebo numbers, free text. */
  sectors: answer(long),
  riskIndicators: choices,
  /** Only kept while the risk indicator "other" is chosen. */
  otherRiskExplanation: answer(long),
  selection: answer(long),
  /** The institution confirms every participant is younger than the scheme's age limit. */
  ageConfirmed: answer(z.boolean()),
});

export const targetGroupsDraftSchema = z.object({
  a: answer(targetGroupDraftSchema),
  b: answer(targetGroupDraftSchema),
});

export const mechanismChoiceDraftSchema = z.object({
  mechanismId: id,
  approachIds: choices,
  /** Why this mechanism fits these target groups. */
  rationale: answer(long),
});

export const mechanismsDraftSchema = z.object({
  chosen: answer(z.array(mechanismChoiceDraftSchema).check(z.maxLength(LIMITS.listItems))),
});

export const costLineDraftSchema = z.object({
  id,
  category: answer(short),
  description: answer(short),
  /** Euros as typed, nl-NL ("1.250,50") or plain ("1250.5"). */
  amount: answer(short),
});

export const activityDraftSchema = z.object({
  id,
  title: answer(short),
  description: answer(long),
  mechanismIds: choices,
  approachIds: choices,
  targetGroupIds: choices,
  phase: answer(short),
  startDate: answer(isoDateOrEmpty),
  endDate: answer(isoDateOrEmpty),
  expectedParticipants: answer(short),
  responsible: answer(short),
  partnerIds: choices,
  hours: answer(short),
  costLines: answer(z.array(costLineDraftSchema).check(z.maxLength(LIMITS.costLinesPerActivity))),
  /** The example this activity started from, if any (to warn when it was left unchanged). */
  fromExampleId: answer(short),
});

export const partnerDraftSchema = z.object({
  id,
  type: answer(short),
  name: answer(short),
  role: answer(long),
  agreements: answer(long),
});

export const nazorgDraftSchema = z.object({
  contactMethod: answer(long),
  duration: answer(short),
  handover: answer(long),
  expectedUsers: answer(short),
});

export const budgetDraftSchema = z.object({
  requestedAmount: answer(short),
  hasCofinancing: choice(['yes', 'no']),
  /** Only kept while hasCofinancing is "yes". */
  cofinancingAmount: answer(short),
  cofinancingSource: answer(long),
  notes: answer(long),
});

export const monitoringDraftSchema = z.object({
  indicators: answer(long),
  registration: answer(long),
  comparison: answer(long),
});

export const answersDraftSchema = z.object({
  applicant: answer(applicantDraftSchema),
  targetGroups: answer(targetGroupsDraftSchema),
  mechanisms: answer(mechanismsDraftSchema),
  activities: answer(z.array(activityDraftSchema).check(z.maxLength(LIMITS.activities))),
  partners: answer(z.array(partnerDraftSchema).check(z.maxLength(LIMITS.partners))),
  nazorg: answer(nazorgDraftSchema),
  budget: answer(budgetDraftSchema),
  monitoring: answer(monitoringDraftSchema),
});

/** Where the user is and what they have looked at; drives the task list statuses. */
export const progressSchema = z.object({
  lastStep: z.optional(short),
  /** Steps the user submitted at least once ("bekeken"). */
  visited: z.optional(z.array(short).check(z.maxLength(LIMITS.listItems))),
});

/**
 * Where a comment sits: an answer (`field`, named as on the step's form but with the id of an
 * activity, cost line or partner instead of its place in the list, e.g.
 * "activities.<activityId>.description"), a section of the Word document (`section`, the
 * template's section id), or the step as a whole. `step` is a step id, or "algemeen" for a
 * remark about the whole application.
 */
export const commentAnchorSchema = z.object({
  step: id,
  field: z.optional(short),
  section: z.optional(short),
});

const isoDateTime = z.iso.datetime({ offset: true });
const commentText = z.string().check(z.maxLength(LIMITS.commentText));

export const commentReplySchema = z.object({
  id,
  author: short,
  text: commentText,
  createdAt: isoDateTime,
});

/** An advisor's remark on the draft: made in the app's review mode, or read from a Word file. */
export const commentSchema = z.object({
  id,
  anchor: commentAnchorSchema,
  author: short,
  text: commentText,
  createdAt: isoDateTime,
  resolved: z.optional(z.boolean()),
  replies: z.array(commentReplySchema).check(z.maxLength(LIMITS.commentReplies)),
  /** Where it was written; absent means in the app. */
  origin: z.optional(z.enum(['app', 'word'])),
});

/** An answer whose text an advisor changed in the Word file, waiting for the author to take it over or ignore it. */
export const wordChangeSchema = z.object({
  anchor: commentAnchorSchema,
  /** The answer's text as the Word file now has it. */
  wordText: z.string().check(z.maxLength(LIMITS.longText)),
  /** The answer's text as the app wrote it into that file. */
  documentText: z.string().check(z.maxLength(LIMITS.longText)),
  importedAt: isoDateTime,
});

/**
 * A part of a draft that could not be read when the draft was opened (e.g. an answer an older or
 * other program wrote in a shape this app does not know). It is kept here, as it was, instead of
 * refusing the whole draft; the user sees which answers these are and can download them.
 */
export const setAsidePartSchema = z.object({
  /** Where the part was in the file that was opened, e.g. "answers.activities.0.phase". */
  path: z.string().check(z.maxLength(LIMITS.setAsideLabel)),
  /** Dutch: which answer this is, e.g. "Activiteiten – Activiteit 1 ‘Huiswerkklas’ – Fase". */
  label: z.string().check(z.maxLength(LIMITS.setAsideLabel)),
  /** The part exactly as the file held it, as JSON text. */
  raw: z.string().check(z.maxLength(LIMITS.draftBytes)),
  /** When it was set aside. */
  at: z.iso.datetime({ offset: true }),
});

export const draftFileSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  schemeId: id,
  /** Version of the app that last wrote the file. */
  appVersion: z.optional(short),
  /** Human name of the draft, shown in the list of drafts. */
  title: z.optional(short),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  answers: answersDraftSchema,
  progress: z.optional(progressSchema),
  /** Advisors' comments; they travel with the draft, also inside the Word file. */
  comments: z.optional(z.array(commentSchema).check(z.maxLength(LIMITS.comments))),
  /** Answers changed in a Word file that came back ("Gewijzigd in Word"). */
  wordChanges: z.optional(z.array(wordChangeSchema).check(z.maxLength(LIMITS.comments))),
  /** Parts that could not be read when the draft was opened, kept as they were (nothing is thrown away). */
  setAside: z.optional(z.array(setAsidePartSchema).check(z.maxLength(LIMITS.setAsideParts))),
});

export type ApplicantDraft = z.infer<typeof applicantDraftSchema>;
export type TargetGroupDraft = z.infer<typeof targetGroupDraftSchema>;
export type MechanismChoiceDraft = z.infer<typeof mechanismChoiceDraftSchema>;
export type ActivityDraft = z.infer<typeof activityDraftSchema>;
export type CostLineDraft = z.infer<typeof costLineDraftSchema>;
export type PartnerDraft = z.infer<typeof partnerDraftSchema>;
export type NazorgDraft = z.infer<typeof nazorgDraftSchema>;
export type BudgetDraft = z.infer<typeof budgetDraftSchema>;
export type MonitoringDraft = z.infer<typeof monitoringDraftSchema>;
export type Answers = z.infer<typeof answersDraftSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type DraftFile = z.infer<typeof draftFileSchema>;
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type DraftComment = z.infer<typeof commentSchema>;
export type WordChange = z.infer<typeof wordChangeSchema>;
export type SetAsidePart = z.infer<typeof setAsidePartSchema>;
