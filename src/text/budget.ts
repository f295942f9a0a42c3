import { COST_LINE_WORDS } from '../../schemas/fields/activities';
import type { BUDGET_FIELDS } from '../../schemas/fields/budget';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Begroting step (Dutch, B1). Cost categories and unknown facts come from the scheme data. */
export const BUDGET = {
  intro:
    'Hier ziet u de kosten van al uw activiteiten bij elkaar. U vult de kosten in bij elke activiteit; op deze pagina ziet u de totalen. Daarna vult u in hoeveel subsidie u vraagt en of er cofinanciering is.',
  overviewHeading: 'Kosten per activiteit',
  noActivities: 'U heeft nog geen activiteiten. De kosten vult u in bij elke activiteit.',
  toActivities: 'Naar Activiteiten',
  activityLabel: (n: number, title: string) => (title ? `Activiteit ${n}: ${title}` : `Activiteit ${n}`),
  activityCaption: (label: string) => `Kosten van ${label}`,
  noLines: 'Bij deze activiteit staan nog geen kosten.',
  category: 'Soort kosten',
  description: 'Omschrijving',
  amount: 'Bedrag',
  noCategory: COST_LINE_WORDS.noCategory,
  noDescription: COST_LINE_WORDS.noDescription,
  noAmount: COST_LINE_WORDS.noAmount,
  unreadableAmount: (typed: string) => `Niet te lezen: ‘${typed}’`,
  total: 'Totaal',
  editLines: 'Kosten wijzigen',
  editLinesContext: (label: string) => ` van ${label}`,
  unreadableHeading: (count: number) => (count === 1 ? '1 bedrag kan niet worden gelezen' : `${count} bedragen kunnen niet worden gelezen`),
  unreadableIntro:
    'Deze bedragen tellen niet mee in de totalen. Schrijf ze als een bedrag in euro’s, bijvoorbeeld 1.250 of 1.250,50. Pas ze aan bij de activiteit:',
  unreadableItem: (label: string, typed: string) => `${label}: ‘${typed}’`,
  totalsHeading: 'Totalen',
  grandTotal: 'Totale kosten van de activiteiten',
  byCategoryCaption: 'Kosten per soort',
  byGroupCaption: 'Kosten per doelgroep',
  group: 'Doelgroep',
  costs: 'Kosten',
  studentCount: (count: number | undefined) =>
    count === undefined ? '(aantal deelnemers nog niet ingevuld)' : count === 1 ? '(1 deelnemer)' : `(${count} deelnemers)`,
  perStudent: 'Per deelnemer',
  groupLabel: (id: string, name: string) => `${id}: ${name}`,
  unassigned: 'Nog niet aan een doelgroep gekoppeld',
  byGroupNote:
    'Een activiteit voor beide doelgroepen is voor de helft bij elke doelgroep geteld. Het aantal deelnemers komt uit de stap Doelgroepen.',
  toTargetGroups: 'Aantal deelnemers invullen bij Doelgroepen',
  factsHeading: 'Wat niet bekend is over de regeling',
  factsIntro:
    'Over deze punten staat niets in de openbare bronnen. De wijzer bedenkt er daarom niets bij. Vraag het na bij DUS-I voordat u de aanvraag indient.',
  factsKnownHeading: 'Wat bekend is over de regeling',
  factMax: 'Maximumbedrag per instelling',
  factEligible: 'Welke kosten meetellen',
  factCofinancing: 'Cofinanciering',
  formHeading: 'Uw subsidieaanvraag',
  requestedAmountHint: (total: string | undefined) =>
    `Het bedrag dat u bij DUS-I aanvraagt, bijvoorbeeld 45.000. Gevraagde subsidie plus cofinanciering moet gelijk zijn aan de totale kosten van de activiteiten${total ? ` (nu ${total})` : ''}.`,
  cofinancingDropped: (amount: string) =>
    `U koos ‘nee’. Het bedrag van de cofinanciering${amount ? ` (${amount})` : ''} en wie het betaalt, staan daarom niet meer in uw aanvraag. Kiest u op deze pagina weer ‘ja’, dan staan ze er weer.`,
  mismatchHeading: 'De begroting klopt nog niet',
  mismatchIntro: 'De kosten van de activiteiten en het geld dat er tegenover staat, zijn niet gelijk:',
  mismatchCosts: 'Kosten van de activiteiten',
  mismatchRequested: 'Gevraagde subsidie',
  mismatchCofinancing: 'Cofinanciering',
  mismatchFunded: 'Subsidie plus cofinanciering',
  mismatchDirection: (difference: string, fundedIsHigher: boolean) =>
    `Subsidie plus cofinanciering is ${difference} ${fundedIsHigher ? 'hoger' : 'lager'} dan de kosten.`,
  mismatchAdvice:
    'Maak de gevraagde subsidie plus cofinanciering gelijk aan de kosten, of pas de kosten aan bij de activiteiten.',
  noLinesHeading: 'Er staan nog geen kosten bij de activiteiten',
  warningHeading: 'Let op',
};

/** How the form asks the Begroting answers (the hint of the requested amount names the current total: BUDGET.requestedAmountHint). */
export const BUDGET_QUESTIONS = {
  hasCofinancing: { label: 'Betaalt de instelling of een andere partij zelf een deel van de kosten (cofinanciering)?' },
  cofinancingAmount: { hint: 'Bijvoorbeeld 5.000.' },
  cofinancingSource: { label: 'Wie betaalt de cofinanciering?', hint: 'Bijvoorbeeld de instelling zelf uit eigen middelen, of de gemeente.' },
  notes: { hint: 'Bijvoorbeeld welk uurtarief u gebruikt en hoe u de kosten heeft berekend.' },
} satisfies Questions<typeof BUDGET_FIELDS>;
