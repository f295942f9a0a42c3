/**
 * Interface text of Controleren (check your answers) and Samenhang (the coherence matrix).
 * Field labels come from each step's own text file; only what is new to these pages lives here.
 */
export const REVIEW = {
  title: 'Controleer uw aanvraag',
  taskHint: 'Alle antwoorden op een rij. Er staat niets meer open.',
  taskHintOpen: (count: number) => (count === 1 ? 'Wat nog ontbreekt: 1 punt, en al uw antwoorden op een rij.' : `Wat nog ontbreekt: ${count} punten, en al uw antwoorden op een rij.`),
  intro:
    'Hier staan al uw antwoorden op een rij. Klopt iets niet, kies dan ‘Wijzigen’. Na het opslaan komt u weer op deze pagina.',
  missingTitle: 'Wat nog ontbreekt',
  missingIntro: (count: number) =>
    count === 1
      ? 'Nog 1 punt. Kies het om het in te vullen; daarna komt u hier terug.'
      : `Nog ${count} punten. U kunt ze in elke volgorde invullen. Kies een punt; daarna komt u hier terug.`,
  missingCount: (count: number) => (count === 1 ? '1 punt' : `${count} punten`),
  warningsTitle: 'Adviezen',
  warningsIntro: 'Dit houdt uw aanvraag niet tegen, maar kijk er nog eens naar:',
  completeTitle: 'Uw aanvraag is compleet',
  completeBody:
    'Er staat niets meer open. Maak het Word-document, laat het lezen door een collega of adviseur en dien de aanvraag in bij DUS-I.',
  exportHeading: 'Word-document maken',
  exportIncomplete: 'U kunt het Word-document nu al maken. Wat nog openstaat, staat achterin onder ‘Openstaande punten’.',
  change: 'Wijzigen',
  notFilled: 'Nog niet ingevuld',
  chosenMechanisms: 'Gekozen mechanismen',
  toCoherence: 'Bekijk de samenhang van uw plan',
};

export const COHERENCE = {
  title: 'Samenhang van uw plan',
  taskHint: 'Welke activiteit hoort bij welke doelgroep en welk mechanisme, en wat kost het?',
  taskHintLocked: 'Kan zodra er activiteiten zijn.',
  taskGaps: (count: number) => (count === 1 ? '1 gat in de samenhang' : `${count} gaten in de samenhang`),
  intro:
    'Hier ziet u hoe uw plan in elkaar zit: per mechanisme en per doelgroep de activiteiten en hun kosten. Zo ziet u meteen waar nog iets ontbreekt.',
  noActivities: 'U heeft nog geen activiteiten. Voeg ze toe bij Activiteiten; daarna ziet u hier de samenhang.',
  toActivities: 'Naar Activiteiten',
  gapsTitle: 'Wat nog ontbreekt',
  noGapsTitle: 'Geen gaten gevonden',
  noGapsBody: 'Elke doelgroep heeft activiteiten, elk gekozen mechanisme wordt gebruikt en elke activiteit hoort bij een gekozen mechanisme.',
  gapGroup: (id: string, shortName: string) => `Doelgroep ${id} (${shortName.toLowerCase()}) heeft nog geen activiteit.`,
  gapMechanism: (number: number, name: string) => `U koos mechanisme ${number} (${name}), maar geen activiteit gebruikt het.`,
  gapActivityMechanism: (label: string) => `${label} hoort niet bij een mechanisme dat u koos.`,
  gapActivityGroup: (label: string) => `${label} is nog niet aan een doelgroep gekoppeld.`,
  caption: 'Activiteiten en kosten per mechanisme en doelgroep',
  mechanismColumn: 'Mechanisme',
  totalColumn: 'Totaal',
  totalRow: 'Totaal per doelgroep',
  groupColumn: (id: string, shortName: string) => `Doelgroep ${id}: ${shortName.toLowerCase()}`,
  chosen: 'Gekozen',
  notChosen: 'Niet gekozen',
  emptyChosenCell: 'Geen activiteit',
  emptyCell: 'Geen',
  unchosenWithActivities: 'Let op: niet gekozen bij Mechanismen',
  unplaced: (amount: string) =>
    `${amount} staat bij activiteiten zonder mechanisme of doelgroep. Dat bedrag staat niet in de tabel.`,
  splitNote:
    'Een activiteit voor beide doelgroepen of voor meer mechanismen staat in elke cel waar ze bij hoort. Haar kosten zijn gelijk verdeeld over die cellen, zodat niets dubbel telt.',
  toReview: 'Naar Controleren',
};
