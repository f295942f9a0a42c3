import { formatEuro, parseEuroCents } from '../../../schemas/dutchNumber';
import { counted } from '../../../schemas/dutchText';
import { shortDateText } from '../../../schemas/fields/display';
import { findBinding } from '../templateBindings';
import type { ReportContext } from './reportContext';

/**
 * The report's `{{placeholders}}`: its own (`report.*`, about the grant and what was realised),
 * then the application's (the round, the document, the applicant's answers).
 */
const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const count = (ctx: ReportContext, carried: string) => String(ctx.comparisons.filter((c) => c.carriedOut === carried).length);
const goalCount = (ctx: ReportContext, achieved: string) => (ctx.goals.length > 0 ? String(ctx.goals.filter((g) => g.achieved === achieved).length) : undefined);

export const REPORT_BINDINGS: Record<string, { description: string; value: (ctx: ReportContext) => string | undefined }> = {
  'report.grantDate': { description: 'Datum van de beschikking', value: (c) => shortDateText(c.draft.report?.grant?.decisionDate) },
  'report.grantedAmount': {
    description: 'Verleend bedrag',
    value: (c) => {
      const cents = parseEuroCents(c.draft.report?.grant?.grantedAmount);
      return cents === undefined ? undefined : formatEuro(cents);
    },
  },
  'report.grantReference': { description: 'Kenmerk van de beschikking', value: (c) => trimmed(c.draft.report?.grant?.reference) },
  // Counted nouns, so one planned activity or goal reads "1 geplande activiteit", not "Van de 1 …".
  'report.plannedActivities': { description: 'Aantal geplande activiteiten, met het woord', value: (c) => counted(c.comparisons.length, ['geplande activiteit', 'geplande activiteiten']) },
  'report.doneCount': { description: 'Aantal helemaal uitgevoerde activiteiten', value: (c) => count(c, 'yes') },
  'report.partlyCount': { description: 'Aantal gedeeltelijk uitgevoerde activiteiten', value: (c) => count(c, 'partly') },
  'report.notDoneCount': { description: 'Aantal niet uitgevoerde activiteiten', value: (c) => count(c, 'no') },
  'report.addedCount': { description: 'Aantal toegevoegde activiteiten', value: (c) => String(c.added.length) },
  // Empty without goals in the plan: the template's sentence about them is then left out.
  'report.planGoals': { description: 'Aantal doelen in het plan, met het woord', value: (c) => (c.goals.length > 0 ? counted(c.goals.length, ['doel', 'doelen']) : undefined) },
  'report.goalsReached': { description: 'Aantal gehaalde doelen', value: (c) => goalCount(c, 'yes') },
  'report.goalsPartly': { description: 'Aantal gedeeltelijk gehaalde doelen', value: (c) => goalCount(c, 'partly') },
  'report.goalsMissed': { description: 'Aantal niet gehaalde doelen', value: (c) => goalCount(c, 'no') },
  'report.plannedTotal': { description: 'Begrote kosten van alle activiteiten', value: (c) => formatEuro(c.totals.plannedCents) },
  'report.realisedTotal': {
    description: 'Werkelijke kosten van alle activiteiten',
    value: (c) => (c.totals.realisedCents === undefined ? undefined : formatEuro(c.totals.realisedCents)),
  },
  'report.obligations': { description: 'Hoe aan de verplichtingen is voldaan', value: (c) => trimmed(c.draft.report?.closing?.obligations) },
};

/** A placeholder's value: the report's own, or the application's. Undefined (or blank) is unanswered. */
export function reportBindingValue(ctx: ReportContext, name: string): { found: boolean; value: string | undefined } {
  if (Object.hasOwn(REPORT_BINDINGS, name)) return { found: true, value: REPORT_BINDINGS[name]!.value(ctx) };
  const binding = findBinding(ctx.app, name);
  return binding ? { found: true, value: binding.value(ctx.app) } : { found: false, value: undefined };
}
