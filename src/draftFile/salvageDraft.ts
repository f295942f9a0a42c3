import { draftFileSchema, type DraftFile, type SetAsidePart } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { REPORT_FIELDS } from '../../schemas/fields/report';
import type { JsonObject } from '../../schemas/migrations';
import { cleanAnswers } from '../domain/cleanAnswers';
import { STEP_IDS } from '../domain/steps';
import { SET_ASIDE } from '../text/storage';
import { at as valueAt, setAsideLabel, type DraftPath } from './setAsideLabel';

/**
 * Salvage, not refusal: a draft in the right format whose parts do not all fit the schema opens
 * with those parts set aside (kept in `setAside`, exactly as they were) and every other part as it
 * was. Only a draft that cannot be a draft without the broken part (its scheme) is refused.
 */

export type SalvageResult =
  | { ok: true; draft: DraftFile; /** The parts set aside just now (the draft's `setAside` also keeps earlier ones). */ setAside: SetAsidePart[] }
  | { ok: false; path: DraftPath };

/** Removing a part can bring the next one to light (zod skips a list's items once the list is too long). */
const MAX_ROUNDS = 8;

/** Lists whose items go aside one by one, so one broken activity does not take the others along. */
const ITEM_LISTS: readonly (readonly (string | null)[])[] = [
  ['answers', 'mechanisms', 'chosen'],
  ['answers', 'activities'],
  ['answers', 'activities', null, 'costLines'],
  ['answers', 'partners'],
  ['report', 'activities'],
  ['report', 'addedActivities'],
  ['report', 'goals'],
  ['report', 'partners'],
  ['comments'],
  ['comments', null, 'replies'],
  ['wordChanges'],
  ['setAside'],
];

/** `value` is a fresh JSON.parse result owned by the caller (it is changed in place). */
export function salvageDraft(value: JsonObject, now: Date): SalvageResult {
  const at = now.toISOString();
  const found: SetAsidePart[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = draftFileSchema.safeParse(value);
    if (parsed.success) {
      const draft = parsed.data;
      found.sort((a, b) => comparePaths(a.path.split('.'), b.path.split('.')));
      const setAside = capSetAside([...(draft.setAside ?? []), ...found], at);
      return {
        ok: true,
        draft: { ...withoutUndefined(draft), answers: cleanAnswers(draft.answers), ...(setAside.length > 0 ? { setAside } : {}) },
        setAside: found,
      };
    }
    const parts: Part[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
      const tooLong = issue.code === 'too_big' && issue.origin === 'array' && isItemList(path) ? Number(issue.maximum) : undefined;
      const part = tooLong !== undefined ? { path, from: tooLong } : partToSetAside(path);
      if (!part) return { ok: false, path };
      parts.push('from' in part ? part : { path: part });
    }
    for (const part of outermost(parts)) {
      const kept = setPartAside(value, part, at);
      if (kept) found.push(kept);
    }
  }
  return { ok: false, path: [] };
}

type Part = { path: DraftPath; from?: number };

/**
 * The smallest part around an unreadable spot that can go aside on its own: one answer; an
 * activity, cost line, partner or mechanism when it is its id that is unreadable; one comment or
 * reply. Undefined for what a draft cannot be without (format, version, scheme).
 */
export function partToSetAside(path: DraftPath): DraftPath | undefined {
  const [top, step] = path;
  switch (top) {
    case 'answers':
      switch (step) {
        case undefined:
          return path;
        case 'mechanisms':
          return itemOrField(path, 3, ['mechanismId']);
        case 'activities':
          return path[3] === 'costLines' && path.length > 4 ? itemOrField(path, 4, ['id']) : itemOrField(path, 2, ['id']);
        case 'partners':
          return itemOrField(path, 2, ['id']);
        case 'targetGroups':
          return path.slice(0, 4);
        default:
          return path.slice(0, 3);
      }
    case 'report':
      // One answer of the report; an item of its lists whole when its id is what cannot be read.
      return ['activities', 'addedActivities', 'goals', 'partners'].includes(String(step)) ? itemOrField(path, 2, ['activityId', 'id', 'goalId', 'partnerId']) : path.slice(0, 3);
    case 'title':
    case 'appVersion':
    case 'createdAt':
    case 'updatedAt':
      return [top];
    case 'progress':
      return path.slice(0, 2);
    case 'comments':
      return path[2] === 'replies' && path.length >= 4 ? path.slice(0, 4) : path.slice(0, 2);
    case 'wordChanges':
    case 'setAside':
      return path.slice(0, 2);
    default:
      return undefined;
  }
}

/** Inside the list at `path.slice(0, listLength)`: the item's field, or the whole item when the item cannot be without that field. */
function itemOrField(path: DraftPath, listLength: number, required: readonly string[]): DraftPath {
  if (path.length <= listLength + 1) return path;
  const field = path[listLength + 1];
  return path.slice(0, typeof field === 'string' && required.includes(field) ? listLength + 1 : listLength + 2);
}

function isItemList(path: DraftPath): boolean {
  return ITEM_LISTS.some((list) => list.length === path.length && list.every((k, i) => k === null || k === path[i]));
}

/** Leaves out parts inside another part that goes aside anyway (linear: a hostile file can have thousands). */
function outermost(parts: readonly Part[]): Part[] {
  const key = (path: DraftPath) => path.join('\u0000');
  const unique = [...new Map(parts.map((p) => [`${key(p.path)}\u0001${p.from ?? ''}`, p])).values()];
  const whole = new Set(unique.filter((p) => p.from === undefined).map((p) => key(p.path)));
  const slices = new Map(unique.filter((p) => p.from !== undefined).map((p) => [key(p.path), p.from!]));
  const covered = (p: Part) => {
    if (p.from !== undefined && whole.has(key(p.path))) return true;
    for (let i = 0; i < p.path.length; i++) {
      const prefix = key(p.path.slice(0, i));
      if (whole.has(prefix)) return true;
      const from = slices.get(prefix);
      const index = p.path[i];
      if (from !== undefined && typeof index === 'number' && index >= from) return true;
    }
    return false;
  };
  // Deepest first within a list, so removing one item does not move the next one's place.
  return unique.filter((p) => !covered(p)).sort((a, b) => compareForRemoval(a.path, b.path));
}

function compareForRemoval(a: DraftPath, b: DraftPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(x) < String(y) ? -1 : 1;
  }
  return b.length - a.length;
}

/** The order of the draft file, of the steps and of the report's parts, so a list of parts set aside reads like the application. */
const TOP_ORDER = ['title', 'createdAt', 'updatedAt', 'answers', 'report', 'progress', 'comments', 'wordChanges', 'setAside'];

function comparePaths(a: readonly string[], b: readonly string[]): number {
  const rank = (path: readonly string[], i: number) => {
    const key = path[i]!;
    if (i === 0) return TOP_ORDER.indexOf(key);
    if (i === 1 && path[0] === 'answers') return (STEP_IDS as readonly string[]).indexOf(key);
    if (i === 1 && path[0] === 'report') return Object.keys(REPORT_FIELDS).indexOf(key);
    return /^\d+$/.test(key) ? Number(key) : undefined;
  };
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const x = rank(a, i);
    const y = rank(b, i);
    return x !== undefined && y !== undefined ? x - y : a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** Takes the part out of the draft (or puts a stand-in where the draft cannot be without it) and returns what was kept. */
function setPartAside(draft: JsonObject, { path, from }: Part, at: string): SetAsidePart | undefined {
  const parent = path.length === 0 ? undefined : valueAt(draft, path.slice(0, -1));
  const key = path.at(-1);
  if (key === undefined || typeof parent !== 'object' || parent === null) return undefined;
  const container = parent as Record<string | number, unknown>;
  const value = container[key];
  const label = setAsideLabel(path, draft, from !== undefined && Array.isArray(value) ? { from, to: value.length } : undefined);
  let raw: unknown = value;
  if (from !== undefined && Array.isArray(value)) {
    raw = value.slice(from);
    value.length = from;
  } else if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
  else if (path.length === 1 && (key === 'createdAt' || key === 'updatedAt')) container[key] = standInDate(draft, at);
  else if (path.length === 1 && key === 'answers') container[key] = {};
  else delete container[key];
  const text = JSON.stringify(raw);
  return text === undefined ? undefined : { path: path.join('.'), label: label.slice(0, LIMITS.setAsideLabel), raw: text, at };
}

/** A draft needs both dates; an unreadable one becomes the other date (when that one is fine) or now. */
function standInDate(draft: JsonObject, now: string): string {
  const other = [draft.updatedAt, draft.createdAt].find((d): d is string => typeof d === 'string' && draftFileSchema.shape.updatedAt.safeParse(d).success);
  return other ?? now;
}

/** At most LIMITS.setAsideParts parts; the rest travel together in the last one, so none is lost. */
function capSetAside(parts: SetAsidePart[], at: string): SetAsidePart[] {
  const max = LIMITS.setAsideParts;
  if (parts.length <= max) return parts;
  const rest = parts.slice(max - 1);
  const together = rest.map(({ path, label, raw }) => ({ path, label, value: JSON.parse(raw) as unknown }));
  return [...parts.slice(0, max - 1), { path: '', label: SET_ASIDE.more(rest.length), raw: JSON.stringify(together), at }];
}

/** zod keeps a key whose answer read as "not answered" (null) with the value undefined. */
function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
