import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuroCents, parseWholeNumber } from './dutchNumber';

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
    // As people type them (#14.4).
    ['18.400,-', 1840000],
    ['18.400,--', 1840000],
    ['€18.400', 1840000],
    ['€ 18.400', 1840000],
    ['EUR 18.400', 1840000],
    ['eur 18.400,50', 1840050],
    ['18400', 1840000],
    ['18.400,00', 1840000],
    ['18 400', 1840000],
    ['18\u00a0400', 1840000],
    ['18.400 euro', 1840000],
    ['18.400 €', 1840000],
    ['€ 18.400,-', 1840000],
  ])('reads %j as %d cents', (input, expected) => expect(parseEuroCents(input)).toBe(expected));

  it.each(['', 'veel', '1.25.0', '12,345', '1,2,3', '12,5,0', '-5', '€', 'EUR', ',-', '18.400,-,-', '€€ 5', undefined])('refuses %j', (input) => {
    expect(parseEuroCents(input)).toBeUndefined();
  });

  /** An amount written the ways a Dutch user writes it: with or without €/EUR, dots or spaces between thousands, ",-" or ",00". */
  const written = fc
    .record({
      cents: fc.integer({ min: 0, max: 100_000_000_000 }),
      currency: fc.constantFrom('', '€', '€ ', 'EUR ', 'eur', 'Euro '),
      thousands: fc.constantFrom('', '.', ' ', '\u00a0'),
      wholeAs: fc.constantFrom(',-', ',00', ''),
    })
    .map(({ cents, currency, thousands, wholeAs }) => {
      const euros = Math.floor(cents / 100);
      const rest = cents % 100;
      const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
      return { cents, text: `${currency}${grouped}${rest === 0 ? wholeAs : `,${String(rest).padStart(2, '0')}`}` };
    });

  it('reads every amount as written by hand back to its cents (property)', () => {
    fc.assert(fc.property(written, ({ cents, text }) => parseEuroCents(text) === cents));
  });

  it('reads every amount as the app shows it back to its cents (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => parseEuroCents(formatEuro(cents)) === cents));
  });
});
