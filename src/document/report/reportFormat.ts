import { formatEuro } from '../../domain/formatEuro';
import type { Difference } from '../../domain/report/planVsRealised';

/** How the report writes planned and realised numbers and their differences. */

export const euroOr = (cents: number | undefined, missing: string) => (cents === undefined ? missing : formatEuro(cents));
export const countOr = (n: number | undefined, missing: string) => (n === undefined ? missing : n.toLocaleString('nl-NL'));

/** "+ € 6.200,00", "− € 1.000,00", "€ 0,00"; empty when unknown. */
export function signedEuro(cents: number | undefined): string {
  if (cents === undefined) return '';
  if (cents === 0) return formatEuro(0);
  return `${cents < 0 ? '−' : '+'}\u00a0${formatEuro(Math.abs(cents))}`;
}

/** "+12", "−30", "0"; empty when unknown. */
export function signedCount(n: number | undefined): string {
  if (n === undefined) return '';
  return n === 0 ? '0' : `${n < 0 ? '−' : '+'}${Math.abs(n).toLocaleString('nl-NL')}`;
}

/** "+25 %", "−40 %", "0 %"; "–" against a plan of 0 or when unknown. */
export function signedPercent(d: Difference): string {
  if (d.share === undefined) return '–';
  const rounded = Math.round(d.share * 100);
  // A no-break space: "−30 %" never wraps in a narrow column.
  return rounded === 0 ? '0\u00a0%' : `${rounded < 0 ? '−' : '+'}${Math.abs(rounded)}\u00a0%`;
}
