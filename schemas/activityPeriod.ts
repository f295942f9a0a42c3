import { longDateText } from './fields/display';
import type { Scheme } from './scheme';

/**
 * The days a round's activities may take place, from its data: its known start and end dates, and
 * where one is not known, the first or last day of its activity years. `exact` when a date is known
 * (then messages name the dates; otherwise the years, which is all that is known).
 */
export interface ActivityBounds {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  exact: boolean;
}

const bounds = new WeakMap<Scheme, ActivityBounds>();

export function activityBounds(scheme: Scheme): ActivityBounds {
  let found = bounds.get(scheme);
  if (!found) {
    const { start, end } = scheme.activityPeriod;
    const years = scheme.activityYears;
    found = {
      from: start.status === 'known' ? start.value : `${Math.min(...years)}-01-01`,
      to: end.status === 'known' ? end.value : `${Math.max(...years)}-12-31`,
      exact: start.status === 'known' || end.status === 'known',
    };
    bounds.set(scheme, found);
  }
  return found;
}

/** Whether an ISO date lies in the round's activity period (or its years, where the dates are not known). */
export function inActivityPeriod(scheme: Scheme, date: string): boolean {
  const { from, to } = activityBounds(scheme);
  return date >= from && date <= to;
}

/** "van 1 januari 2022 tot en met 31 december 2023": the period as messages and hints say it. */
export function activityPeriodText(scheme: Scheme): string {
  const { from, to } = activityBounds(scheme);
  return `van ${longDateText(from)} tot en met ${longDateText(to)}`;
}
