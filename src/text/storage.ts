/** Interface text about saving, restoring and opening drafts (Dutch, for a school project leader). */

const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/**
 * A size over the cap as the user's file manager would roughly show it, with as many decimals as
 * it takes to differ from the cap: 5.004.000 bytes is "5,004 MB", never "5 MB" next to a cap of 5 MB.
 */
const megabytesOver = (bytes: number, maxBytes: number) => {
  for (let digits = 1; digits < 6; digits++) {
    const factor = 10 ** digits;
    const truncated = Math.floor((bytes / 1_000_000) * factor) / factor;
    if (truncated > maxBytes / 1_000_000) return truncated.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: digits });
  }
  return (bytes / 1_000_000).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 6 });
};

/** Why a draft (file, example or stored copy) could not be opened. */
export const DRAFT_REFUSED = {
  tooLarge: (bytes: number, maxBytes: number) =>
    `Dit bestand is te groot (${megabytesOver(bytes, maxBytes)} MB). Een concept van de Aanvraagwijzer is veel kleiner; het grootste bestand dat u kunt openen is ${megabytes(maxBytes)} MB. Kies het juiste bestand.`,
  empty: 'Dit bestand is leeg. Kies een concept dat u eerder met de Aanvraagwijzer heeft opgeslagen.',
  notJson:
    'Dit bestand is geen concept van de Aanvraagwijzer: de inhoud is niet leesbaar. Misschien is het bestand beschadigd of is het een ander soort bestand.',
  tooDeep: 'Dit bestand is geen concept van de Aanvraagwijzer: de opbouw van het bestand klopt niet. Misschien is het bestand beschadigd.',
  wrongFileType: 'U kunt alleen een concept (.json) of een Word-document (.docx) openen dat met de Aanvraagwijzer is gemaakt.',
  wrongFormat:
    'Dit bestand is geen concept van de Aanvraagwijzer. Kies een .json-bestand dat u met ‘Concept opslaan als bestand’ heeft gemaakt, of een Word-document van de Aanvraagwijzer.',
  badVersion: 'Dit bestand lijkt een concept van de Aanvraagwijzer, maar het versienummer ontbreekt of klopt niet. Misschien is het bestand beschadigd.',
  tooNew: (version: number, current: number) =>
    `Dit concept is gemaakt met een nieuwere versie van de Aanvraagwijzer (bestandsversie ${version}, deze app kent tot en met versie ${current}). Werk de app bij en open het bestand dan opnieuw.`,
  tooOld: (version: number) =>
    `Dit concept is gemaakt met een oude versie van de Aanvraagwijzer (bestandsversie ${version}). Deze app kan het niet meer omzetten. Vraag de beheerder van de Aanvraagwijzer om hulp.`,
  migrationFailed: (version: number) =>
    `Dit concept (bestandsversie ${version}) kon niet worden omgezet naar de huidige versie van de Aanvraagwijzer. Misschien is het bestand beschadigd.`,
  invalid: (where: string, technical: string) =>
    `Dit bestand lijkt een concept van de Aanvraagwijzer, maar ${where} ontbreekt of kan niet worden gelezen. Zonder dat kan het concept niet worden geopend. (Technisch: ${technical})`,
  unknownScheme: (schemeId: string) =>
    `Dit concept hoort bij een regeling die deze versie van de Aanvraagwijzer niet kent (‘${schemeId}’). Werk de app bij en open het bestand dan opnieuw.`,
  unreadableDocx:
    'Dit Word-document kan niet worden gelezen. Misschien is het beschadigd of is het geen .docx-bestand. Open in plaats daarvan het concept (.json).',
  unexpected: 'Dit bestand kon door een onverwachte fout niet worden geopend. Probeer het opnieuw of kies een ander bestand.',
};

/** Why a stored record was kept aside although it may parse: this app only ever writes text. */
export const STORED_NOT_TEXT =
  'Wat er in deze browser als uw concept stond, is niet door de Aanvraagwijzer geschreven (het is geen tekst). Misschien komt het van een ander programma of een ander bestand op deze computer.';

/** Names for the parts of a draft, used in DRAFT_REFUSED.invalid and for a part set aside. */
export const DRAFT_PARTS: Record<string, string> = {
  format: 'het soort bestand',
  version: 'het versienummer',
  schemeId: 'de regeling',
  appVersion: 'de versie van de app',
  title: 'de naam van het concept',
  createdAt: 'de datum waarop het concept is gemaakt',
  updatedAt: 'de datum van de laatste wijziging',
  answers: 'de antwoorden',
  report: 'het activiteitenverslag',
  progress: 'de voortgang',
  comments: 'de opmerkingen',
  wordChanges: 'de wijzigingen uit Word',
  setAside: 'de apart bewaarde onderdelen',
};

export const DRAFT_PART_UNKNOWN = 'een deel van het concept';

export const DRAFT_PART_IN_STEP = (stepTitle: string) => `de antwoorden bij ‘${stepTitle}’`;

/**
 * Parts of a draft that could not be read and were set aside: their labels (step, activity or
 * partner, field; joined by SET_ASIDE.join) and the notice at the top of the page. The app itself
 * may have written what it can no longer read, so nothing here suggests the user damaged the file.
 */
export const SET_ASIDE = {
  join: (parts: readonly string[]) => parts.join(' – '),
  allAnswers: 'Alle antwoorden',
  wholeStep: 'alle antwoorden bij deze stap',
  wholeItem: 'alle antwoorden',
  list: 'de hele lijst',
  beyondLimit: (from: number, to: number) => (from === to ? `nummer ${from}, boven het maximum` : `nummers ${from} tot en met ${to}, boven het maximum`),
  mechanism: (n: number) => `Mechanisme ${n}`,
  comments: 'Opmerkingen',
  comment: (n: number, author: string | undefined) => (author ? `opmerking ${n} van ${author}` : `opmerking ${n}`),
  reply: (n: number, author: string | undefined) => (author ? `reactie ${n} van ${author}` : `reactie ${n}`),
  replies: 'reacties',
  wordChanges: 'Wijzigingen uit Word',
  wordChange: (n: number) => `wijziging ${n}`,
  setAside: 'Apart bewaarde onderdelen',
  setAsidePart: (n: number) => `onderdeel ${n}`,
  unknown: 'Een onderdeel van het concept',
  more: (n: number) => `Nog ${n} onderdelen die niet konden worden gelezen`,

  heading: 'Niet alles in dit concept kon worden gelezen',
  intro: (n: number, answers: boolean) =>
    n === 1
      ? `Eén ${answers ? 'antwoord' : 'onderdeel'} kon niet worden gelezen. Het is apart bewaard en niet weggegooid. Al het andere staat er gewoon:`
      : `${n} ${answers ? 'antwoorden' : 'onderdelen'} konden niet worden gelezen. Ze zijn apart bewaard en niet weggegooid. Al het andere staat er gewoon:`,
  why: 'Dat kan gebeuren met een concept uit een andere versie van de Aanvraagwijzer. Sla wat apart is bewaard op als bestand, zodat u het kunt nakijken of aan de beheerder kunt geven, en vul die antwoorden zo nodig opnieuw in.',
  download: 'Apart bewaarde onderdelen opslaan als bestand',
  remove: 'Verwijderen uit dit concept',
  removeHint: 'Doe dit als u alles heeft nagekeken of opgeslagen als bestand.',
  removed: 'De apart bewaarde onderdelen zijn uit dit concept verwijderd.',
  undo: 'Ongedaan maken',
  dismiss: 'Melding sluiten',
  fileName: (slugAndDay: string) => `apart-bewaard-${slugAndDay}.json`,
  fileNote:
    'Onderdelen van een concept van de Aanvraagwijzer die niet konden worden gelezen, zoals ze in het bestand stonden. Alle andere antwoorden staan in het concept zelf.',
};

/** Messages of the .docx reader. */
export const DOCX_READ = {
  notZip: 'Dit bestand is geen leesbaar Word-document (.docx). Misschien is het beschadigd of is het een ander soort bestand.',
  noDraft:
    'Dit Word-document bevat geen concept van de Aanvraagwijzer. Alleen Word-documenten die met de Aanvraagwijzer zijn gemaakt, kunnen worden geopend. Open anders het concept (.json).',
  tooLarge: 'Het concept in dit Word-document is te groot om te openen. Misschien is het bestand beschadigd.',
  damaged: 'Het concept in dit Word-document is beschadigd en kan niet worden gelezen. Open in plaats daarvan het concept (.json).',
};

/** Links to the steps a newer version added, after an older draft was brought up to date. */
export const NEW_STEPS = {
  fillIn: (title: string) => `Vul de nieuwe stap ‘${title}’ in`,
};

/** Migration report after opening an older draft. */
export const MIGRATION_REPORT = {
  step: (from: number, to: number, description: string) => `Bijgewerkt van versie ${from} naar versie ${to}: ${description}`,
};

const time = (date: Date) => date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
const isToday = (date: Date) => date.toDateString() === new Date().toDateString();
/** "14:32" today, otherwise "3 februari om 14:32". */
export const when = (date: Date) => (isToday(date) ? time(date) : `${date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long' })} om ${time(date)}`);
const onOrAt = (date: Date) => (isToday(date) ? `om ${time(date)}` : `op ${when(date)}`);

/** The status bar under the header. */
export const SAVE_STATUS = {
  label: 'Opslaan',
  newDraft: 'Uw antwoorden worden automatisch opgeslagen in deze browser.',
  saved: (at: Date) => `Opgeslagen ${onOrAt(at)}`,
  savedHint: 'in deze browser',
  restored: (at: Date) => `Opgeslagen ${onOrAt(at)}`,
  failed: 'Niet opgeslagen — alleen in dit venster. Sla uw concept op als bestand.',
  full: 'Niet opgeslagen — de opslag van deze browser is vol. Uw antwoorden staan alleen in dit venster. Sla uw concept op als bestand.',
  saveFile: 'Opslaan als bestand',
  reader: 'Alleen lezen — dit concept is al open in een ander tabblad of venster. Wat u hier wijzigt, wordt niet opgeslagen.',
  handedOver: 'U werkt nu in een ander tabblad verder. Dit tabblad is alleen om te lezen: wat u hier wijzigt, wordt niet opgeslagen.',
  takeOver: 'Hier verder werken',
  takingOver: 'Even geduld, het andere tabblad slaat uw werk op…',
  filesOnly: 'Alleen in dit venster. Sla uw concept op als bestand voordat u dit venster sluit.',
  handingOver: 'U gaat in een ander tabblad verder. Even geduld, uw laatste wijzigingen worden opgeslagen…',
  unsavedKept: (title: string) =>
    `Een ander tabblad nam dit concept over voordat uw laatste wijzigingen hier waren opgeslagen. Ze zijn niet weggegooid: ze staan als apart concept ‘${title}’ bij uw concepten.`,
  otherCopyKept: (title: string) =>
    `In deze browser stonden twee verschillende versies van dit concept, en de klok van de computer stond waarschijnlijk verkeerd. De andere versie staat als ‘${title}’ bij uw concepten. Kijk welke u wilt houden.`,
  toDrafts: 'Naar uw concepten',
  migrated: 'Uw opgeslagen concept is bijgewerkt voor deze versie van de Aanvraagwijzer:',
  keptAside: (message: string) =>
    `Een opgeslagen concept kon niet meer worden geopend. Het is apart bewaard en niet weggegooid. Sla het op als bestand en bewaar het voor de beheerder. Reden: ${message}`,
  downloadKeptAside: 'Onleesbaar concept opslaan als bestand',
  dismiss: 'Melding sluiten',
  leaveWarning: 'Uw antwoorden zijn niet opgeslagen. Sla uw concept eerst op als bestand.',
};

/** The section "Uw concept" on the start page. */
export const DRAFT_PANEL = {
  heading: 'Uw concept',
  intro:
    'Uw antwoorden worden automatisch in deze browser opgeslagen. Dat is geen veilige opslag: de browser kan ze wissen, bijvoorbeeld als u de geschiedenis wist. Sla uw concept daarom ook op als bestand. Met dat bestand kunt u later of op een andere computer verder, en u kunt het delen met een adviseur.',
  introFilesOnly:
    'U slaat uw concepten alleen op als bestand: deze browser slaat niets op. Sla uw concept op als bestand voordat u dit venster sluit. Met dat bestand kunt u later verder, en u kunt het delen met een adviseur.',
  neverSaved: 'U heeft dit concept nog niet als bestand opgeslagen. Sla het op om een veilige kopie te hebben.',
  changedSinceSave: (at: Date, fileName: string) =>
    `Uw concept is gewijzigd sinds u het ${onOrAt(at)} opsloeg als bestand (‘${fileName}’). Sla het opnieuw op om een veilige kopie te hebben.`,
  changedSinceOpen: (at: Date, fileName: string) =>
    `Uw concept is gewijzigd sinds u het bestand ‘${fileName}’ ${onOrAt(at)} opende. Sla het opnieuw op om een veilige kopie te hebben.`,
  upToDate: (at: Date, fileName: string) => `Opgeslagen als bestand ${onOrAt(at)} (‘${fileName}’).`,
  save: 'Concept opslaan als bestand',
  saved: (fileName: string) => `Het concept is opgeslagen als ‘${fileName}’. Kijk bij uw downloads.`,
  openHeading: 'Concept openen',
  openLabel: 'Kies een concept om te openen',
  openHint:
    'Kies een concept (.json) of een Word-document (.docx) dat met de Aanvraagwijzer is gemaakt. Het opent als nieuw concept; het concept dat nu open is, blijft bewaard bij uw concepten.',
  opened: (name: string) => `Het concept uit ‘${name}’ is geopend.`,
  exampleOpened: (label: string) => `Het voorbeeld ‘${label}’ is geopend.`,
  openedSetAside: (n: number) =>
    n === 1
      ? 'Eén onderdeel kon niet worden gelezen en is apart bewaard. Bovenaan de pagina ziet u welk.'
      : `${n} onderdelen konden niet worden gelezen en zijn apart bewaard. Bovenaan de pagina ziet u welke.`,
  previousKept: (title: string) => `Het is een nieuw concept. Uw vorige concept ‘${title}’ staat nog bij uw concepten op dit apparaat.`,
  backTo: (title: string) => `Terug naar ‘${title}’`,
  backDone: (title: string) => `U werkt weer aan ‘${title}’. Het concept dat u opende, staat bij uw concepten.`,
  toDrafts: 'Naar al uw concepten',
  migrated: 'Het concept is bijgewerkt voor deze versie van de Aanvraagwijzer:',
  refused: (message: string) => `${message} Uw huidige concept is niet veranderd.`,
  readOnly: 'Dit concept is open in een ander tabblad. Kies eerst ‘Hier verder werken’ bovenaan de pagina.',
  examplesHeading: 'Voorbeeld openen',
  examplesIntro: 'Wilt u zien hoe een aanvraag eruit kan zien? Open een voorbeeld. Het opent als nieuw concept; uw eigen concept blijft bewaard bij uw concepten.',
  exampleFailed: 'Het voorbeeld kon niet worden geladen. Probeer het opnieuw.',
};

/** The single-file edition opened from disk: its storage is shared with every local HTML file. */
export const FROM_DISK = {
  heading: 'U gebruikt de Aanvraagwijzer als bestand op uw computer',
  body: [
    'Uw browser slaat uw concepten automatisch op. Voor een HTML-bestand dat u van uw eigen computer opent, gebruikt de browser daarvoor één plek die alle zulke bestanden op deze computer delen. Een ander HTML-bestand dat u opent, kan daar dus ook bij uw concepten.',
    'Wilt u dat niet, bijvoorbeeld op een gedeelde computer? Sla uw concepten dan alleen op als bestand. De browser slaat dan niets van de Aanvraagwijzer op, en u slaat uw concept zelf op met ‘Concept opslaan als bestand’.',
  ],
  useFilesOnly: 'Alleen opslaan als bestand',
  filesOnlyHeading: 'U slaat uw concepten alleen op als bestand',
  filesOnlyBody: [
    'Deze browser slaat niets van de Aanvraagwijzer op. Uw concept staat alleen in dit venster: sla het op als bestand voordat u het venster sluit, en open dat bestand als u verder wilt.',
  ],
  useBrowser: 'Toch in deze browser opslaan',
  nowFilesOnly: 'Er staat niets meer van de Aanvraagwijzer in deze browser. Vanaf nu slaat u uw concept alleen op als bestand.',
  nowBrowser: 'Uw concept wordt weer automatisch in deze browser opgeslagen.',
};

/** The examples in public/examples/, in the order they are offered. */
export const DRAFT_EXAMPLES = [
  { file: 'leeg-begin.json', label: 'Leeg begin', action: 'Leeg concept openen' },
  { file: 'roc-voorbeeld.json', label: 'Voorbeeld van een roc', action: 'Voorbeeld van een roc openen' },
  { file: 'volledig.json', label: 'Volledig ingevuld voorbeeld', action: 'Volledig ingevuld voorbeeld openen' },
  // One complete example per later round (a nazorg-only round: one target group, its own conditions).
  { file: 'nazorg-2022-2023.json', label: 'Voorbeeld nazorg 2022/2023', action: 'Voorbeeld nazorg 2022/2023 openen' },
  { file: 'nazorg-2022-2024.json', label: 'Voorbeeld nazorg 2022-2024', action: 'Voorbeeld nazorg 2022-2024 openen' },
  { file: 'nazorg-2024-2025.json', label: 'Voorbeeld nazorg 2024/2025', action: 'Voorbeeld nazorg 2024/2025 openen' },
] as const;

/** "3 februari 2026, 14:32". */
export const fullWhen = (date: Date) =>
  `${date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}, ${time(date)}`;

/** Messages of the drafts on this device that the session itself gives (the pages: text/library.ts). */
export const LIBRARY = {
  readOnly: 'Dit concept is open in een ander tabblad. Kies eerst ‘Hier verder werken’ bovenaan de pagina.',
  noStorage: 'Deze browser kan niets opslaan, dus u kunt hier maar één concept tegelijk hebben. Sla uw concept op als bestand.',
  filesOnlyOthers: (count: number) =>
    `Er ${count === 1 ? 'staat nog 1 ander concept of versie' : `staan nog ${count} andere concepten of versies`} in deze browser. Sla op als bestand wat u wilt houden en verwijder ze bij ‘Uw concepten’. Kies daarna opnieuw voor werken met alleen bestanden.`,
  filesOnlyWipeFailed: 'Niet alles kon uit deze browser worden gewist. Er is niets veranderd. Probeer het opnieuw.',
  notStored: 'Dat lukte niet: deze browser kon het niet opslaan. Er is niets veranderd. Sla uw concept op als bestand.',
  gone: 'Dit concept staat niet meer op dit apparaat. Misschien is het in een ander tabblad verwijderd.',
  copyTitle: (title: string | undefined) => `Kopie van ${title?.trim() || 'naamloos concept'}`,
  defaultVersionName: (at: Date) => `Versie van ${fullWhen(at)}`,
  beforeRestore: (name: string) => `Automatisch bewaard vóór het terugzetten van ‘${name}’`,
  linkToDrafts: (count: number) => (count > 1 ? `Al uw concepten op dit apparaat (${count})` : 'Al uw concepten op dit apparaat'),
  linkToVersions: 'Versies van dit concept bewaren en vergelijken',
  untitled: 'Naamloos concept',
  saveBeforeOpening:
    'Deze browser kan niets opslaan, dus hier kan maar één concept open zijn. Sla uw huidige concept eerst op als bestand; daarna kunt u een ander concept openen.',
  beforeUndo: 'Automatisch bewaard vóór het ongedaan maken',
  unsavedTitle: (title: string | undefined) => `${title?.trim() || 'Naamloos concept'} (niet opgeslagen wijzigingen uit een ander tabblad)`,
  unsavedNote:
    'Dit zijn de laatste wijzigingen uit een tabblad dat even niet reageerde, terwijl u in een ander tabblad verder werkte. Ze zijn apart bewaard zodat er niets verloren gaat. Bekijk ze en neem over wat u nodig heeft; verwijder dit concept daarna.',
  otherCopyTitle: (title: string | undefined) => `${title?.trim() || 'Naamloos concept'} (andere opgeslagen versie)`,
  otherCopyNote:
    'Deze browser had twee verschillende versies van uw concept bewaard, en de klok van de computer stond waarschijnlijk verkeerd. Daardoor is niet zeker welke de nieuwste is. De ene is geopend, deze andere staat hier. Open ze allebei en houd de versie die u wilt.',
};
