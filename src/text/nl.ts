import type { StepId } from '../domain/stepIds';
import type { StepStatus } from '../domain/stepStatus';

/**
 * Interface text of the app (Dutch, for a school project leader). Validation messages: schemas/messages.ts.
 *
 * One word for each thing (#14.6), in the app and the Word document alike (glossary.test.ts checks):
 * - stap: one of the eight parts of the application (or the verslag) on the task list ("Stap 4 van 8"),
 *   not "onderdeel" (that is only a part of a file that could not be read, storage.ts);
 * - concept: the draft in the app and its .json file ("Concept opslaan als bestand", "Concept openen");
 * - Word-document: the .docx the app makes ("Word-document maken"), not "Word-concept" or "Word-bestand";
 *   "aanvraag" is what is filed at DUS-I;
 * - opslaan als bestand: the one name for saving a file ("Opslaan als bestand", "Sla uw concept op als
 *   bestand"), never "downloaden"; the browser's own saving is "opgeslagen"; "bewaren" is keeping;
 * - Wijzigen / Verwijderen / Ongedaan maken: the actions on an answer or a list item, always these words;
 * - Opslaan en verder / Opslaan en terug naar …: a form's save button says where it leads.
 */
export const APP_NAME = 'Aanvraagwijzer';

export const SHELL = {
  tagline: 'Hulp bij uw aanvraag voor extra begeleiding en nazorg mbo',
  skipLink: 'Naar de inhoud',
  privacyNote:
    'Uw antwoorden blijven in deze browser op dit apparaat. Er gaat niets naar een server. Sla uw concept op als bestand om het te delen of veilig te stellen.',
  footer: 'Aanvraagwijzer werkt zonder internet en zonder account. Controleer de voorwaarden altijd bij DUS-I.',
  footerLinks: 'Over deze dienst',
  accessibility: 'Toegankelijkheid',
  privacy: 'Privacy',
  contact: 'Contact',
  phase: 'Bèta',
  phaseText: 'Dit is een nieuwe dienst.',
  phaseFeedback: 'Uw reactie helpt ons hem beter te maken',
  backLink: 'Terug',
  errorTitlePrefix: 'Fout: ',
  backToOverview: 'Terug naar het overzicht',
  back: 'Vorige stap',
  saveAndContinue: 'Opslaan en verder',
  saveAndReview: 'Opslaan en controleren',
  /** After "Wijzigen" elsewhere ("?terug=…"): where saving takes the user. */
  saveAndReturnTo: (page: string) => `Opslaan en terug naar ${page}`,
  saveAndReturnToReview: 'Opslaan en terug naar controleren',
  loading: 'Even geduld, de pagina wordt geladen…',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundBody: 'Deze pagina bestaat niet. Ga terug naar het overzicht.',
};

export const STEP_TITLES: Record<StepId, string> = {
  applicant: 'Aanvrager',
  targetGroups: 'Doelgroepen',
  background: 'Aanleiding en doelen',
  mechanisms: 'Mechanismen',
  activities: 'Activiteiten',
  partners: 'Samenwerking',
  nazorg: 'Nazorg',
  budget: 'Begroting',
  monitoring: 'Monitoring en verantwoording',
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  'not-started': 'Niet begonnen',
  'in-progress': 'Bezig',
  incomplete: 'Bekeken maar onvolledig',
  complete: 'Klaar',
  'cannot-start': 'Kan nog niet',
};

export const START = {
  title: 'Uw aanvraag in stappen',
  intro:
    'Deze wijzer helpt u een sterke, volledige aanvraag te schrijven voor de regeling. Werk de stappen af in de volgorde die u wilt. Bij elke stap ziet u wat er nog ontbreekt.',
  tasksHeading: 'Stappen van de aanvraag',
  reviewTasksHeading: 'Uw plan nakijken',
  coherenceTask: 'Samenhang',
  reviewTask: 'Controleren',
  progress: (done: number, total: number) => `${done} van ${total} stappen klaar`,
  exportHeading: 'Word-document maken',
  exportIntro:
    'U kunt op elk moment een Word-document maken, ook als nog niet alles klaar is. Wat nog ontbreekt, staat achterin het document onder ‘Openstaande punten’.',
};

export const ERROR_SUMMARY = {
  title: 'Er is een probleem',
  intro: (count: number) => (count === 1 ? 'Los dit op om verder te gaan:' : `Los deze ${count} punten op om verder te gaan:`),
  visuallyHiddenPrefix: 'Fout: ',
};

/** The card of one item in a list with a page per item (activities, partners): GOV.UK summary card. */
export const SUMMARY_CARD = {
  change: 'Wijzigen',
  remove: 'Verwijderen',
  statusComplete: 'Klaar',
  statusIncomplete: 'Nog niet compleet',
  notFilled: 'Nog niet ingevuld',
  undo: 'Ongedaan maken',
};

/** A date in three boxes (GOV.UK / NL Design System date input). */
export const DATE_INPUT = {
  day: 'Dag',
  month: 'Maand',
  year: 'Jaar',
  example: 'Bijvoorbeeld 14 10 2021',
};

export const FIELD = {
  optional: '(niet verplicht)',
};

/** Under a text near its limit (GOV.UK character count): how many characters are left, or too many. */
export const CHARACTER_COUNT = {
  left: (n: number) => `U heeft nog ${n.toLocaleString('nl-NL')} ${n === 1 ? 'teken' : 'tekens'} over`,
  over: (n: number) => `U heeft ${n.toLocaleString('nl-NL')} ${n === 1 ? 'teken' : 'tekens'} te veel`,
};

export const EXPORT = {
  button: 'Word-document maken',
  busy: 'Word-document wordt gemaakt…',
  done: (fileName: string) => `Het Word-document ‘${fileName}’ is gemaakt. Kijk bij uw downloads.`,
  /** The table of contents is a Word field: the document itself no longer explains that, it is the institution's. */
  fieldsHint: 'Word vraagt bij het openen misschien of velden mogen worden bijgewerkt. Kies ‘Ja’: dan krijgt de inhoudsopgave de juiste paginanummers.',
  failed: 'Het Word-document kon niet worden gemaakt. Uw antwoorden zijn niet verloren. Probeer het opnieuw of sla uw concept op als bestand.',
};

/** The start page's way to the activiteitenverslag, once the application is granted. */
export const REPORT_START = {
  heading: 'Na de toekenning: activiteitenverslag',
  notGranted: 'Is uw aanvraag toegekend? Vul dan de datum en het verleende bedrag in. Daarna schrijft u het activiteitenverslag, vanuit uw plan.',
  grantLink: 'Subsidie verleend: datum en bedrag invullen',
  granted: (date: string, amount: string) => `Subsidie verleend op ${date}: ${amount}.`,
  reportLink: 'Naar het activiteitenverslag',
};

/** The activiteitenverslag as Word (#/verslag). */
export const REPORT_EXPORT = {
  button: 'Verslag als Word-document maken',
  busy: 'Word-document wordt gemaakt…',
  done: (fileName: string) => `Het Word-document ‘${fileName}’ is gemaakt. Kijk bij uw downloads.`,
  failed: 'Het Word-document kon niet worden gemaakt. Uw antwoorden zijn niet verloren. Probeer het opnieuw of sla uw concept op als bestand.',
};

/** "Versie voor adviseur": the Word document with the open comments (review mode). */
export const ADVISOR_EXPORT = {
  button: 'Versie voor adviseur maken',
  busy: 'Bezig met maken…',
  done: (fileName: string) => `Het Word-document ‘${fileName}’ is gemaakt. Kijk bij uw downloads.`,
  failed: 'Het Word-document kon niet worden gemaakt. Uw antwoorden en opmerkingen zijn niet verloren. Probeer het nog eens.',
};

export const UPDATE = {
  available: 'Er is een nieuwe versie van Aanvraagwijzer. Uw antwoorden blijven bewaard.',
  reload: 'Nieuwe versie laden',
};

/** When the app's code does not arrive after the start page's first paint (main.tsx). */
export const LOAD_FAILED = {
  title: 'De wijzer kon niet verder laden',
  body: 'Een deel van Aanvraagwijzer is niet binnengekomen, misschien door een onderbroken internetverbinding. Uw antwoorden blijven bewaard in deze browser. Laad de pagina opnieuw.',
  reload: 'Pagina opnieuw laden',
};
