/**
 * A date typed as day, month and year in three boxes (GOV.UK / NL Design System date input), as
 * one string in the draft: "2021-10-14" (ISO) once it is a whole, valid date; while it is not,
 * the parts as typed, "year-month-day" ("2021--14", "-10-"), so a half-typed date is never lost.
 * Pure; the form, the draft schema and the strict check share it.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What the draft accepts while a date is being typed: digits per part, any part empty. */
export const PARTIAL_DATE = /^\d{0,4}-\d{0,2}-\d{0,2}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The three boxes of a stored value (an ISO date, a half-typed one, or nothing). */
export function dateParts(value: unknown): DateParts {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

/** Whether y-m-d is a day of the calendar. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The value the draft keeps for three boxes: '' when empty, ISO when it is a valid date, else the parts as typed. */
export function dateValue({ day, month, year }: DateParts): string {
  if (day === '' && month === '' && year === '') return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year) && isCalendarDate(Number(year), Number(month), Number(day))) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

/** What is wrong with a date value, if anything: nothing typed, parts missing, a short year, no such day. */
export type DateProblem = { kind: 'empty' } | { kind: 'missing'; parts: ('dag' | 'maand' | 'jaar')[] } | { kind: 'year' } | { kind: 'invalid' };

export function dateProblem(value: string): DateProblem | undefined {
  if (value === '' || value === '--') return { kind: 'empty' };
  const iso = ISO_DATE.exec(value);
  if (iso && isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return undefined;
  if (!PARTIAL_DATE.test(value)) return { kind: 'invalid' };
  const { day, month, year } = dateParts(value);
  const missing = [day === '' && 'dag', month === '' && 'maand', year === '' && 'jaar'].filter((p): p is 'dag' | 'maand' | 'jaar' => !!p);
  if (missing.length > 0) return { kind: 'missing', parts: missing };
  if (year.length !== 4) return { kind: 'year' };
  return { kind: 'invalid' };
}

export type DatePart = keyof DateParts;

/**
 * The boxes to mark when a date has an error, in page order (the first takes the focus from the
 * error summary): the missing ones, a short year, a day or month that cannot be; all three when the
 * date as a whole is wrong (no such day, outside the period) or nothing was typed.
 */
export function wrongDateParts(value: unknown): DatePart[] {
  const all: DatePart[] = ['day', 'month', 'year'];
  const text = typeof value === 'string' ? value : '';
  const problem = dateProblem(text);
  if (!problem || problem.kind === 'empty') return all;
  const { day, month } = dateParts(text);
  if (problem.kind === 'missing') return all.filter((part) => problem.parts.includes(({ day: 'dag', month: 'maand', year: 'jaar' } as const)[part]));
  if (problem.kind === 'year') return ['year'];
  const outside = (typed: string, max: number) => Number(typed) < 1 || Number(typed) > max;
  const parts = all.filter((part) => (part === 'day' && outside(day, 31)) || (part === 'month' && outside(month, 12)));
  return parts.length > 0 ? parts : all;
}
