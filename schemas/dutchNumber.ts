/**
 * Parsing numbers as a Dutch user types them. Pure; used by the strict schemas and the budget sums.
 * Returns undefined for anything that is not a clean number, so callers can report it.
 */

/** "12", " 1.200 " → 12, 1200. Only whole numbers ≥ 0; dots as thousands separators are allowed. */
export function parseWholeNumber(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  const s = input.trim().replace(/\s/g, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(s)) return undefined;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The currency as people write it around an amount: "€", "EUR", "euro" (any case), before or after. */
const CURRENCY = /^(?:€|euro|eur)|(?:€|euro|eur)$/gi;

/**
 * Euros as people in the Netherlands type them: "€ 1.250,50", "€18.400", "EUR 18.400", "18400",
 * "18 400", "18.400,-", "1250,5", or with a decimal point when unambiguous ("1250.50").
 * Returns cents as an integer, so sums never drift.
 */
export function parseEuroCents(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  let s = input
    .trim()
    .replace(CURRENCY, '')
    .replace(/\s/g, '')
    // "18.400,-" and "18.400,--": whole euros, as on a price tag.
    .replace(/,[-–—]{1,2}$/, '');
  if (s === '') return undefined;
  let euros: string;
  let cents = '';
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s) || /^\d+(,\d{1,2})?$/.test(s)) {
    [euros, cents = ''] = s.replace(/\./g, '').split(',') as [string, string?];
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    // "1250.50": a single point followed by one or two digits is a decimal point.
    [euros, cents = ''] = s.split('.') as [string, string?];
  } else if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(s)) {
    // English separators, only with decimals ("1,250.50"); "12,345" stays ambiguous and is refused.
    s = s.replace(/,/g, '');
    [euros, cents = ''] = s.split('.') as [string, string?];
  } else {
    return undefined;
  }
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0') || '0');
  return Number.isSafeInteger(value) ? value : undefined;
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Cents as Dutch euros, e.g. 125050 → "€ 1.250,50". */
export function formatEuro(cents: number): string {
  // Intl may use a non-breaking space after €; keep it, it prevents "€" from wrapping alone.
  return euro.format(cents / 100);
}
