import type { NAZORG_FIELDS } from '../../schemas/fields/nazorg';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Nazorg step (Dutch, B1). Practice examples come from the scheme data. */
export const NAZORG = {
  intro:
    'Nazorg is de begeleiding van gediplomeerden nadat ze de school hebben verlaten. Beschrijf hoe u contact houdt, hoe lang de nazorg duurt en hoe u jongeren warm overdraagt als ze daarna nog hulp nodig hebben.',
  group: (id: string, description: string) => `Doelgroep ${id}: ${description}`,
  expectedUsersGroupHint: (count: number, groupId: string) =>
    `Een heel getal. Bij Doelgroepen verwacht u ${count} ${count === 1 ? 'gediplomeerde' : 'gediplomeerden'} in doelgroep ${groupId}.`,
  /** Beside the expected number in a round with an inspanningsverplichting: the number binds the institution. */
  bindingNumber:
    'Dit aantal is bindend. U moet aantoonbaar uw best doen dat zoveel gediplomeerden de nazorg echt gebruiken (inspanningsverplichting). In uw verslag vraagt DUS-I hoeveel het er werden.',
  conditionsHeading: 'Voorwaarden van deze ronde',
  conditionsIntro: 'Deze ronde stelt voorwaarden aan de nazorg. Bevestig dat uw plan eraan voldoet.',
  conditionSource: (source: string) => `Bron: ${source}`,
  warningHeading: 'Let op',
  laterRoundsHeading: 'Wat latere rondes van deze subsidie vroegen',
  /**
   * Facts of the successor schemes (Subsidieregeling nazorg mbo 2022/2023, Stcrt. 2021, 45943, and
   * Stcrt. 2022, 32321), labelled as such: they are not known rules of the 2021/2022 round.
   */
  laterRounds: [
    'In latere rondes (de Subsidieregeling nazorg mbo 2022/2023 en de rondes daarna) moest nazorg persoonlijk en direct contact met de gediplomeerde omvatten.',
    'In die latere rondes moest de instelling ook aantoonbaar haar best doen dat het aantal gediplomeerden dat zij in de aanvraag noemde, de nazorg echt gebruikt.',
    'Voor de ronde 2021/2022 zijn dit geen bekende regels. Maar wie het nu al zo beschrijft, maakt een sterker plan.',
  ],
  practiceGuidance: (name: string) => `Uit de praktijk: ${name}`,
  /** Practice examples (scheme.practiceExamples ids) with lessons about keeping in touch after school. */
  practiceExampleIds: ['intowork-almere', 'pilot-smooth-transition'] as readonly string[],
};

/** How the form asks the Nazorg answers. */
export const NAZORG_QUESTIONS = {
  contactMethod: {
    label: 'Hoe houdt u persoonlijk en direct contact met de gediplomeerden?',
    hint: 'Wie is hun vaste aanspreekpunt, en hoe vaak en op welke manier spreekt die hen (bellen, afspreken op school of bij het bedrijf, berichten)? Hoe legt u het contact al voordat ze van school gaan?',
  },
  duration: { label: 'Hoe lang duurt de nazorg?', hint: 'Bijvoorbeeld 12 maanden na het diploma.' },
  handover: {
    label: 'Hoe draagt u gediplomeerden warm over aan gemeente of UWV?',
    hint: 'Warme overdracht betekent: u brengt de jongere zelf in contact met de gemeente, het RMC of UWV, bijvoorbeeld in een gesprek samen. Zo valt niemand tussen wal en schip. Wie doet dat, en wanneer?',
  },
  expectedUsers: {
    label: ({ scheme }) =>
      scheme.conditions.expectedGraduatesBinding
        ? 'Hoeveel gediplomeerden gaan de nazorg gebruiken? (bindend aantal)'
        : 'Hoeveel gediplomeerden gebruiken naar verwachting de nazorg?',
    hint: ({ scheme }) => (scheme.conditions.expectedGraduatesBinding ? `${NAZORG.bindingNumber} Een heel getal, bijvoorbeeld 60.` : 'Een heel getal, bijvoorbeeld 60.'),
  },
  personalContactConfirmed: { label: 'De nazorg omvat persoonlijk en direct contact tussen de gediplomeerde en onze instelling' },
  noFeeConfirmed: { label: 'Wij vragen geen vergoeding voor de nazorg aan gediplomeerden, hun ouders of verzorgers' },
  diplomaAtInstitutionConfirmed: {
    label: 'De gediplomeerden die nazorg krijgen, haalden hun mbo-diploma bij onze instelling (als student of als extraneus)',
  },
} satisfies Questions<typeof NAZORG_FIELDS>;
