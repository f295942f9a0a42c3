import { z } from 'zod/mini';
import { LIMITS } from './limits';
import { ACTIVITY_FIELDS, COST_LINE_FIELDS } from './fields/activities';
import { APPLICANT_FIELDS } from './fields/applicant';
import { BUDGET_FIELDS } from './fields/budget';
import { draftObjectOf } from './fields/derive';
import { idSchema as id } from './fields/kinds';
import { MECHANISM_CHOICE_FIELDS, MECHANISMS } from './fields/mechanisms';
import { MONITORING_FIELDS } from './fields/monitoring';
import { NAZORG_FIELDS } from './fields/nazorg';
import { PARTNER_FIELDS } from './fields/partners';
import { REPORT_FIELDS } from './fields/report';
import { STEP_FIELDS } from './fields/steps';
import { TARGET_GROUP_FIELDS } from './fields/targetGroups';

/**
 * The lenient draft: what autosave and draft files hold. Every answer is optional and kept
 * exactly as typed (numbers and amounts as strings), so a half-filled or wrong answer is never
 * lost. The strict checks live in `application.ts`; both derive from the field tables in `fields/`.
 */

export const DRAFT_FORMAT = 'aanvraagwijzer-draft';
/** Bump together with a migration in `migrations.ts`. */
export const DRAFT_VERSION = 2;

const short = z.string().check(z.maxLength(LIMITS.shortText));

/**
 * The answers, step by step, as the field tables define them (schemas/fields/): one schema per
 * table, derived, so a field added there is kept by every draft.
 */
export const answersDraftSchema = draftObjectOf(STEP_FIELDS);
export const applicantDraftSchema = draftObjectOf(APPLICANT_FIELDS);
export const targetGroupDraftSchema = draftObjectOf(TARGET_GROUP_FIELDS);
export const mechanismChoiceDraftSchema = draftObjectOf(MECHANISM_CHOICE_FIELDS);
export const mechanismsDraftSchema = draftObjectOf(MECHANISMS.item);
export const costLineDraftSchema = draftObjectOf(COST_LINE_FIELDS);
export const activityDraftSchema = draftObjectOf(ACTIVITY_FIELDS);
export const partnerDraftSchema = draftObjectOf(PARTNER_FIELDS);
export const nazorgDraftSchema = draftObjectOf(NAZORG_FIELDS);
export const budgetDraftSchema = draftObjectOf(BUDGET_FIELDS);
export const monitoringDraftSchema = draftObjectOf(MONITORING_FIELDS);
/** The activiteitenverslag, written after the grant on the same draft (schemas/fields/report.ts). */
export const reportDraftSchema = draftObjectOf(REPORT_FIELDS);

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
  /** The activiteitenverslag after the grant; absent until the user starts it. */
  report: z.optional(reportDraftSchema),
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
export type ReportDraft = z.infer<typeof reportDraftSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type DraftFile = z.infer<typeof draftFileSchema>;
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type DraftComment = z.infer<typeof commentSchema>;
export type WordChange = z.infer<typeof wordChangeSchema>;
export type SetAsidePart = z.infer<typeof setAsidePartSchema>;
