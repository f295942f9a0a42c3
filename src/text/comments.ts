/**
 * Interface text of review mode ("Beoordelen"): comments on answers, the version for an advisor
 * and what came back from Word. Dutch, plain, for a school project leader and their advisor.
 */

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n.toLocaleString('nl-NL')} ${many}`);

/** Reading back a Word file an advisor commented on. */
export const WORD_IMPORT = {
  unknownAuthor: 'Onbekende adviseur',
  /** Shown after "Concept openen" of a .docx with Word comments: what came in, and what did not and why. */
  report: (r: { added: number; known: number; skipped: number; redated: number; placesLost: boolean; commentsLost: boolean }): string =>
    [
      r.commentsLost
        ? 'De opmerkingen in dit Word-document konden niet worden gelezen. Het concept zelf is wel geopend; de opmerkingen staan nog in het Word-document.'
        : r.added > 0
          ? `Uit het Word-document ${r.added === 1 ? 'is' : 'zijn'} ${count(r.added, 'opmerking', 'opmerkingen')} overgenomen.`
          : 'Uit het Word-document zijn geen nieuwe opmerkingen overgenomen.',
      r.known > 0 ? `${count(r.known, 'opmerking stond', 'opmerkingen stonden')} al in het concept.` : '',
      r.skipped > 0
        ? `${count(r.skipped, 'opmerking is', 'opmerkingen zijn')} overgeslagen, omdat ${r.skipped === 1 ? 'die leeg of beschadigd was' : 'ze leeg of beschadigd waren'} of omdat het concept vol is (ten hoogste 2.000 opmerkingen). ${r.skipped === 1 ? 'Die staat' : 'Ze staan'} nog wel in het Word-document.`
        : '',
      r.redated > 0
        ? `Bij ${count(r.redated, 'opmerking', 'opmerkingen')} was de datum onmogelijk. Daar staat nu de datum waarop het Word-document is opgeslagen.`
        : '',
      r.placesLost ? 'Waar de opmerkingen in de tekst stonden, kon niet worden gelezen. Ze staan daarom bij ‘De hele aanvraag’.' : '',
    ]
      .filter(Boolean)
      .join(' '),
};

const dateTime = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Review mode (#/beoordelen). */
export const REVIEW_MODE = {
  title: 'Beoordelen',
  intro:
    'Hier leest u de aanvraag zoals die in het Word-document staat. Bij elk hoofdstuk kunt u een reactie geven, en met ‘Reageren op een antwoord in dit hoofdstuk’ ook bij elk antwoord. De reacties worden in het concept bewaard; stuur het conceptbestand of de Word-versie met opmerkingen terug naar de schrijver van de aanvraag.',
  backToOverview: 'Terug naar het overzicht',
  statusHeading: 'Stand van de aanvraag',
  commentCount: (open: number, resolved: number) =>
    `${open === 1 ? '1 open reactie' : `${open} open reacties`}, ${resolved === 1 ? '1 afgehandeld' : `${resolved} afgehandeld`}.`,
  documentHeading: 'De aanvraag',
  generalHeading: 'Reacties op de hele aanvraag',
  orphansHeading: 'Reacties bij antwoorden die er niet meer zijn',
  orphansIntro: 'Deze reacties horen bij een antwoord dat niet meer in de aanvraag staat, bijvoorbeeld een verwijderde activiteit.',
  sectionStatus: (step: string) => `Stap ‘${step}’:`,

  add: 'Reactie toevoegen',
  addAt: (label: string) => ` bij ${label}`,
  addInTable: (count: number) => `Reageren op een antwoord in deze tabel (${count})`,
  /** The section's switch that shows "Reactie toevoegen" at each of its answers (the section's own stays in view). */
  answersToggle: (count: number) => (count === 1 ? 'Reageren op het antwoord in dit hoofdstuk' : `Reageren op een antwoord in dit hoofdstuk (${count})`),
  formLabel: (label: string) => `Reactie bij ${label}`,
  replyFormLabel: (author: string) => `Antwoord op de reactie van ${author}`,
  nameLabel: 'Uw naam',
  nameHint: 'Staat bij uw reactie. De Aanvraagwijzer onthoudt uw naam op dit apparaat.',
  textLabel: 'Uw reactie',
  replyTextLabel: 'Uw antwoord',
  nameMissing: 'Vul uw naam in.',
  textMissing: 'Typ uw reactie.',
  save: 'Reactie plaatsen',
  saveReply: 'Antwoord plaatsen',
  cancel: 'Annuleren',
  reply: 'Antwoorden',
  resolve: 'Afhandelen',
  reopen: 'Weer openen',
  remove: 'Verwijderen',
  onComment: (author: string) => ` (reactie van ${author})`,
  onReply: (author: string) => ` (antwoord van ${author})`,
  fromWord: 'uit Word',
  resolved: 'afgehandeld',
  written: (author: string, at: Date) => `${author}, ${dateTime.format(at)}`,
  commentsOn: (label: string) => `Reacties bij ${label}`,

  added: (label: string) => `Uw reactie bij ${label} is geplaatst.`,
  replied: 'Uw antwoord is geplaatst.',
  resolvedDone: 'De reactie is afgehandeld. U vindt haar nog hier, maar niet meer in de Word-versie voor de adviseur.',
  reopened: 'De reactie staat weer open.',
  removed: 'De reactie is verwijderd.',
  replyRemoved: 'Het antwoord is verwijderd.',
  undo: 'Ongedaan maken',
  undone: 'De reactie is teruggezet.',
  full: 'Er kunnen geen reacties meer bij. Handel eerst oude reacties af en verwijder ze.',

  exportHeading: 'Word-versie met opmerkingen',
  exportIntro: (open: number) =>
    `Maak het Word-document met de ${open === 1 ? 'open reactie' : `${open} open reacties`} als opmerkingen in de kantlijn, elk bij zijn antwoord. Afgehandelde reacties staan er niet in. Het gewone Word-document heeft nooit opmerkingen.`,
  wordBackHint:
    'Heeft de adviseur opmerkingen in Word gezet of tekst veranderd? Open dat Word-document op de startpagina met ‘Concept openen’. Uw antwoorden blijven zoals ze waren; de opmerkingen verschijnen hier bij hun antwoord.',
  compareHeading: 'Twee versies vergelijken',
  compareLink: 'Vergelijk twee concepten of Word-documenten, antwoord voor antwoord',

  changesHeading: 'Gewijzigd in Word',
  changesIntro: (count: number) =>
    `In het Word-document dat terugkwam, ${count === 1 ? 'is 1 antwoord' : `zijn ${count} antwoorden`} veranderd. Uw concept is niet veranderd. Kies per antwoord of u de tekst uit Word overneemt.`,
  changeInDraft: 'In uw concept',
  changeInWord: 'In het Word-document',
  changeEmpty: '(leeg)',
  takeOver: 'Overnemen',
  ignore: 'Negeren',
  onAnswer: (label: string) => ` (${label})`,
  byHand: 'Dit antwoord is een keuze, getal of datum. Verander het zelf op de pagina van het antwoord:',
  tooLong: 'Deze tekst is te lang voor dit antwoord. Neem over wat u wilt op de pagina van het antwoord:',
  gone: 'Dit antwoord staat niet meer in uw concept.',
  goTo: (label: string) => `Naar ${label}`,
  takenOver: (label: string) => `De tekst uit Word staat nu in uw concept bij ${label}.`,
  ignored: (label: string) => `De wijziging bij ${label} is genegeerd.`,
  changedMark: 'Gewijzigd in Word',
  changedMarkLink: 'bekijk de wijziging',
};
