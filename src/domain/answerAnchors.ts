import type { Answers, CommentAnchor } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { objectField } from '../../schemas/fields/containers';
import type { AnswerKind, Fields, LeafField } from '../../schemas/fields/field';
import { STEP_FIELDS, type ApplicationFields, type StepKey } from '../../schemas/fields/steps';
import { STEP_IDS, STEP_SLUGS, type StepId } from './steps';

/**
 * Anchors name one answer of the draft (or a section of the Word document) the same way in every
 * place that points at it: a comment, the document model, the Word bookmark and a "Gewijzigd in
 * Word" entry. A field is named as on its step's form, but list items by their key (the field table
 * says which), not their place, so an anchor keeps pointing at the same activity when another one
 * is removed:
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

/** Where a field sits inside its step: a target group's part, or an item of a list (its place, its values and the list's name). */
export type AnchorFrame = { kind: 'group'; groupId: string } | { kind: 'item'; list: string; index: number; item: Readonly<Record<string, unknown>> };

export interface LocatedField {
  step: StepId;
  /** The field's own name, e.g. "description". */
  name: string;
  /** Its definition in the field table. */
  field: LeafField;
  kind: AnswerKind;
  /** The target group and list items around it, outermost first. */
  frames: AnchorFrame[];
  /** The answer as stored; undefined when not answered. */
  value: unknown;
  /** The page the field is on ("#/activiteiten/<id>") and its react-hook-form name there, with list positions. */
  page: string[];
  formName: string;
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
/** A key's own value (never one up the prototype chain, such as "__proto__"). */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);
const asRecord = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * A step's form values as fields: its object's fields, a part per target group, or a list step's
 * `{ <step>: [...] }` (a form's root is an object).
 */
export function stepRootFields(step: StepKey, fields: ApplicationFields = STEP_FIELDS): Fields {
  const container = fields[step];
  switch (container.type) {
    case 'object':
      return container.item;
    case 'groups':
      return Object.fromEntries(container.ids.map((id) => [id, objectField({ item: container.item })]));
    case 'list':
      return { [step]: container };
  }
}

/** The step's answers in the shape of stepRootFields. */
const stepRootValues = (answers: Answers, step: StepKey, fields: ApplicationFields): unknown =>
  fields[step].type === 'list' ? { [step]: answers[step] } : answers[step];

/** Finds the answer an anchor points at; undefined when it is not a field, or its activity or partner is gone. */
export function locateField(answers: Answers, anchor: CommentAnchor, fields: ApplicationFields = STEP_FIELDS): LocatedField | undefined {
  const { step, field } = anchor;
  if (!field || !isStep(step)) return undefined;
  const groups = fields[step].type === 'groups';
  const walk = (table: Fields, values: unknown, parts: string[], at: Omit<LocatedField, 'step' | 'name' | 'field' | 'kind' | 'value'>): LocatedField | undefined => {
    const [name, ...rest] = parts;
    const found = name === undefined ? undefined : own(table, name);
    if (!found || name === undefined) return undefined;
    const value = own(asRecord(values), name);
    switch (found.type) {
      case 'leaf':
        // An item's key and the app's own notes are no answers of the user.
        return rest.length > 0 || found.hidden ? undefined : { ...at, step, name, field: found, kind: found.answerKind, value, formName: at.formName + name };
      case 'object':
      case 'groups': {
        const frames = groups && table === root ? [...at.frames, { kind: 'group' as const, groupId: name }] : at.frames;
        return walk(found.type === 'object' ? found.item : {}, value, rest, { ...at, frames, formName: `${at.formName}${name}.` });
      }
      case 'list': {
        const [key, ...inItem] = rest;
        const items: unknown[] = Array.isArray(value) ? value : [];
        const index = items.findIndex((item) => own(asRecord(item), found.key) === key);
        const item = asRecord(items[index]);
        if (!item || key === undefined) return undefined;
        const frames = [...at.frames, { kind: 'item' as const, list: name, index, item }];
        return found.itemPage
          ? walk(found.item, item, inItem, { frames, page: [...at.page, key], formName: '' })
          : walk(found.item, item, inItem, { frames, page: at.page, formName: `${at.formName}${name}.${index}.` });
      }
    }
  };
  const root = stepRootFields(step, fields);
  return walk(root, stepRootValues(answers, step, fields), field.split('.'), { frames: [], page: [STEP_SLUGS[step]], formName: '' });
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
  // The anchor's path with each list item's key, walked again to copy only what lies on it.
  const write = (values: unknown, parts: readonly string[], table: Fields): unknown => {
    const [name, ...rest] = parts;
    const object = typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
    const found = name === undefined ? undefined : own(table, name);
    if (!found || name === undefined) return values;
    switch (found.type) {
      case 'leaf':
        return { ...object, [name]: value };
      case 'object':
      case 'groups':
        return { ...object, [name]: write(object[name], rest, found.type === 'object' ? found.item : {}) };
      case 'list': {
        const [key, ...inItem] = rest;
        const items = Array.isArray(object[name]) ? (object[name] as unknown[]) : [];
        return { ...object, [name]: items.map((item) => (own(asRecord(item), found.key) === key ? write(item, inItem, found.item) : item)) };
      }
    }
  };
  const step = located.step;
  const next = write(stepRootValues(answers, step, STEP_FIELDS), anchor.field!.split('.'), stepRootFields(step)) as Record<string, unknown>;
  return { ...answers, [step]: STEP_FIELDS[step].type === 'list' ? next[step] : next };
}
