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

export const applicantDraftSchema = z.object({
  institutionName: z.optional(short),
  /** BRIN code of the institution, e.g. "25LX". */
  brin: z.optional(short),
  bevoegdGezag: z.optional(short),
  contactName: z.optional(short),
  contactRole: z.optional(short),
  contactEmail: z.optional(short),
  contactPhone: z.optional(short),
  signatoryName: z.optional(short),
  signatoryRole: z.optional(short),
});

export const targetGroupDraftSchema = z.object({
  /** Expected number of students, as typed. */
  expectedCount: z.optional(short),
  levels: z.optional(ids),
  pathways: z.optional(ids),
  /** Sectors, programmes or crebo numbers, free text. */
  sectors: z.optional(long),
  riskIndicators: z.optional(ids),
  /** Only kept while the risk indicator "other" is chosen. */
  otherRiskExplanation: z.optional(long),
  selection: z.optional(long),
  /** The institution confirms every participant is younger than the scheme's age limit. */
  ageConfirmed: z.optional(z.boolean()),
});

export const targetGroupsDraftSchema = z.object({
  a: z.optional(targetGroupDraftSchema),
  b: z.optional(targetGroupDraftSchema),
});

export const mechanismChoiceDraftSchema = z.object({
  mechanismId: id,
  approachIds: z.optional(ids),
  /** Why this mechanism fits these target groups. */
  rationale: z.optional(long),
});

export const mechanismsDraftSchema = z.object({
  chosen: z.optional(z.array(mechanismChoiceDraftSchema).check(z.maxLength(LIMITS.listItems))),
});

export const costLineDraftSchema = z.object({
  id,
  category: z.optional(short),
  description: z.optional(short),
  /** Euros as typed, nl-NL ("1.250,50") or plain ("1250.5"). */
  amount: z.optional(short),
});

export const activityDraftSchema = z.object({
  id,
  title: z.optional(short),
  description: z.optional(long),
  mechanismIds: z.optional(ids),
  approachIds: z.optional(ids),
  targetGroupIds: z.optional(ids),
  phase: z.optional(short),
  startDate: z.optional(isoDateOrEmpty),
  endDate: z.optional(isoDateOrEmpty),
  expectedParticipants: z.optional(short),
  responsible: z.optional(short),
  partnerIds: z.optional(ids),
  hours: z.optional(short),
  costLines: z.optional(z.array(costLineDraftSchema).check(z.maxLength(LIMITS.costLinesPerActivity))),
  /** The example this activity started from, if any (to warn when it was left unchanged). */
  fromExampleId: z.optional(short),
});

export const partnerDraftSchema = z.object({
  id,
  type: z.optional(short),
  name: z.optional(short),
  role: z.optional(long),
  agreements: z.optional(long),
});

export const nazorgDraftSchema = z.object({
  contactMethod: z.optional(long),
  duration: z.optional(short),
  handover: z.optional(long),
  expectedUsers: z.optional(short),
});

export const budgetDraftSchema = z.object({
  requestedAmount: z.optional(short),
  hasCofinancing: z.optional(z.enum(['yes', 'no'])),
  /** Only kept while hasCofinancing is "yes". */
  cofinancingAmount: z.optional(short),
  cofinancingSource: z.optional(long),
  notes: z.optional(long),
});

export const monitoringDraftSchema = z.object({
  indicators: z.optional(long),
  registration: z.optional(long),
  comparison: z.optional(long),
});

export const answersDraftSchema = z.object({
  applicant: z.optional(applicantDraftSchema),
  targetGroups: z.optional(targetGroupsDraftSchema),
  mechanisms: z.optional(mechanismsDraftSchema),
  activities: z.optional(z.array(activityDraftSchema).check(z.maxLength(LIMITS.activities))),
  partners: z.optional(z.array(partnerDraftSchema).check(z.maxLength(LIMITS.partners))),
  nazorg: z.optional(nazorgDraftSchema),
  budget: z.optional(budgetDraftSchema),
  monitoring: z.optional(monitoringDraftSchema),
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
