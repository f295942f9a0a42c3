import type { Fields } from '../../schemas/fields/field';
import { STEP_FIELDS } from '../../schemas/fields/steps';
import { REPORT_FIELDS } from '../../schemas/fields/report';
import type { Scheme } from '../../schemas/scheme';
import { findScheme } from '../../templates/schemes';
import { STEP_IDS, type StepId } from '../domain/steps';
import { ANCHOR_LABELS } from '../text/anchorLabels';
import { STEP_TITLES } from '../text/nl';
import { DRAFT_PARTS, SET_ASIDE } from '../text/storage';

/** A place in a draft file as zod names it: keys and list positions. */
export type DraftPath = readonly (string | number)[];

/** A title or name from the file, short enough for a label (it may itself be what is broken). */
const MAX_NAME = 60;

/**
 * Dutch, for the project leader: which part of the draft this is, by step, the activity or partner
 * by its place and title, and the field's label, e.g. "Activiteiten – Activiteit 2 ‘Huiswerkklas’ –
 * Fase". `draft` is the file's content as read (not yet checked), so every look-up is defensive.
 */
export function setAsideLabel(path: DraftPath, draft: unknown, beyond?: { from: number; to: number }): string {
  const parts = labelParts(path, draft);
  if (beyond) {
    if (parts.at(-1) === SET_ASIDE.list || parts.at(-1) === SET_ASIDE.wholeStep) parts.pop();
    parts.push(SET_ASIDE.beyondLimit(beyond.from + 1, beyond.to));
  }
  return SET_ASIDE.join(parts);
}

function labelParts(path: DraftPath, draft: unknown): string[] {
  const [top, ...rest] = path;
  if (top === 'answers') return answerParts(rest, at(draft, ['answers']), at(draft, ['schemeId']));
  if (top === 'comments') {
    const [i, replies, k] = rest;
    const comment = at(draft, ['comments', i]);
    if (typeof i !== 'number') return [SET_ASIDE.comments];
    const parts = [SET_ASIDE.comments, SET_ASIDE.comment(i + 1, name(at(comment, ['author'])))];
    if (replies === 'replies') parts.push(typeof k === 'number' ? SET_ASIDE.reply(k + 1, name(at(comment, ['replies', k, 'author']))) : SET_ASIDE.replies);
    return parts;
  }
  if (top === 'report') {
    const scheme = at(draft, ['schemeId']);
    return [capitalise(DRAFT_PARTS.report!), ...fieldParts(REPORT_FIELDS, rest, at(draft, ['report']), undefined, typeof scheme === 'string' ? findScheme(scheme) : undefined, true)];
  }
  if (top === 'wordChanges') return typeof rest[0] === 'number' ? [SET_ASIDE.wordChanges, SET_ASIDE.wordChange(rest[0] + 1)] : [SET_ASIDE.wordChanges];
  if (top === 'setAside') return typeof rest[0] === 'number' ? [SET_ASIDE.setAside, SET_ASIDE.setAsidePart(rest[0] + 1)] : [SET_ASIDE.setAside];
  const part = typeof top === 'string' && Object.hasOwn(DRAFT_PARTS, top) ? DRAFT_PARTS[top] : undefined;
  return [part ? capitalise(part) : SET_ASIDE.unknown];
}

function answerParts(path: DraftPath, answers: unknown, schemeId: unknown): string[] {
  const [step, ...rest] = path;
  if (typeof step !== 'string' || !(STEP_IDS as readonly string[]).includes(step)) return [SET_ASIDE.allAnswers];
  const title = STEP_TITLES[step as StepId];
  if (rest.length === 0) return [title, SET_ASIDE.wholeStep];
  const scheme = typeof schemeId === 'string' ? findScheme(schemeId) : undefined;
  const container = STEP_FIELDS[step as StepId];
  // Any group id names its group (also one the round does not know); then the group's own fields.
  if (container.type === 'groups') {
    const [group, ...inGroup] = rest;
    return [title, ...fieldParts(container.item, inGroup, undefined, typeof group === 'string' ? ANCHOR_LABELS.group(group) : undefined, scheme, false)];
  }
  const root = container.type === 'list' ? { [step]: container } : container.item;
  const values = container.type === 'list' ? { [step]: at(answers, [step]) } : at(answers, [step]);
  return [title, ...fieldParts(root, container.type === 'list' ? path : rest, values, undefined, scheme, true)];
}

/**
 * The labels along a path inside a table: the place (a target group, or an item by its position
 * and title, an item inside an item named with it) and the field's label, or the key as the file
 * has it. A list named without a position is the whole list at a step's top level, and its own
 * label inside an item (an activity's cost lines: "Kosten").
 */
function fieldParts(table: Fields, path: DraftPath, values: unknown, place: string | undefined, scheme: Scheme | undefined, top: boolean): string[] {
  const here = place === undefined ? [] : [place];
  const [key, ...rest] = path;
  if (typeof key !== 'string') return here;
  const field = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!field) return [...here, key];
  switch (field.type) {
    case 'leaf':
      return [...here, field.label];
    case 'object':
    case 'groups':
      return fieldParts(field.type === 'object' ? field.item : {}, rest, at(values, [key]), place, scheme, false);
    case 'list': {
      const [index, ...inItem] = rest;
      if (typeof index !== 'number') return [...here, top ? SET_ASIDE.list : field.label];
      const item = at(values, [key, index]);
      const label = itemLabel(key, index, item, place ?? '', scheme);
      return inItem.length === 0 ? [label, SET_ASIDE.wholeItem] : fieldParts(field.item, inItem, item, label, scheme, false);
    }
  }
}

/** Which item of a list this is, from the file as read (its title may itself be what is broken). */
function itemLabel(list: string, index: number, item: unknown, outer: string, scheme: Scheme | undefined): string {
  switch (list) {
    case 'chosen': {
      const id = at(item, ['mechanismId']);
      const mechanism = scheme?.mechanisms.find((m) => m.id === id);
      return mechanism ? ANCHOR_LABELS.mechanism(mechanism.number, mechanism.name) : SET_ASIDE.mechanism(index + 1);
    }
    case 'activities':
      return ANCHOR_LABELS.activity(index, name(at(item, ['title'])));
    case 'costLines':
      return ANCHOR_LABELS.costLine(outer, index);
    case 'partners':
      return ANCHOR_LABELS.partner(index, name(at(item, ['name'])));
    case 'goals':
      return ANCHOR_LABELS.goal(index);
    case 'addedActivities':
      return ANCHOR_LABELS.addedActivity(index, name(at(item, ['title'])));
    default:
      return ANCHOR_LABELS.item(outer, index);
  }
}

/** The value at a path in JSON as read, or undefined; never follows a key up the prototype chain. */
export function at(root: unknown, path: readonly (string | number | undefined)[]): unknown {
  let node = root;
  for (const key of path) {
    if (key === undefined || typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A name from the file, if it is one: one line, trimmed, clipped. */
function name(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line || undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
