import type { BACKGROUND_FIELDS } from '../../schemas/fields/background';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the step Aanleiding en doelen (Dutch, B1). */
export const BACKGROUND = {
  intro:
    'Een beoordelaar wil eerst weten waarom uw instelling dit plan maakt en wat het moet opleveren. Beschrijf het probleem met cijfers van uw eigen instelling, stel per doelgroep doelen met een streefwaarde en een datum, en zeg wat het plan toevoegt aan de begeleiding die u nu al geeft.',
  guidanceHeading: 'Zo maakt u de aanleiding en de doelen sterk',
  guidance: [
    'Gebruik cijfers van uw eigen instelling en noem bij elk cijfer het jaar en de bron, bijvoorbeeld uw eigen uitstroomgegevens, het studentvolgsysteem of een enquête onder studenten.',
    'Denk aan het aandeel schoolverlaters van de entreeopleiding of niveau 2 dat een jaar na het diploma geen werk heeft, of aan het aantal keren dat studenten werden afgewezen voor een stage.',
    'Een doel is meetbaar als het een indicator, een streefwaarde en een datum heeft. Bij de stap Monitoring en verantwoording beschrijft u daarna hoe u die indicatoren bijhoudt.',
    'De regeling betaalt extra begeleiding. Zeg daarom wat dit plan toevoegt aan de gewone loopbaanoriëntatie en -begeleiding (LOB) en aan de uren die al in de formatie zitten.',
  ],
  figuresHeading: 'Cijfers van uw instelling',
  figureHeading: (n: number) => `Cijfer ${n}`,
  addFigure: 'Cijfer toevoegen',
  removeFigure: (n: number) => `Cijfer ${n} verwijderen`,
  goalsHeading: 'Doelen',
  goalHeading: (n: number) => `Doel ${n}`,
  addGoal: 'Doel toevoegen',
  removeGoal: (n: number) => `Doel ${n} verwijderen`,
  /** "figures.1.value" → "Cijfer 2", so an error in the summary says which item it is about. */
  itemOfField: (name: string): string | undefined => {
    const match = /^(figures|goals)\.(\d+)\./.exec(name);
    if (!match) return undefined;
    const n = Number(match[2]) + 1;
    return match[1] === 'figures' ? `Cijfer ${n}` : `Doel ${n}`;
  },
};

/** How the form asks the answers of Aanleiding en doelen. */
export const BACKGROUND_QUESTIONS = {
  problem: {
    label: 'Welk probleem pakt dit plan aan?',
    hint: 'Beschrijf in uw eigen woorden welke studenten en gediplomeerden moeilijk werk of een stage vinden, en waarom. De cijfers hieronder onderbouwen het.',
  },
  figures: {
    label: 'Cijfers',
    fields: {
      what: { label: 'Wat laat het cijfer zien?', hint: 'Bijvoorbeeld: aandeel gediplomeerden niveau 2 zonder werk een jaar na het diploma.' },
      value: { label: 'Waarde', hint: 'Bijvoorbeeld 38 % of 120 afwijzingen.' },
      source: { label: 'Jaar en bron', hint: 'Bijvoorbeeld: 2020, eigen uitstroomgegevens.' },
    },
  },
  goals: {
    label: 'Doelen',
    fields: {
      targetGroupIds: { label: 'Voor welke doelgroep is dit doel?' },
      goal: { label: 'Wat wilt u bereiken?', hint: 'Bijvoorbeeld: meer gediplomeerden van niveau 2 hebben een half jaar na het diploma werk.' },
      indicator: { label: 'Waaraan meet u het?', hint: 'De indicator, bijvoorbeeld: aandeel gediplomeerden in de nazorg met werk of een opleiding na zes maanden.' },
      targetValue: { label: 'Streefwaarde', hint: 'Bijvoorbeeld 70 %.' },
      targetDate: { label: 'Wanneer wilt u de streefwaarde halen?' },
    },
  },
  extra: {
    label: 'Wat voegt dit plan toe aan de gewone begeleiding?',
    hint: 'Wat doet u nu al aan loopbaanoriëntatie en -begeleiding (LOB) en stagebegeleiding, en wat komt er met dit plan bij? Welke uren zijn extra, bovenop de formatie?',
  },
} satisfies Questions<typeof BACKGROUND_FIELDS>;
