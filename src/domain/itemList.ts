import type { Answers } from '../../schemas/draft';

/** The answers that are lists of items with a page of their own ("#/activiteiten/<id>", "#/samenwerking/<id>"). */
export type ItemListName = 'activities' | 'partners';
export type ListItem<L extends ItemListName> = NonNullable<Answers[L]>[number];

/** An item taken out of its list, with where it stood, so "Ongedaan maken" puts it back in place. */
export interface RemovedItem<L extends ItemListName> {
  item: ListItem<L>;
  index: number;
}

const itemsOf = <L extends ItemListName>(answers: Answers, list: L): readonly ListItem<L>[] => (answers[list] ?? []) as readonly ListItem<L>[];

/** Appends a new item; the others stay exactly as they are. */
export function addItem<L extends ItemListName>(answers: Answers, list: L, item: ListItem<L>): Answers {
  return { ...answers, [list]: [...itemsOf(answers, list), item] };
}

/**
 * Writes one item back by id. An id that is no longer in the list is appended rather than
 * dropped: what the user typed is never lost.
 */
export function replaceItem<L extends ItemListName>(answers: Answers, list: L, item: ListItem<L>): Answers {
  const items = itemsOf(answers, list);
  const index = items.findIndex((a) => a.id === item.id);
  return { ...answers, [list]: index === -1 ? [...items, item] : items.with(index, item) };
}

export function removeItem<L extends ItemListName>(answers: Answers, list: L, id: string): { answers: Answers; removed?: RemovedItem<L> } {
  const items = itemsOf(answers, list);
  const index = items.findIndex((a) => a.id === id);
  const item = items[index];
  if (!item) return { answers };
  return { answers: { ...answers, [list]: items.toSpliced(index, 1) }, removed: { item, index } };
}

/** Puts a removed item back at its old place (or at the end if the list got shorter). */
export function restoreItem<L extends ItemListName>(answers: Answers, list: L, { item, index }: RemovedItem<L>): Answers {
  const items = itemsOf(answers, list);
  if (items.some((a) => a.id === item.id)) return answers;
  return { ...answers, [list]: items.toSpliced(Math.min(index, items.length), 0, item) };
}
