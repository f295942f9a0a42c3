import type { Message, Fields, GroupsField, ListField, ObjectField } from './field';

/** The containers of the field tables: an object of answers, a part per target group, a list of items. */

type ObjectOptions<I extends Fields> = Omit<ObjectField<I>, 'type'>;

/** A step's own object of answers. */
export function objectField<const I extends Fields>(options: ObjectOptions<I>): ObjectField<I> {
  return { ...options, type: 'object' };
}

/** One object of answers per target group of the round (the groups come from the round's data). */
export function groupsField<const I extends Fields>(options: Omit<GroupsField<I>, 'type'>): GroupsField<I> {
  return { ...options, type: 'groups' };
}

type ListOptions<I extends Fields> = Omit<ListField<I>, 'type' | 'min' | 'key'> & { key: keyof I & string };

/** A list of items with fields of their own; with `min`, the strict check wants at least one item. */
export function listField<const I extends Fields>(options: ListOptions<I> & { min: Message }): ListField<I, true>;
export function listField<const I extends Fields>(options: ListOptions<I> & { min?: undefined }): ListField<I, false>;
export function listField<const I extends Fields>(options: ListOptions<I> & { min?: Message }): ListField<I> {
  return { ...options, type: 'list', min: options.min } as ListField<I>;
}
