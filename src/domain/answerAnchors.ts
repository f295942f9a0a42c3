import type { ActivityDraft, Answers, CommentAnchor, CostLineDraft, PartnerDraft } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { STEP_IDS, STEP_SLUGS, type StepId } from './steps';

/**
 * Anchors name one answer of the draft (or a section of the Word document) the same way in every
 * place that points at it: a comment, the document model, the Word bookmark and a "Gewijzigd in
 * Word" entry. A field is named as on its step's form, but list items by their id, not their place,
 * so an anchor keeps pointing at the same activity when another one is removed:
 *
 *   applicant        institutionName
 *   targetGroups     a.sectors
 *   mechanisms       chosen.<mechanismId>.rationale
 *   activities       activities.<activityId>.description
 *                    activities.<activityId>.costLines.<costLineId>.amount
 *   partners         partners.<partnerId>.role
 *   nazorg, budget, monitoring: the field's own name
 */

/** A comment about the application as a whole (and a Word comment with no answer near it). */
export const GENERAL_STEP = 'algemeen';

/** What kind of answer a field holds: only typed text can be taken over from a Word file. */
export type AnswerKind = 'text' | 'longText' | 'number' | 'choice' | 'date';

/** Where a field sits, for its label and for the link to it. */
export type FieldContext =
  | { kind: 'step' }
  | { kind: 'group'; groupId: 'a' | 'b' }
  | { kind: 'mechanism'; mechanismId: string; index: number }
  | { kind: 'activity'; index: number; activity: ActivityDraft }
  | { kind: 'costLine'; index: number; activity: ActivityDraft; lineIndex: number; line: CostLineDraft }
  | { kind: 'partner'; index: number; partner: PartnerDraft };

export interface LocatedField {
  step: StepId;
  /** The field's own name, e.g. "description". */
  name: string;
  kind: AnswerKind;
  context: FieldContext;
  /** The answer as stored; undefined when not answered. */
  value: unknown;
  /** The page the field is on ("#/activiteiten/<id>") and its react-hook-form name there, with list positions. */
  page: string[];
  formName: string;
}

const FIELD_KINDS = {
  applicant: {
    institutionName: 'text',
    brin: 'text',
    bevoegdGezag: 'text',
    contactName: 'text',
    contactRole: 'text',
    contactEmail: 'text',
    contactPhone: 'text',
    signatoryName: 'text',
    signatoryRole: 'text',
  },
  targetGroup: {
    expectedCount: 'number',
    levels: 'choice',
    pathways: 'choice',
    sectors: 'longText',
    riskIndicators: 'choice',
    otherRiskExplanation: 'longText',
    selection: 'longText',
    ageConfirmed: 'choice',
  },
  mechanism: { approachIds: 'choice', rationale: 'longText' },
  activity: {
    title: 'text',
    description: 'longText',
    mechanismIds: 'choice',
    approachIds: 'choice',
    targetGroupIds: 'choice',
    phase: 'choice',
    startDate: 'date',
    endDate: 'date',
    expectedParticipants: 'number',
    responsible: 'text',
    partnerIds: 'choice',
    hours: 'text',
  },
  costLine: { category: 'choice', description: 'text', amount: 'number' },
  partner: { type: 'choice', name: 'text', role: 'longText', agreements: 'longText' },
  nazorg: { contactMethod: 'longText', duration: 'text', handover: 'longText', expectedUsers: 'number' },
  budget: { requestedAmount: 'number', hasCofinancing: 'choice', cofinancingAmount: 'number', cofinancingSource: 'longText', notes: 'longText' },
  monitoring: { indicators: 'longText', registration: 'longText', comparison: 'longText' },
} as const satisfies Record<string, Record<string, AnswerKind>>;

type FieldGroup = keyof typeof FIELD_KINDS;

function kindOf(group: FieldGroup, name: string): AnswerKind | undefined {
  const kinds: Record<string, AnswerKind> = FIELD_KINDS[group];
  return Object.hasOwn(kinds, name) ? kinds[name] : undefined;
}

/** The one string an anchor is known by (and, hashed, its Word bookmark name). */
export function anchorKey(anchor: CommentAnchor): string {
  if (anchor.field) return fieldKey(anchor.step, anchor.field);
  if (anchor.section) return sectionKey(anchor.section);
  return anchor.step;
}

export const fieldKey = (step: string, field: string) => `${step}:${field}`;
export const sectionKey = (section: string) => `section:${section}`;

/** The anchor of a field key ("nazorg:duration"); undefined for a section or step key. */
export function fieldAnchorOf(key: string): CommentAnchor | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0 || key.startsWith('section:')) return undefined;
  return { step: key.slice(0, colon), field: key.slice(colon + 1) };
}

/** The section id of a section key ("section:nazorg"). */
export function sectionOf(key: string): string | undefined {
  return key.startsWith('section:') ? key.slice('section:'.length) : undefined;
}

const isStep = (step: string): step is StepId => (STEP_IDS as readonly string[]).includes(step);

/** Finds the answer an anchor points at; undefined when it is not a field, or its activity or partner is gone. */
export function locateField(answers: Answers, anchor: CommentAnchor): LocatedField | undefined {
  const { step, field } = anchor;
  if (!field || !isStep(step)) return undefined;
  const parts = field.split('.');
  const slug = STEP_SLUGS[step];
  const simple = (group: FieldGroup, values: Record<string, unknown> | undefined): LocatedField | undefined => {
    const [name] = parts;
    const kind = parts.length === 1 && name ? kindOf(group, name) : undefined;
    return kind && name ? { step, name, kind, context: { kind: 'step' }, value: values?.[name], page: [slug], formName: name } : undefined;
  };
  switch (step) {
    case 'applicant':
      return simple('applicant', answers.applicant);
    case 'nazorg':
      return simple('nazorg', answers.nazorg);
    case 'budget':
      return simple('budget', answers.budget);
    case 'monitoring':
      return simple('monitoring', answers.monitoring);
    case 'targetGroups': {
      const [groupId, name] = parts;
      const kind = parts.length === 2 && name ? kindOf('targetGroup', name) : undefined;
      if (!kind || !name || (groupId !== 'a' && groupId !== 'b')) return undefined;
      const group: Record<string, unknown> | undefined = answers.targetGroups?.[groupId];
      return { step, name, kind, context: { kind: 'group', groupId }, value: group?.[name], page: [slug], formName: `${groupId}.${name}` };
    }
    case 'mechanisms': {
      const [root, mechanismId, name] = parts;
      const kind = parts.length === 3 && root === 'chosen' && name ? kindOf('mechanism', name) : undefined;
      const chosen = answers.mechanisms?.chosen ?? [];
      const index = chosen.findIndex((c) => c.mechanismId === mechanismId);
      if (!kind || !name || !mechanismId || index < 0) return undefined;
      const choice: Record<string, unknown> = chosen[index]!;
      return { step, name, kind, context: { kind: 'mechanism', mechanismId, index }, value: choice[name], page: [slug], formName: `chosen.${index}.${name}` };
    }
    case 'activities': {
      const [root, activityId, name, lineId, lineField] = parts;
      const activities = answers.activities ?? [];
      const index = activities.findIndex((a) => a.id === activityId);
      const activity = activities[index];
      if (root !== 'activities' || !activity || !name) return undefined;
      const page = [slug, activity.id];
      if (parts.length === 3) {
        const kind = kindOf('activity', name);
        const values: Record<string, unknown> = activity;
        return kind && { step, name, kind, context: { kind: 'activity', index, activity }, value: values[name], page, formName: name };
      }
      if (parts.length !== 5 || name !== 'costLines' || !lineField) return undefined;
      const lines = activity.costLines ?? [];
      const lineIndex = lines.findIndex((l) => l.id === lineId);
      const line = lines[lineIndex];
      const kind = kindOf('costLine', lineField);
      if (!line || !kind) return undefined;
      const values: Record<string, unknown> = line;
      return {
        step,
        name: lineField,
        kind,
        context: { kind: 'costLine', index, activity, lineIndex, line },
        value: values[lineField],
        page,
        formName: `costLines.${lineIndex}.${lineField}`,
      };
    }
    case 'partners': {
      const [root, partnerId, name] = parts;
      const partners = answers.partners ?? [];
      const index = partners.findIndex((p) => p.id === partnerId);
      const partner = partners[index];
      const kind = parts.length === 3 && root === 'partners' && name ? kindOf('partner', name) : undefined;
      if (!partner || !kind || !name) return undefined;
      const values: Record<string, unknown> = partner;
      return { step, name, kind, context: { kind: 'partner', index, partner }, value: values[name], page: [slug], formName: `partners.${index}.${name}` };
    }
  }
}

/** Whether text from a Word file can be written into this answer as it is (typed text only). */
export const takesText = (kind: AnswerKind) => kind === 'text' || kind === 'longText';

/**
 * The answers with `text` written into the text answer the anchor points at, or undefined when
 * that answer is not typed text (a choice, number or date is changed by hand) or the text is too
 * long for it. A one-line answer gets the Word paragraphs joined by spaces.
 */
export function withAnswerText(answers: Answers, anchor: CommentAnchor, text: string): Answers | undefined {
  const located = locateField(answers, anchor);
  if (!located || !takesText(located.kind)) return undefined;
  const value = located.kind === 'text' ? text.replace(/\s*\n\s*/g, ' ').trim() : text.trim();
  if (value.length > (located.kind === 'text' ? LIMITS.shortText : LIMITS.longText)) return undefined;
  const { name, context } = located;
  switch (context.kind) {
    case 'step':
      return { ...answers, [located.step]: { ...(answers[located.step as 'applicant'] ?? {}), [name]: value } };
    case 'group':
      return { ...answers, targetGroups: { ...answers.targetGroups, [context.groupId]: { ...answers.targetGroups?.[context.groupId], [name]: value } } };
    case 'mechanism':
      return {
        ...answers,
        mechanisms: { ...answers.mechanisms, chosen: (answers.mechanisms?.chosen ?? []).map((c, i) => (i === context.index ? { ...c, [name]: value } : c)) },
      };
    case 'activity':
      return { ...answers, activities: (answers.activities ?? []).map((a, i) => (i === context.index ? { ...a, [name]: value } : a)) };
    case 'costLine':
      return {
        ...answers,
        activities: (answers.activities ?? []).map((a, i) =>
          i === context.index ? { ...a, costLines: (a.costLines ?? []).map((l, j) => (j === context.lineIndex ? { ...l, [name]: value } : l)) } : a,
        ),
      };
    case 'partner':
      return { ...answers, partners: (answers.partners ?? []).map((p, i) => (i === context.index ? { ...p, [name]: value } : p)) };
  }
}
