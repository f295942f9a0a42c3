import { findScheme } from '../../templates/schemes';
import { STEP_IDS, type StepId } from '../domain/steps';
import { ANCHOR_LABELS, FIELD_LABELS } from '../text/comments';
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
  if (top === 'wordChanges') return typeof rest[0] === 'number' ? [SET_ASIDE.wordChanges, SET_ASIDE.wordChange(rest[0] + 1)] : [SET_ASIDE.wordChanges];
  if (top === 'setAside') return typeof rest[0] === 'number' ? [SET_ASIDE.setAside, SET_ASIDE.setAsidePart(rest[0] + 1)] : [SET_ASIDE.setAside];
  const part = typeof top === 'string' && Object.hasOwn(DRAFT_PARTS, top) ? DRAFT_PARTS[top] : undefined;
  return [part ? capitalise(part) : SET_ASIDE.unknown];
}

function answerParts(path: DraftPath, answers: unknown, schemeId: unknown): string[] {
  const [step, ...rest] = path;
  if (typeof step !== 'string' || !(STEP_IDS as readonly string[]).includes(step)) return [SET_ASIDE.allAnswers];
  const parts = [STEP_TITLES[step as StepId]];
  const values = at(answers, [step]);
  const field = (group: string, key: string | number | undefined) =>
    typeof key === 'string' ? (FIELD_LABELS[`${group}.${key}`] ?? SET_ASIDE.fields[`${group}.${key}`] ?? key) : undefined;
  const push = (...more: (string | undefined)[]) => {
    for (const p of more) if (p) parts.push(p);
    return parts;
  };
  if (rest.length === 0) return push(SET_ASIDE.wholeStep);
  switch (step) {
    case 'targetGroups': {
      const [group, key] = rest;
      return push(typeof group === 'string' ? ANCHOR_LABELS.group(group) : undefined, field('targetGroups', key));
    }
    case 'mechanisms': {
      const [, i, key] = rest;
      if (typeof i !== 'number') return push(SET_ASIDE.list);
      const id = at(values, ['chosen', i, 'mechanismId']);
      const mechanism = typeof schemeId === 'string' ? findScheme(schemeId)?.mechanisms.find((m) => m.id === id) : undefined;
      return push(mechanism ? ANCHOR_LABELS.mechanism(mechanism.number, mechanism.name) : SET_ASIDE.mechanism(i + 1), field('mechanisms', key) ?? SET_ASIDE.wholeItem);
    }
    case 'activities': {
      const [i, key, j, lineKey] = rest;
      if (typeof i !== 'number') return push(SET_ASIDE.list);
      const activity = ANCHOR_LABELS.activity(i, name(at(values, [i, 'title'])));
      if (key === 'costLines' && typeof j === 'number') {
        return push(ANCHOR_LABELS.costLine(activity, j), field('costLine', lineKey) ?? SET_ASIDE.wholeItem);
      }
      return push(activity, field('activities', key) ?? SET_ASIDE.wholeItem);
    }
    case 'partners': {
      const [i, key] = rest;
      if (typeof i !== 'number') return push(SET_ASIDE.list);
      return push(ANCHOR_LABELS.partner(i, name(at(values, [i, 'name']))), field('partners', key) ?? SET_ASIDE.wholeItem);
    }
    default:
      return push(field(step, rest[0]));
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
