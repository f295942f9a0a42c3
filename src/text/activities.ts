import { activityLabel } from './activityLabel';
import { COST_LINE_WORDS, mechanismOptionLabel, targetGroupOptionLabel, type ACTIVITY_FIELDS, type COST_LINE_FIELDS } from '../../schemas/fields/activities';
import { activityYearsText } from '../../schemas/fields/kinds';
import { activityBounds, activityPeriodText } from '../../schemas/activityPeriod';
import type { Scheme } from '../../schemas/scheme';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Activiteiten step. Scheme facts (mechanisms, phases, examples, costs) come from the scheme data. */
export const ACTIVITIES = {
  // List page
  intro:
    'Beschrijf wat u gaat doen: per activiteit wat er gebeurt, voor welke doelgroep, wanneer en wat het kost. Elke activiteit hoort bij een mechanisme dat u bij Mechanismen koos.',
  noMechanismsTitle: 'Nog geen mechanismen gekozen',
  noMechanismsBefore: 'Kies eerst bij ',
  noMechanismsLink: 'Mechanismen',
  noMechanismsAfter: ' welke aanpak u volgt. Dan koppelt u hier elke activiteit aan een gekozen mechanisme.',
  listHeading: 'Uw activiteiten',
  count: (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`),
  empty: 'U heeft nog geen activiteiten. Voeg er een toe, of begin met een voorbeeld hieronder.',
  untitled: 'Activiteit zonder titel',
  add: 'Activiteit toevoegen',
  /** Hidden context after "Wijzigen" / "Verwijderen", so a screen reader hears which activity. */
  actionContext: (title: string) => ` activiteit ‘${title}’`,
  rowTargetGroups: 'Doelgroep',
  rowPhase: 'Wanneer',
  rowPeriod: 'Periode',
  rowMechanisms: 'Mechanismen',
  rowPartners: 'Partners',
  noPartnersNamed: 'Geen',
  partnerWithoutName: 'Partner zonder naam',
  rowCost: 'Kosten',
  period: (start: string, end: string) => `${start} tot en met ${end}`,
  periodFrom: (start: string) => `Vanaf ${start}`,
  periodUntil: (end: string) => `Tot en met ${end}`,
  costLineCount: (n: number) => (n === 1 ? '1 kostenregel' : `${n} kostenregels`),
  targetGroup: targetGroupOptionLabel,
  removed: (title: string) => `De activiteit ‘${title}’ is verwijderd, met haar kostenregels.`,
  undoContext: (title: string) => ` (zet ‘${title}’ terug)`,
  restored: (title: string) => `De activiteit ‘${title}’ staat weer in de lijst.`,
  warningsTitle: 'Adviezen bij uw activiteiten',
  warningsIntro: 'Dit houdt u niet tegen, maar kijk er nog eens naar:',
  /** Context in the error summary for an error inside one activity. */
  issueLabel: (index: number, title: string | undefined) => activityLabel({ title }, index),
  costLineLabel: (index: number) => `kostenregel ${index + 1}`,

  // Examples
  examplesHeading: 'Begin met een voorbeeld',
  examplesIntro:
    'Deze voorbeelden zijn bedacht als uitwerking van de aanpakken uit het factsheet; het zijn geen beschreven praktijkvoorbeelden. Kies er een als begin en maak het daarna concreet voor uw school: wie, waar, hoe vaak en wat het kost.',
  examplesGroup: (number: number, name: string, count: number) =>
    `Mechanisme ${number}: ${name} (${count === 1 ? '1 voorbeeld' : `${count} voorbeelden`})`,
  exampleChosenMechanism: 'U koos dit mechanisme',
  exampleUsed: 'Al gebruikt',
  exampleMechanisms: 'Mechanismen',
  exampleFor: 'Voor',
  examplePhase: 'Wanneer',
  pickExample: 'Gebruik dit voorbeeld',
  pickExampleContext: (title: string) => ` ‘${title}’`,

  // One activity
  caption: (index: number, count: number) => `Activiteiten – activiteit ${index + 1} van ${count}`,
  pageTitle: (index: number) => `Activiteit ${index + 1}`,
  fromExample: (title: string) =>
    `Deze activiteit begint met het voorbeeld ‘${title}’. Maak de tekst concreet voor uw school (wie, waar, hoe vaak) en vul de datums, deelnemers en kosten in.`,
  save: 'Opslaan',
  backToList: 'Terug naar alle activiteiten',
  warningsOnPage: 'Advies bij deze activiteit',
  whatSection: 'Wat gebeurt er?',
  whySection: 'Waarom werkt het?',
  mechanismNotChosen: 'Niet gekozen bij Mechanismen',
  mechanismLabel: mechanismOptionLabel,
  approachesEmpty: 'Kies eerst hierboven een mechanisme; dan ziet u hier de aanpakken die erbij horen.',
  approachChosen: 'Gekozen bij Mechanismen',
  forWhomSection: 'Voor wie en wanneer?',
  whoSection: 'Wie doet het?',
  noPartnersBefore: 'U heeft nog geen partners genoemd. Voeg ze toe bij ',
  noPartnersLink: 'Samenwerking',
  noPartnersAfter: '; daarna kunt u ze hier aanvinken.',
  costSection: 'Kosten',
  costIntro: 'Zet elke kostenpost op een eigen regel. De begroting telt ze op.',
  costCategoriesHelp: 'Welke soorten kosten zijn er?',
  costLine: (index: number) => `Kostenregel ${index + 1}`,
  addCostLine: 'Kostenregel toevoegen',
  removeCostLine: 'Verwijderen',
  removeCostLineContext: (index: number) => ` kostenregel ${index + 1}`,
  noCostLines: 'Nog geen kostenregels.',
  total: COST_LINE_WORDS.total,
  unreadable: (n: number) => (n === 1 ? '1 bedrag kan nog niet worden gelezen en telt niet mee.' : `${n} bedragen kunnen nog niet worden gelezen en tellen niet mee.`),

  // Unknown id
  notFoundTitle: 'Activiteit niet gevonden',
  notFoundBody: 'Deze activiteit bestaat niet (meer). Misschien is ze verwijderd.',
  notFoundLink: 'Ga naar de lijst met activiteiten',
} as const;

/** How the form asks a cost line's answers. */
export const COST_LINE_QUESTIONS = {
  category: { placeholder: 'Kies een soort' },
  description: { label: 'Waarvoor?', hint: 'Bijvoorbeeld ‘40 uur loopbaanbegeleider à € 65’.' },
  amount: { hint: 'In euro’s, bijvoorbeeld 2.600 of 2.600,50.' },
} satisfies Questions<typeof COST_LINE_FIELDS>;

// The round's activity period by its dates where known, else by its years.
const datesHint = ({ scheme }: { scheme: Scheme }) =>
  activityBounds(scheme).exact ? `Een datum ${activityPeriodText(scheme)}.` : `Een datum in ${activityYearsText(scheme)}.`;

/** How the form asks an activity's answers. */
export const ACTIVITY_QUESTIONS = {
  title: { hint: 'Kort en herkenbaar, bijvoorbeeld ‘Proefstage in de zorg’.' },
  description: { hint: 'Wat gebeurt er, wie doet wat, hoe vaak en waar? U mag meerdere alinea’s schrijven.' },
  mechanismIds: {
    label: 'Bij welk mechanisme hoort deze activiteit?',
    hint: 'Bovenaan staan de mechanismen die u bij Mechanismen koos. Kiest u een ander mechanisme, voeg het dan ook daar toe: anders krijgt u een foutmelding.',
  },
  approachIds: { label: 'Welke aanpak gebruikt u?', hint: 'Per gekozen mechanisme ziet u de aanpakken die daarbij horen. Kies minstens één.' },
  targetGroupIds: { label: 'Voor welke doelgroep?', hint: 'Kies één of allebei.' },
  phase: { label: 'Wanneer vindt de activiteit plaats?' },
  startDate: { label: 'Startdatum', hint: datesHint },
  endDate: { hint: datesHint },
  expectedParticipants: { label: 'Hoeveel deelnemers verwacht u?', hint: 'Een heel getal, bijvoorbeeld 40. Een schatting is goed.' },
  responsible: { label: 'Wie is verantwoordelijk?', hint: 'Naam of functie, bijvoorbeeld ‘loopbaanbegeleider zorg en welzijn’.' },
  partnerIds: { label: 'Welke partners doen mee?', hint: 'De partners die u bij Samenwerking noemde.' },
  hours: { label: 'Hoeveel uur kost de activiteit?', hint: 'Alle uren van eigen medewerkers samen, als heel getal.' },
  costLines: { fields: COST_LINE_QUESTIONS },
} satisfies Questions<typeof ACTIVITY_FIELDS>;
