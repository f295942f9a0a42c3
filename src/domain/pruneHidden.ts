import type { Answers } from '../../schemas/draft';
import type { Fields } from '../../schemas/fields/field';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';

/**
 * Drops answers to questions that are hidden by another answer, so no stale answer reaches the
 * checks or the Word document: every field whose `shownWhen` no longer holds (the "other"
 * explanation without "other", the co-financing amount after "no co-financing"), and links to
 * partners that were removed. Returns the same objects where nothing had to go.
 */
export function pruneHidden(answers: Answers, scheme: Scheme, fields: ApplicationFields = applicationFields(scheme)): Answers {
  let next = pruneFields(fields, answers, scheme) as Answers;
  const partnerIds = new Set((next.partners ?? []).map((p) => p.id));
  if (next.activities?.some((a) => a.partnerIds?.some((p) => !partnerIds.has(p)))) {
    next = {
      ...next,
      activities: next.activities.map((a) =>
        a.partnerIds?.some((p) => !partnerIds.has(p)) ? { ...a, partnerIds: a.partnerIds.filter((p) => partnerIds.has(p)) } : a,
      ),
    };
  }
  return next;
}

const conditional = new WeakMap<Fields, boolean>();

/** Whether a table (or one inside it) has a field asked only conditionally: the others are not walked on every keystroke. */
function hasConditional(fields: Fields): boolean {
  let found = conditional.get(fields);
  if (found === undefined) {
    found = Object.values(fields).some((f) => (f.type === 'leaf' ? f.shownWhen !== undefined : hasConditional(f.item)));
    conditional.set(fields, found);
  }
  return found;
}

function pruneFields(fields: Fields, value: unknown, scheme: Scheme): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !hasConditional(fields)) return value;
  const values = value as Record<string, unknown>;
  let result: Record<string, unknown> | undefined;
  const set = (name: string, next: unknown) => {
    result ??= { ...values };
    if (next === undefined) delete result[name];
    else result[name] = next;
  };
  for (const [name, field] of Object.entries(fields)) {
    const current = values[name];
    if (current === undefined) continue;
    let next: unknown = current;
    switch (field.type) {
      case 'leaf':
        if (field.shownWhen && !field.shownWhen(values, scheme)) next = undefined;
        break;
      case 'object':
        next = pruneFields(field.item, current, scheme);
        break;
      case 'groups':
        if (typeof current === 'object' && current !== null && hasConditional(field.item)) {
          const groups = current as Record<string, unknown>;
          const pruned = field.ids.map((id) => [id, pruneFields(field.item, groups[id], scheme)] as const).filter(([id, group]) => group !== groups[id]);
          if (pruned.length > 0) next = { ...groups, ...Object.fromEntries(pruned) };
        }
        break;
      case 'list':
        if (Array.isArray(current) && hasConditional(field.item)) {
          const items = current.map((item) => pruneFields(field.item, item, scheme));
          if (items.some((item, i) => item !== current[i])) next = items;
        }
        break;
    }
    if (next !== current) set(name, next);
  }
  return result ?? value;
}
