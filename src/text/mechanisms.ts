import type { MECHANISM_CHOICE_FIELDS } from '../../schemas/fields/mechanisms';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Mechanismen step. The mechanisms, approaches, evidence and tips come from the scheme data. */
export const MECHANISMS = {
  intro:
    'Een werkzaam mechanisme is een manier waarop begeleiding studenten helpt aan werk of een vervolgopleiding. Het factsheet dat bij de regeling is opgesteld om instellingen te helpen bij hun aanvraag, beschrijft er zeven. Kies de mechanismen die bij uw doelgroepen passen.',
  howTo: 'Zo werkt deze stap',
  howToSteps: [
    'Lees per mechanisme wat het doet. Onder ‘Hoe werkt het?’ staan het onderzoek, tips en bronnen.',
    'Kies een of meer mechanismen met ‘Kies dit mechanisme’.',
    'Op de pagina van het mechanisme kiest u de aanpakken die u gebruikt. Daar legt u ook uit waarom het past bij uw doelgroepen.',
  ],
  activityNote: 'Elk mechanisme dat u kiest, heeft later minstens één activiteit nodig. Kies dus alleen wat u echt gaat doen.',
  warningHeading: 'Let op',
  listHeading: 'De zeven mechanismen',
  numberLabel: (n: number) => `Mechanisme ${n}`,
  /** Short name for the error summary: "chosen.2.rationale" → "Mechanisme 3 (Elkaar leren kennen op de werkvloer)". */
  summaryLabel: (n: number, name: string) => `Mechanisme ${n} (${name})`,
  evidenceSummary: 'Hoe werkt het?',
  tipsHeading: 'Tips',
  moreAboutApproach: 'Meer over deze aanpak',
  approachTipsHeading: (approach: string) => `Tips bij ‘${approach}’`,
  examplesHeading: 'Voorbeelden van activiteiten',
  sourcesHeading: 'Bronnen',
  newTab: '(opent in een nieuw tabblad)',
  choose: 'Ik kies dit mechanisme',
  // The list of chosen mechanisms (summary cards) and the ones still to choose
  chosenHeading: 'Uw mechanismen',
  count: (n: number) => (n === 1 ? '1 mechanisme' : `${n} mechanismen`),
  noneChosen: 'U heeft nog geen mechanisme gekozen.',
  optionsHeading: (anyChosen: boolean) => (anyChosen ? 'Andere mechanismen' : 'Kies uit deze mechanismen'),
  allChosen: 'U heeft alle mechanismen gekozen.',
  chooseButton: 'Kies dit mechanisme',
  /** Hidden after "Kies dit mechanisme": " (4. Elkaar leren kennen op de werkvloer)". */
  chooseContext: (n: number, name: string) => ` (${n}. ${name})`,
  /** Hidden after "Wijzigen" and "Verwijderen", so a screen reader hears which mechanism. */
  actionContext: (name: string) => ` mechanisme ‘${name}’`,
  rowApproaches: 'Aanpakken',
  removed: (name: string) => `Het mechanisme ‘${name}’ is niet meer gekozen.`,
  undoContext: (name: string) => ` (kies ‘${name}’ weer, met uw antwoorden)`,
  restored: (name: string) => `Het mechanisme ‘${name}’ is weer gekozen, met uw antwoorden.`,

  // One chosen mechanism on its own page
  caption: (n: number) => `Mechanismen – mechanisme ${n}`,
  save: 'Opslaan',
  backToList: 'Terug naar alle mechanismen',
  notFoundTitle: 'Mechanisme niet gekozen',
  notFoundBody: 'U heeft dit mechanisme niet (meer) gekozen, of het hoort niet bij deze regeling.',
  notFoundLink: 'Ga naar de mechanismen',
  unknownTitle: 'Een mechanisme dat deze regeling niet kent',
  unknownBody: (id: string) => `Uw concept bevat het mechanisme ‘${id}’. Dat hoort niet bij deze regeling. Haal het weg om verder te gaan.`,
  unknownRemove: (id: string) => `Haal ‘${id}’ weg`,
} as const;

/** How the form asks the answers of a chosen mechanism. */
export const MECHANISM_CHOICE_QUESTIONS = {
  approachIds: { label: 'Welke aanpakken gebruikt u?', hint: 'Kies een of meer aanpakken bij dit mechanisme.' },
  rationale: {
    label: 'Waarom past dit mechanisme bij uw doelgroepen?',
    hint: 'Beschrijf wat uw studenten en gediplomeerden nodig hebben en hoe dit mechanisme daarbij helpt. Noem waar u kunt wat u al weet uit uw eigen school.',
  },
} satisfies Questions<typeof MECHANISM_CHOICE_FIELDS>;
