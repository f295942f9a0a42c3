import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, dateProblem, dateValue, wrongDateParts } from './dutchDate';

describe('a date typed in three boxes', () => {
  it.each([
    [{ day: '14', month: '10', year: '2021' }, '2021-10-14'],
    [{ day: '5', month: '9', year: '2021' }, '2021-09-05'],
    [{ day: '', month: '', year: '' }, ''],
    [{ day: '14', month: '', year: '2021' }, '2021--14'],
    [{ day: '31', month: '2', year: '2021' }, '2021-2-31'],
    [{ day: '14', month: '10', year: '21' }, '21-10-14'],
  ])('keeps %j as %j', (parts, value) => expect(dateValue(parts)).toBe(value));

  it.each([
    ['', { kind: 'empty' }],
    ['2021-10-14', undefined],
    ['2021--14', { kind: 'missing', parts: ['maand'] }],
    ['--14', { kind: 'missing', parts: ['maand', 'jaar'] }],
    ['21-10-14', { kind: 'year' }],
    ['2021-2-31', { kind: 'invalid' }],
    ['2021-13-01', { kind: 'invalid' }],
    ['14-10-2021', { kind: 'invalid' }],
  ])('finds in %j: %j', (value, problem) => expect(dateProblem(value)).toEqual(problem));

  it('gives back the boxes of what it keeps, so a half-typed date is never lost (property)', () => {
    const box = (max: number) => fc.stringMatching(new RegExp(`^\\d{0,${max}}$`));
    fc.assert(
      fc.property(fc.record({ day: box(2), month: box(2), year: box(4) }), (parts) => {
        const value = dateValue(parts);
        const back = dateParts(value);
        // A whole date comes back padded ("5" → "05"); anything else exactly as typed.
        if (dateProblem(value) === undefined) return Number(back.day) === Number(parts.day) && Number(back.month) === Number(parts.month) && back.year === parts.year;
        return back.day === parts.day && back.month === parts.month && back.year === parts.year;
      }),
    );
  });
});

describe('wrongDateParts', () => {
  it('names the boxes to mark, the first of them taking the focus', () => {
    expect(wrongDateParts('')).toEqual(['day', 'month', 'year']);
    expect(wrongDateParts('2021--')).toEqual(['day', 'month']);
    expect(wrongDateParts('2021-10-')).toEqual(['day']);
    expect(wrongDateParts('-10-14')).toEqual(['year']);
    expect(wrongDateParts('21-10-14')).toEqual(['year']);
    expect(wrongDateParts('2021-13-14')).toEqual(['month']);
    expect(wrongDateParts('2021-13-32')).toEqual(['day', 'month']);
    // No such day (31 February), or a real date outside the period: the date as a whole.
    expect(wrongDateParts('2021-2-31')).toEqual(['day', 'month', 'year']);
    expect(wrongDateParts('2030-01-01')).toEqual(['day', 'month', 'year']);
  });
});
