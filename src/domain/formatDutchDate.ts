const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "25 november 2026", in Dutch time (the school's), whatever the machine's zone. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** An ISO calendar date ("2021-09-01") as "1 sep 2021"; anything else is returned as typed. */
export function formatIsoDate(iso: string | undefined): string | undefined {
  if (!iso?.trim()) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}
