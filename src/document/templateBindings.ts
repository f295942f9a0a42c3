import { parseEuroCents, parseWholeNumber } from '../../schemas/dutchNumber';
import { formatEuro } from '../domain/formatEuro';
import { formatLongDate } from '../domain/formatDutchDate';
import type { RenderContext } from './renderContext';
import { joinDutch } from '../../schemas/dutchText';

/**
 * What each `{{placeholder}}` of a template means. A value of undefined (or blank) is an
 * unanswered question: the template's "missing" words appear, or an optional text is left out.
 * The descriptions are shown to users who fill their own Word file (house style).
 */
export interface Binding {
  description: string;
  value: (ctx: RenderContext) => string | undefined;
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const euro = (typed: string | undefined) => {
  const cents = parseEuroCents(typed);
  return cents === undefined ? trimmed(typed) : formatEuro(cents);
};
const count = (typed: string | undefined) => {
  const n = parseWholeNumber(typed);
  return n === undefined ? trimmed(typed) : n.toLocaleString('nl-NL');
};
const unknownNote = (fact: { status: 'known'; value: unknown } | { status: 'unknown'; note: string }) =>
  fact.status === 'known' ? String(fact.value) : fact.note;

export const TEMPLATE_BINDINGS = {
  'scheme.name': { description: 'Naam van de regeling', value: (c) => c.scheme.name },
  'scheme.shortName': { description: 'Korte naam van de regeling', value: (c) => c.scheme.shortName },
  'scheme.citation': { description: 'Vindplaats van de regeling (Staatscourant)', value: (c) => c.scheme.citation },
  'scheme.executor': { description: 'Uitvoerder van de regeling (DUS-I)', value: (c) => c.scheme.executor.fullName },
  'scheme.activityYears': { description: 'Jaren waarin de activiteiten plaatsvinden', value: (c) => joinDutch(c.scheme.activityYears.map(String)) },
  'scheme.ageLimit': { description: 'Leeftijdsgrens van de deelnemers', value: (c) => String(c.scheme.ageLimit.under) },
  'scheme.factsheetTitle': {
    description: 'Titel van de factsheet met de werkzame mechanismen',
    value: (c) => c.guidance.sources.find((s) => s.id === c.guidance.primarySourceId)?.title,
  },
  'scheme.maxSubsidyNote': {
    description: 'Wat bekend is over het maximale subsidiebedrag',
    value: (c) => unknownNote(c.scheme.maxSubsidyPerInstitution),
  },
  'scheme.eligibleCostsNote': { description: 'Wat bekend is over de kosten die meetellen', value: (c) => unknownNote(c.scheme.eligibleCosts) },
  'scheme.reportingNote': { description: 'Wat bekend is over de verantwoording', value: (c) => unknownNote(c.scheme.reporting) },

  'document.date': { description: 'Datum waarop het document is gemaakt', value: (c) => formatLongDate(c.now) },
  'document.lastChanged': { description: 'Datum van de laatste wijziging van het concept', value: (c) => formatLongDate(new Date(c.draft.updatedAt)) },
  'document.appVersion': { description: 'Versie van de Aanvraagwijzer', value: (c) => c.appVersion },

  'applicant.institutionName': { description: 'Naam van de instelling', value: (c) => trimmed(c.answers.applicant?.institutionName) },
  'applicant.brin': { description: 'BRIN-code', value: (c) => trimmed(c.answers.applicant?.brin)?.toUpperCase() },
  'applicant.bevoegdGezag': { description: 'Bevoegd gezag', value: (c) => trimmed(c.answers.applicant?.bevoegdGezag) },
  'applicant.contactName': { description: 'Naam van de contactpersoon', value: (c) => trimmed(c.answers.applicant?.contactName) },
  'applicant.contactRole': { description: 'Functie van de contactpersoon', value: (c) => trimmed(c.answers.applicant?.contactRole) },
  'applicant.contactEmail': { description: 'E-mailadres van de contactpersoon', value: (c) => trimmed(c.answers.applicant?.contactEmail) },
  'applicant.contactPhone': { description: 'Telefoonnummer van de contactpersoon', value: (c) => trimmed(c.answers.applicant?.contactPhone) },
  'applicant.signatoryName': { description: 'Naam van de ondertekenaar', value: (c) => trimmed(c.answers.applicant?.signatoryName) },
  'applicant.signatoryRole': { description: 'Functie van de ondertekenaar', value: (c) => trimmed(c.answers.applicant?.signatoryRole) },

  'targetGroups.a.name': { description: 'Naam van doelgroep a', value: (c) => c.scheme.targetGroups.find((g) => g.id === 'a')?.name },
  'targetGroups.b.name': { description: 'Naam van doelgroep b', value: (c) => c.scheme.targetGroups.find((g) => g.id === 'b')?.name },
  'targetGroups.a.expectedCount': { description: 'Aantal studenten in doelgroep a', value: (c) => count(c.answers.targetGroups?.a?.expectedCount) },
  'targetGroups.b.expectedCount': { description: 'Aantal gediplomeerden in doelgroep b', value: (c) => count(c.answers.targetGroups?.b?.expectedCount) },

  'summary.activityCount': { description: 'Aantal activiteiten', value: (c) => String((c.answers.activities ?? []).length) },
  'summary.mechanismCount': { description: 'Aantal gekozen mechanismen', value: (c) => String((c.answers.mechanisms?.chosen ?? []).length) },
  'summary.mechanismNames': {
    description: 'Namen van de gekozen mechanismen',
    value: (c) =>
      trimmed(
        joinDutch(
          (c.answers.mechanisms?.chosen ?? []).map((choice) => {
            const name = c.scheme.mechanisms.find((m) => m.id === choice.mechanismId)?.name ?? choice.mechanismId;
            return `‘${name.toLowerCase()}’`;
          }),
        ),
      ),
  },
  'summary.partnerNames': {
    description: 'Namen van de samenwerkingspartners',
    value: (c) => trimmed(joinDutch((c.answers.partners ?? []).map((p) => p.name?.trim() ?? '').filter(Boolean))),
  },

  'nazorg.contactMethod': { description: 'Hoe de instelling contact houdt met gediplomeerden', value: (c) => trimmed(c.answers.nazorg?.contactMethod) },
  'nazorg.duration': { description: 'Hoe lang de nazorg duurt', value: (c) => trimmed(c.answers.nazorg?.duration) },
  'nazorg.handover': { description: 'De warme overdracht aan gemeente of UWV', value: (c) => trimmed(c.answers.nazorg?.handover) },
  'nazorg.expectedUsers': { description: 'Aantal gediplomeerden dat nazorg gebruikt', value: (c) => count(c.answers.nazorg?.expectedUsers) },

  'budget.totalCosts': {
    description: 'Totale kosten van alle activiteiten',
    value: (c) => (c.totals.lineCount > 0 ? formatEuro(c.totals.totalCents) : undefined),
  },
  'budget.requestedAmount': { description: 'Gevraagde subsidie', value: (c) => euro(c.answers.budget?.requestedAmount) },
  'budget.cofinancingAmount': {
    description: 'Bedrag van de cofinanciering',
    value: (c) => (c.answers.budget?.hasCofinancing === 'yes' ? euro(c.answers.budget.cofinancingAmount) : undefined),
  },
  'budget.cofinancingSource': {
    description: 'Wie de cofinanciering betaalt',
    value: (c) => (c.answers.budget?.hasCofinancing === 'yes' ? trimmed(c.answers.budget.cofinancingSource) : undefined),
  },
  'budget.notes': { description: 'Toelichting op de begroting', value: (c) => trimmed(c.answers.budget?.notes) },

  'monitoring.indicators': { description: 'Indicatoren', value: (c) => trimmed(c.answers.monitoring?.indicators) },
  'monitoring.registration': { description: 'Hoe deelname en resultaten worden geregistreerd', value: (c) => trimmed(c.answers.monitoring?.registration) },
  'monitoring.comparison': { description: 'Hoe het verslag wordt vergeleken met dit plan', value: (c) => trimmed(c.answers.monitoring?.comparison) },
} satisfies Record<string, Binding>;

export type BindingName = keyof typeof TEMPLATE_BINDINGS;

export function findBinding(name: string): Binding | undefined {
  return Object.hasOwn(TEMPLATE_BINDINGS, name) ? TEMPLATE_BINDINGS[name as BindingName] : undefined;
}
