import { activityBounds } from '../../schemas/activityPeriod';
import type { ApplicationWindow, Scheme } from '../../schemas/scheme';

/**
 * Whether a round takes applications on a given day, from its windows in the data. A window whose
 * last day is not known counts as closed once the round's activity period is over (no application
 * can still be made then); before that, the app does not guess.
 */
export type RoundStatus =
  | { kind: 'open'; window: ApplicationWindow }
  | { kind: 'upcoming'; opens: string }
  /** `lastDay`: the last day applications could be made, when every window's is known; otherwise `activitiesEnded`. */
  | { kind: 'closed'; lastDay: string; activitiesEnded?: undefined }
  /** `endKnown`: the activity period's last day is in the data; otherwise `activitiesEnded` is the end of its last activity year. */
  | { kind: 'closed'; lastDay?: undefined; activitiesEnded: string; endKnown: boolean }
  /** Opened on `opened`; its last day is not known and its activities are not over. */
  | { kind: 'unknown'; opened: string };

/** Today's calendar date in Dutch time (a school's day), as an ISO date. */
export function dutchToday(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

const closesOn = (window: ApplicationWindow): string | undefined => (typeof window.closes === 'string' ? window.closes : undefined);

export function roundStatus(scheme: Scheme, today: string): RoundStatus {
  const windows = scheme.applicationWindows;
  const open = windows.find((w) => w.opens <= today && (closesOn(w) ?? '9999-12-31') >= today);
  const activitiesEnd = activityBounds(scheme).to;
  if (open && (closesOn(open) !== undefined || activitiesEnd >= today)) {
    return closesOn(open) === undefined ? { kind: 'unknown', opened: open.opens } : { kind: 'open', window: open };
  }
  // Between windows (or before the first): the next one opens.
  const next = windows.map((w) => w.opens).filter((opens) => opens > today).sort()[0];
  if (next !== undefined) return { kind: 'upcoming', opens: next };
  const lastDays = windows.filter((w) => w.opens <= today).map(closesOn);
  if (lastDays.every((d): d is string => d !== undefined)) return { kind: 'closed', lastDay: lastDays.sort().at(-1)! };
  return { kind: 'closed', activitiesEnded: activitiesEnd, endKnown: scheme.activityPeriod.end.status === 'known' };
}

/** Whether a new application can no longer be made for this round. */
export const isClosed = (status: RoundStatus) => status.kind === 'closed';
