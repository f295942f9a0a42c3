import { describe, expect, it } from 'vitest';
import { SCHEMES, getScheme } from '../../templates/schemes';
import type { Scheme } from '../../schemas/scheme';
import { dutchToday, roundStatus } from './roundStatus';

const base = getScheme('ebn-mbo-2021-2022');
const round = (patch: Partial<Scheme>): Scheme => ({ ...base, ...patch });
const window = (opens: string, closes: string | undefined) => ({
  name: 'Tijdvak',
  opens,
  closes: closes ?? { status: 'unknown' as const, note: 'Controleer bij DUS-I tot wanneer.' },
  source: 'Test',
});

describe('roundStatus', () => {
  it('is open on the first and the last day of a window, and closed the day after', () => {
    expect(roundStatus(base, '2021-01-22').kind).toBe('open');
    expect(roundStatus(base, '2021-02-22').kind).toBe('open');
    expect(roundStatus(base, '2021-02-23')).toEqual({ kind: 'closed', lastDay: '2021-02-22' });
    expect(roundStatus(base, '2021-01-21')).toEqual({ kind: 'upcoming', opens: '2021-01-22' });
  });

  it('between two windows says when the next one opens; after both, the last day of the last', () => {
    const two = round({ applicationWindows: [window('2021-11-10', '2021-12-24'), window('2022-03-15', '2022-04-26')] });
    expect(roundStatus(two, '2022-01-10')).toEqual({ kind: 'upcoming', opens: '2022-03-15' });
    expect(roundStatus(two, '2022-04-26').kind).toBe('open');
    expect(roundStatus(two, '2022-04-27')).toEqual({ kind: 'closed', lastDay: '2022-04-26' });
  });

  it('does not guess the end of a window whose last day is unknown, until the activities are over', () => {
    const unknownEnd = round({ applicationWindows: [window('2023-11-16', undefined)], activityYears: [2024, 2025] });
    expect(roundStatus(unknownEnd, '2024-03-01')).toEqual({ kind: 'unknown', opened: '2023-11-16' });
    expect(roundStatus(unknownEnd, '2026-01-01')).toEqual({ kind: 'closed', activitiesEnded: '2025-12-31', endKnown: false });
  });

  it('every round of the app is closed on 30 November 2026 and says until when', () => {
    for (const scheme of SCHEMES) expect(roundStatus(scheme, '2026-11-30').kind, scheme.id).toBe('closed');
  });
});

describe('dutchToday', () => {
  it('is the date in the Netherlands, not in UTC', () => {
    expect(dutchToday(new Date('2021-02-22T23:30:00Z'))).toBe('2021-02-23');
    expect(dutchToday(new Date('2021-02-22T10:00:00Z'))).toBe('2021-02-22');
  });
});
