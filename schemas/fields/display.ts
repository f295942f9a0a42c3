import { formatEuro, parseEuroCents, parseWholeNumber } from '../dutchNumber';

/**
 * How answers read in Dutch, for Controleren, comparisons and the Word document. Pure; each leaf
 * kind picks its way (kinds.ts) and a field may choose another.
 */

/** Typed text without the white space around it; undefined when nothing is typed. */
export function trimmedText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Euros as nl-NL ("€ 1.250,50"); an amount that cannot be read is shown as typed. */
export function euroText(value: unknown): string | undefined {
  const typed = trimmedText(value);
  if (typed === undefined) return undefined;
  const cents = parseEuroCents(typed);
  return cents === undefined ? typed : formatEuro(cents);
}

/** A whole number with Dutch thousands separators ("1.200"); one that cannot be read is shown as typed. */
export function countText(value: unknown): string | undefined {
  const typed = trimmedText(value);
  if (typed === undefined) return undefined;
  const n = parseWholeNumber(typed);
  return n === undefined ? typed : n.toLocaleString('nl-NL');
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function calendarDate(value: unknown, format: Intl.DateTimeFormat): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? format.format(date) : value;
}

/** "2021-03-01" → "1 maart 2021"; anything else as typed. */
export const longDateText = (value: unknown) => calendarDate(value, longDate);

/** "2021-09-01" → "1 sep 2021" (tables in the Word document); anything else as typed. */
export const shortDateText = (value: unknown) => calendarDate(value, shortDate);

/** The labels of chosen ids (an id the options do not know is shown as stored), or undefined for none. */
export function optionLabels(value: unknown, options: readonly { id: string; label: string }[]): string[] {
  const ids = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  return ids.filter((id): id is string => typeof id === 'string').map((id) => options.find((o) => o.id === id)?.label ?? id);
}

/** A list joined for display, or undefined when empty. */
export const joinedText = (items: readonly string[], separator: string) => (items.length > 0 ? items.join(separator) : undefined);
