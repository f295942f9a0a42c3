import { z } from 'zod/mini';
import type { Scheme, TargetGroupId } from '../scheme';
import type { Field, Fields, GroupsField, LeafField, ListField, ObjectCheck, ObjectField, Siblings } from './field';
import { messageText } from './field';
import { answer, type Answer } from './kinds';

/**
 * The schemas a field table stands for: the lenient draft (every answer optional, kept as typed)
 * and the strict step schemas (each field's own check, then the checks across its object's
 * fields). Types follow the table, so a step's form knows its field names.
 */

type DraftOf<F extends Field> =
  F extends LeafField<infer D, z.ZodMiniType>
    ? D
    : F extends ObjectField<infer I>
      ? Answer<z.ZodMiniObject<DraftShape<I>>>
      : F extends ListField<infer I>
        ? Answer<z.ZodMiniArray<z.ZodMiniObject<DraftShape<I>>>>
        : F extends GroupsField<infer I>
          ? Answer<z.ZodMiniObject<{ [G in TargetGroupId]: Answer<z.ZodMiniObject<DraftShape<I>>> }>>
          : never;

export type StrictOf<F extends Field> =
  F extends LeafField<z.ZodMiniType, infer S>
    ? S
    : F extends ObjectField<infer I>
      ? z.ZodMiniObject<StrictShape<I>>
      : F extends ListField<infer I, true>
        ? z.ZodMiniArray<z.ZodMiniObject<StrictShape<I>>>
        : F extends ListField<infer I, false>
          ? z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<StrictShape<I>>>>
          : F extends GroupsField<infer I>
            ? z.ZodMiniObject<{ [G in TargetGroupId]: z.ZodMiniObject<StrictShape<I>> }>
            : never;

/** The lenient shape of a table. */
export type DraftShape<F extends Fields> = { -readonly [K in keyof F]: DraftOf<F[K]> };
/** The strict shape of a table. */
export type StrictShape<F extends Fields> = { -readonly [K in keyof F]: StrictOf<F[K]> };

const mapFields = (fields: Fields, f: (field: Field) => z.ZodMiniType) => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, f(field)]));

const draftObjects = new WeakMap<Fields, z.ZodMiniObject>();

/** The lenient object of a table: what a draft file may hold for it. One schema per table. */
export function draftObjectOf<I extends Fields>(fields: I): z.ZodMiniObject<DraftShape<I>> {
  let object = draftObjects.get(fields);
  if (!object) draftObjects.set(fields, (object = z.object(mapFields(fields, draftOf))));
  return object as z.ZodMiniObject<DraftShape<I>>;
}

function draftOf(field: Field): z.ZodMiniType {
  switch (field.type) {
    case 'leaf':
      return field.draft;
    case 'object':
      return answer(draftObjectOf(field.item));
    case 'list':
      return answer(z.array(draftObjectOf(field.item)).check(z.maxLength(field.max)));
    case 'groups': {
      const group = answer(draftObjectOf(field.item));
      return answer(z.object(Object.fromEntries(field.ids.map((id) => [id, group]))));
    }
  }
}

/**
 * Checks across fields run even while other fields of the same object are still wrong, so the user
 * sees every problem of a step after one submit (zod skips them by default after earlier issues).
 * They therefore read their fields defensively.
 */
const evenWithOtherIssues = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

/**
 * The strict object of a table for one round: each field's own check, then the fields required only
 * while they are shown, then the hand-written checks across fields.
 */
export function strictObjectOf<I extends Fields>(fields: I, scheme: Scheme, own?: (scheme: Scheme) => readonly ObjectCheck[]): z.ZodMiniObject<StrictShape<I>> {
  const object = z.object(mapFields(fields, (field) => strictOf(field, scheme))) as z.ZodMiniObject<StrictShape<I>>;
  const conditional = Object.entries(fields).flatMap(([name, field]) => {
    if (field.type !== 'leaf') return [];
    const when = field.required === 'whenShown' ? field.shownWhen : field.required === 'when' ? field.requiredWhen : undefined;
    return when ? [{ name, shownWhen: when, check: field.requiredCheck(scheme) }] : [];
  });
  const checks = own?.(scheme) ?? [];
  if (conditional.length === 0 && checks.length === 0) return object;
  return object.check(
    z.superRefine((values, ctx) => {
      const siblings: Siblings = values;
      const report = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
      for (const { name, shownWhen, check } of conditional) {
        if (!shownWhen(siblings, scheme)) continue;
        const result = check.safeParse(siblings[name]);
        if (!result.success) report(name, result.error.issues[0]?.message ?? '');
      }
      for (const check of checks) check(siblings, report);
    }, evenWithOtherIssues),
  );
}

/** A field's place in its object's strict schema. */
export function strictOf<F extends Field>(field: F, scheme: Scheme): StrictOf<F>;
export function strictOf(field: Field, scheme: Scheme): z.ZodMiniType {
  switch (field.type) {
    case 'leaf':
      return field.strict(scheme);
    case 'object':
      return strictObjectOf(field.item, scheme, field.checks);
    case 'list': {
      const items = z.array(strictObjectOf(field.item, scheme, field.checks), field.min === undefined ? undefined : { error: messageText(field.min, scheme) });
      return field.min === undefined ? z.optional(items) : items.check(z.minLength(1, messageText(field.min, scheme)));
    }
    case 'groups': {
      const group = strictObjectOf(field.item, scheme, field.checks);
      return z.object(Object.fromEntries(scheme.targetGroups.map((g) => [g.id, group])));
    }
  }
}
