const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Cents as Dutch euros, e.g. 125050 → "€ 1.250,50". */
export function formatEuro(cents: number): string {
  // Intl may use a non-breaking space after €; keep it, it prevents "€" from wrapping alone.
  return euro.format(cents / 100);
}
