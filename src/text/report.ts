/** Interface text of the activiteitenverslag (Dutch): task list, pages and the messages of its checks across fields. */

const pct = (share: number) => `${Math.round(Math.abs(share) * 100)} %`;
const named = (code: string, title: string | undefined) => (title?.trim() ? `${code} ‘${title.trim()}’` : code);

export const REPORT = {
  title: 'Activiteitenverslag',
  intro:
    'Na de toekenning legt u verantwoording af over wat u heeft gedaan. Het activiteitenverslag volgt de opbouw van uw plan: per activiteit (A1, A2, …) wat is uitgevoerd, met hoeveel deelnemers en tegen welke kosten, en waarom iets anders ging dan gepland.',
  tolerance: 'Wijkt het aantal deelnemers of wijken de kosten meer dan 10 % af van het plan, is de periode veranderd of is een activiteit niet (helemaal) uitgevoerd? Dan vraagt de wijzer om een toelichting.',
  tasksHeading: 'Stappen van het verslag',
  progress: (done: number, total: number) => `${done} van ${total} stappen klaar`,
  notGrantedTitle: 'Eerst de toekenning',
  notGranted: 'Vul eerst in wanneer de subsidie is verleend en voor welk bedrag. Daarna kunt u het verslag schrijven.',
  notGrantedLink: 'Subsidie verleend: datum en bedrag invullen',
  openHeading: 'Openstaande punten in het verslag',
  openIntro: (n: number) => (n === 1 ? 'Nog 1 punt staat open. Kies het om het op te lossen:' : `Nog ${n} punten staan open. Kies een punt om het op te lossen:`),
  openCount: (n: number) => (n === 1 ? '1 punt open' : `${n} punten open`),
  backToPlan: 'Terug naar de aanvraag',
  noOpen: 'Alle stappen van het verslag zijn ingevuld. Laat het verslag controleren voordat u het indient.',
  exportHeading: 'Word-document van het verslag',
  exportIntro: 'U kunt het verslag op elk moment als Word-document maken, ook als nog niet alles klaar is. Wat nog ontbreekt, staat achterin onder ‘Openstaande punten’.',
  backToReport: 'Terug naar het verslag',
  save: 'Opslaan en terug naar het verslag',
  notFoundTitle: 'Stap niet gevonden',
  notFoundBody: 'Deze stap van het verslag bestaat niet (meer).',
  /** The report's due date, when the round's data know it. */
  dueUnknown: 'Wanneer u het verslag moet indienen, staat in uw beschikking.',
  /** The round's reporting deadline, from its data. */
  due: (date: string) => `Dien het verslag uiterlijk ${date} in.`,

  tasks: {
    grant: 'Subsidie verleend',
    added: 'Toegevoegde activiteiten',
    goals: 'Doelen en resultaten',
    nazorg: 'Nazorg: bereik',
    partners: 'Samenwerking met partners',
    closing: 'Kosten en verplichtingen',
  },
  activityTask: (code: string, title: string | undefined) => named(code, title),
  activitiesHeading: 'Activiteiten uit het plan',
  otherHeading: 'Verder',
  noActivities: 'Uw plan heeft nog geen activiteiten. Het verslag gaat over de activiteiten van het plan.',

  grantTitle: 'Subsidie verleend',
  grantIntro: 'Neem de gegevens over uit de beschikking van DUS-I.',

  activityCaption: (code: string) => `Verslag van activiteit ${code}`,
  planHeading: 'Wat het plan zei',
  plannedPeriod: 'Geplande periode',
  plannedParticipants: 'Verwachte deelnemers',
  plannedCosts: 'Begrote kosten',
  plannedValue: (value: string) => `Gepland: ${value}`,
  plannedTogether: (value: string) => `Verwacht voor deze activiteit, alle doelgroepen samen: ${value}`,
  plannedGroups: 'Doelgroep',
  periodChanged: 'De periode wijkt af van het plan. Leg uit waarom.',
  comparison: (planned: string, realised: string, share: string, beyond: boolean) =>
    `Samen: gepland ${planned}, werkelijk ${realised} (${share}). ${beyond ? 'Dat is meer dan 10 % verschil: leg het uit.' : 'Dat is binnen 10 % van het plan.'}`,
  carriedOutSection: 'Uitgevoerd?',
  periodSection: 'Periode',
  participantsSection: 'Bereikte deelnemers',
  costsSection: 'Werkelijke kosten',
  wayOfWorkingSection: 'Werkwijze',
  participantsOfGroup: (group: string) => `Bereikte deelnemers doelgroep ${group}`,
  differenceHeading: 'Verschil met het plan',
  noDifference: 'Volgens plan (binnen 10 %).',
  explanationNeeded: 'Leg dit verschil uit.',
  costLineLabel: (category: string, description: string) => `${category} – ${description}`,
  totalRealised: (planned: string, realised: string, diff: string) => `Totaal: gepland ${planned}, werkelijk ${realised} (${diff})`,

  addedTitle: 'Toegevoegde activiteiten',
  addedIntro:
    'Heeft u activiteiten uitgevoerd die niet in het plan stonden? Voeg ze hier toe. Ze krijgen een eigen code (N1, N2, …), zodat de codes van het plan (A1, A2, …) hetzelfde blijven.',
  addedNone: 'Er zijn geen toegevoegde activiteiten.',
  addAdded: 'Activiteit toevoegen',
  addedPageTitle: (code: string) => `Toegevoegde activiteit ${code}`,
  addedSave: 'Opslaan en terug naar de lijst',
  backToAdded: 'Terug naar de toegevoegde activiteiten',
  removeAdded: (code: string) => `${code} verwijderen`,
  removedAdded: (code: string) => `${code} is verwijderd.`,
  restoredAdded: (code: string) => `${code} staat weer in de lijst.`,
  change: 'Wijzigen',
  doneAdding: 'Klaar met toevoegen',

  goalsTitle: 'Doelen en resultaten',
  goalsIntro: 'Vul per doel uit uw plan (D1, D2, …) in wat u heeft gemeten, op welke datum, en of u de streefwaarde heeft gehaald.',
  goalsTolerance:
    'Is een doel niet (helemaal) gehaald, of wijkt de gemeten waarde meer dan 10 % af van de streefwaarde? Dan vraagt de wijzer om een toelichting. Vul de waarde in zoals de streefwaarde, bijvoorbeeld ‘64 %’ bij een streefwaarde van 70 %.',
  goalsNone: 'Uw plan heeft nog geen doelen. Vul ze in bij de stap ‘Aanleiding en doelen’.',
  goalIndicator: 'Indicator',
  goalTarget: 'Streefwaarde',
  goalTargetDate: 'Te halen op',
  goalGroups: 'Doelgroep',
  goalTargetHint: (target: string, date: string) => `Streefwaarde: ${target}, te halen op ${date}`,
  /** A field of one goal on the page with all goals: "Gemeten waarde D1". */
  goalField: (label: string, code: string) => `${label} ${code}`,
  goalAchieved: (code: string) => `Doel ${code} gehaald?`,
  goalNotReachedHint: 'Leg uit waarom het doel niet (helemaal) is gehaald.',
  goalReached: 'Volgens de streefwaarde is het doel gehaald.',
  goalMissed: 'Volgens de streefwaarde is het doel niet gehaald.',
  goalComparison: (target: string, measured: string, diff: string, beyond: boolean) =>
    `Streefwaarde ${target}, gemeten ${measured} (${diff}). ${beyond ? 'Dat is meer dan 10 % verschil: leg het uit.' : 'Dat is binnen 10 % van de streefwaarde.'}`,
  /** "−6 procentpunt" for percentages, "+12 studenten" or "+12" otherwise. */
  goalDifference: (signed: string, unit: string) => (unit === '%' ? `${signed} procentpunt` : unit ? `${signed} ${unit}` : signed),

  nazorgTitle: 'Nazorg: bereik',
  nazorgIntro: (promised: string) => `In uw aanvraag verwachtte u dat ${promised} gediplomeerden nazorg zouden gebruiken. U heeft zich ingespannen om dat aantal te halen; vul in hoeveel het er werkelijk waren.`,
  nazorgNoPlan: 'In uw aanvraag staat nog niet hoeveel gediplomeerden naar verwachting nazorg gebruiken.',

  partnersTitle: 'Samenwerking met partners',
  partnersIntro: 'Beschrijf per partner uit uw plan hoe u heeft samengewerkt.',
  partnersNone: 'Uw plan heeft geen samenwerkingspartners.',
  partnerCooperation: (name: string) => `Hoe wij hebben samengewerkt met ${name}`,
  partnerPlanned: (agreements: string) => `Afgesproken: ${agreements}`,

  closingTitle: 'Kosten en verplichtingen',
  closingIntro: (realised: string) => `Opgeteld uit de activiteiten: ${realised}. Vul het totaal in zoals uw administratie het heeft; de wijzer controleert of het klopt.`,
  closingIntroUnknown: 'Vul eerst de werkelijke kosten per activiteit in; dan telt de wijzer ze op.',

  /** Messages of the checks against the plan; each names the activity (or partner) and the difference. */
  messages: {
    named,
    missingEntry: 'Kies of de activiteit is uitgevoerd',
    participantsOfGroup: (group: string) => `Vul het aantal bereikte deelnemers van doelgroep ${group} in (0 mag)`,
    costLineAmount: (line: string) => `Vul de werkelijke kosten van ‘${line}’ in (€ 0 mag)`,
    period: 'De periode wijkt af van het plan. Leg uit waarom',
    participants: (planned: string, realised: string, share: number | undefined) =>
      `${realised} deelnemers bereikt, ${planned} verwacht${share === undefined ? '' : ` (${pct(share)} ${share < 0 ? 'minder' : 'meer'})`}. Leg het verschil uit`,
    costs: (planned: string, realised: string, share: number | undefined) =>
      `${realised} uitgegeven, ${planned} begroot${share === undefined ? '' : ` (${pct(share)} ${share < 0 ? 'minder' : 'meer'})`}. Leg het verschil uit`,
    endBeforeStart: 'De einddatum moet op of na de startdatum liggen',
    nazorgCount: 'Vul in hoeveel gediplomeerden nazorg hebben gebruikt (0 mag)',
    nazorgExplanation: (promised: string, actual: string, share: number | undefined) =>
      `${actual} gediplomeerden gebruikten nazorg, ${promised} beloofd${share === undefined ? '' : ` (${pct(share)} ${share < 0 ? 'minder' : 'meer'})`}. Leg het verschil uit`,
    partnerCooperation: (name: string) => `Beschrijf hoe u met ${name} heeft samengewerkt`,
    goalNotReached: (measured: string, target: string) => `Gemeten ${measured} haalt de streefwaarde ‘${target}’ niet. Kies ‘Gedeeltelijk’ of ‘Nee, niet gehaald’, of pas de gemeten waarde aan`,
    goalExplanation: 'Leg uit waarom het doel niet (helemaal) is gehaald',
    goalDifference: (measured: string, target: string) => `Gemeten ${measured}, streefwaarde ${target}: meer dan 10 % verschil. Leg het verschil uit`,
    totalMismatch: (typed: string, summed: string) => `Het totaal ${typed} is niet gelijk aan de som van de werkelijke kosten per activiteit (${summed}). Pas het totaal of de kosten per activiteit aan`,
    grantFirst: 'Vul eerst in wanneer de subsidie is verleend en voor welk bedrag',
  },
  /** "+15 %" / "−8 %"; "–" when the plan is 0. */
  share: (share: number | undefined) => (share === undefined ? '–' : `${share < 0 ? '−' : share > 0 ? '+' : ''}${Math.round(Math.abs(share) * 100)} %`),
  signed: (text: string, negative: boolean, zero: boolean) => (zero ? text : `${negative ? '−' : '+'}${text}`),
};
