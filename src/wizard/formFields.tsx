import type { ReactNode } from 'react';
import { get, useFieldArray, useFormContext, useWatch, type ArrayPath, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { Fields, LeafField, SchemeGroup, Siblings } from '../../schemas/fields/field';
import type { QuestionTree } from '../../schemas/fields/questions';
import type { ApplicationFields } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';
import { useScheme } from '../shell/DraftContext';
import { useApplicationFields } from './FieldTableContext';
import { FormField, type FieldOverride } from './FormField';

/**
 * The fields of a form, typed by the form's values: `Field` asks one field of the field table by
 * its react-hook-form name, `Fields` every field of an object (a step, a target group, a list item)
 * in the table's order, so a field added to the table appears on its form. A misspelt name does
 * not compile.
 */

/** Where a form's fields are in the field table: an object of fields, or a part per target group (its names start with the group id). */
export type FormTable = { kind: 'object'; fields: Fields } | { kind: 'groups'; item: Fields };

/** The fields of one object on the form, with the names they have there. */
interface Place {
  fields: Fields;
  questions: QuestionTree | undefined;
  group?: SchemeGroup;
  /** The react-hook-form name of the object, with a dot ("a.", "partners.2."), or "" for the form itself. */
  prefix: string;
}

const own = <T,>(record: Readonly<Record<string, T>> | undefined, key: string | undefined): T | undefined =>
  record && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** The object at a form path: a target group's part ("a"), a list item ("partners.2", "costLines.0"). */
function placeAt(table: FormTable, path: readonly string[], questions: QuestionTree, scheme: Scheme): Place | undefined {
  let rest = [...path];
  let place: Place;
  if (table.kind === 'groups') {
    const id = rest.shift();
    const group = scheme.targetGroups.find((g) => g.id === id);
    if (!group) return undefined;
    place = { fields: table.item, questions, group, prefix: `${group.id}.` };
  } else {
    place = { fields: table.fields, questions, prefix: '' };
  }
  while (rest.length > 0) {
    const [name, index] = rest;
    const list = own(place.fields, name);
    if (list?.type !== 'list' || index === undefined || !/^\d+$/.test(index)) return undefined;
    place = { fields: list.item, questions: own(place.questions, name)?.fields, group: place.group, prefix: `${place.prefix}${name}.${index}.` };
    rest = rest.slice(2);
  }
  return place;
}

/** A field that is asked only while its condition holds for the answers beside it (the form's values are watched). */
function WhenShown({ field, prefix, children }: { field: LeafField; prefix: string; children: ReactNode }) {
  const scheme = useScheme();
  const { control } = useFormContext();
  const values: unknown = useWatch({ control });
  const object: unknown = prefix ? get(values, prefix.slice(0, -1)) : values;
  const siblings: Siblings = typeof object === 'object' && object !== null ? (object as Siblings) : {};
  return field.shownWhen?.(siblings, scheme) ? children : null;
}

/** `false`: this step shows the field elsewhere (or not at all); otherwise what it changes about it. */
export type Override = false | FieldOverride;

/** The object at form path P of values V (V itself for ""). */
type ObjectAt<V, P> = P extends '' ? V : P extends Path<V> ? NonNullable<PathValue<V, P>> : never;
type NamesAt<V, P> = Extract<keyof ObjectAt<V, P>, string>;

/**
 * The typed field components of one form. `table` says where its fields are in a field table
 * (the round's, or a test's from FieldTableContext); `questions` how the form words them.
 */
export function formFields<V extends FieldValues>(table: (fields: ApplicationFields) => FormTable, questions: QuestionTree) {
  const usePlace = (path: readonly string[]) => {
    const scheme = useScheme();
    return { place: placeAt(table(useApplicationFields()), path, questions, scheme), scheme };
  };

  /** One field by its name on the form. */
  function Field({ name, ...override }: { name: Path<V> } & FieldOverride) {
    const segments = name.split('.');
    const { place, scheme } = usePlace(segments.slice(0, -1));
    const last = segments.at(-1);
    const field = own(place?.fields, last);
    if (!place || field?.type !== 'leaf' || last === undefined) throw new Error(`No field "${name}" on this form`);
    return <FormField name={name} field={field} question={own(place.questions, last)} scheme={scheme} group={place.group} {...override} />;
  }

  /**
   * Every field of the object at `at` (the form itself when absent), in the table's order: those of
   * one `section` (null: those in none), or all; `overrides` change or leave out single fields. Lists
   * are the step's own.
   */
  function Fields<const P extends Path<V> | '' = ''>({
    at,
    section,
    overrides,
  }: {
    at?: P;
    section?: string | null;
    overrides?: Partial<Record<NamesAt<V, P>, Override>>;
  }) {
    const { place, scheme } = usePlace(at ? at.split('.') : []);
    if (!place) throw new Error(`No fields at "${at}" on this form`);
    const changes: Partial<Record<string, Override>> = overrides ?? {};
    return (
      <>
        {Object.entries(place.fields).map(([name, field]) => {
          const override = changes[name];
          if (field.type !== 'leaf' || field.hidden || override === false || (section !== undefined && (field.section ?? null) !== section)) return null;
          const asked = (
            <FormField
              key={name}
              name={place.prefix + name}
              field={field}
              question={own(place.questions, name)}
              scheme={scheme}
              group={place.group}
              {...override}
            />
          );
          return field.shownWhen ? (
            <WhenShown key={name} field={field} prefix={place.prefix}>
              {asked}
            </WhenShown>
          ) : (
            asked
          );
        })}
      </>
    );
  }

  /** The value of one field, re-rendering only when it changes. */
  function useValue<P extends Path<V>>(name: P): PathValue<V, P> {
    return useWatch<V, P>({ name });
  }

  /** A list of the form (add, remove, insert items); each item keeps its own `id`, the list's key is "key". */
  function useList<N extends ArrayPath<V>>(name: N) {
    const { control } = useFormContext<V>();
    return useFieldArray<V, N, 'key'>({ control, name, keyName: 'key' });
  }

  return { Field, Fields, useValue, useList };
}
