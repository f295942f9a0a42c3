import { describe, expect, it } from 'vitest';
import { parseEuroCents, parseWholeNumber } from './dutchNumber';

describe('parseWholeNumber', () => {
  it.each([
    ['12', 12],
    [' 1.200 ', 1200],
    ['0', 0],
    ['1 200', 1200],
  ])('reads %j as %d', (input, expected) => expect(parseWholeNumber(input)).toBe(expected));

  it.each(['', 'twaalf', '1,5', '-3', '12.5', '1.20', undefined])('refuses %j', (input) => {
    expect(parseWholeNumber(input)).toBeUndefined();
  });
});

describe('parseEuroCents', () => {
  it.each([
    ['1250', 125000],
    ['1.250', 125000],
    ['1.250,50', 125050],
    ['€ 1.250,5', 125050],
    ['1250,05', 125005],
    ['1250.50', 125050],
    ['1,250.50', 125050],
    ['0', 0],
  ])('reads %j as %d cents', (input, expected) => expect(parseEuroCents(input)).toBe(expected));

  it.each(['', 'veel', '1.25.0', '12,345', '1,2,3', '12,5,0', '-5', undefined])('refuses %j', (input) => {
    expect(parseEuroCents(input)).toBeUndefined();
  });
});
