import type { MONITORING_FIELDS } from '../../schemas/fields/monitoring';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Monitoring en verantwoording step (Dutch, B1). The reporting fact comes from the scheme data. */
export const MONITORING = {
  intro:
    'Hoe houdt u bij of uw aanpak werkt? Na afloop legt u verantwoording af over de subsidie. Beschrijf nu al wat u meet en vastlegt. Dan kunt u het verslag later makkelijk naast dit plan leggen.',
  reportingHeading: 'Verantwoording achteraf',
  reportingLabel: 'Wanneer en hoe u verantwoordt',
  reportingDeadlineLabel: 'Uiterste datum van de verantwoording',
  formHeading: 'Uw plan voor monitoring',
  planHeading: 'Wat u in dit plan belooft',
  planIntro: 'Dit zijn de activiteiten uit uw plan. Uw verslag vergelijkt straks per activiteit wat gepland was met wat er gebeurde.',
  planActivity: (n: number, title: string, participants: string) =>
    `${title || `Activiteit ${n}`}${participants ? ` — ${participants} deelnemers verwacht` : ''}`,
  laterRoundsHeading: 'Wat latere rondes van deze subsidie vroegen',
  /** From the successor scheme (Stcrt. 2021, 45943), labelled as such: not a known rule of 2021/2022. */
  laterRounds:
    'In een latere ronde (de Subsidieregeling nazorg mbo 2022/2023) moest de instelling in haar verslag opschrijven hoeveel gediplomeerden de nazorg gebruikten en hoe zij met partners samenwerkte. Voor de ronde 2021/2022 is dat niet als regel bekend, maar het is verstandig om die cijfers nu al bij te houden.',
  practiceGuidance: (name: string) => `Uit de praktijk: ${name}`,
  /** Practice examples (scheme.practiceExamples ids) with a lesson about evaluating and adjusting. */
  practiceExampleIds: ['verwey-jonker-interventions'] as readonly string[],
};

/** How the form asks the Monitoring answers. */
export const MONITORING_QUESTIONS = {
  indicators: {
    label: 'Met welke indicatoren meet u of de aanpak werkt?',
    hint: 'De indicatoren bij uw doelen vult u in bij ‘Aanleiding en doelen’; in het Word-document staan ze ook bij Monitoring, per doel. Noem hier wat u verder meet, bijvoorbeeld: het aantal deelnemers per activiteit en het aantal warme overdrachten aan gemeente of UWV.',
  },
  registration: {
    label: 'Hoe legt u deelname en resultaten vast?',
    hint: 'Waar legt u het vast (bijvoorbeeld in het studentvolgsysteem of een aparte lijst), wie doet dat en hoe vaak? Leg alleen vast wat u nodig heeft, en spreek af hoe u met de privacy van studenten omgaat.',
  },
  comparison: {
    label: 'Hoe vergelijkt u het latere verslag met dit plan?',
    hint: 'Bijvoorbeeld: elk half jaar legt de projectleider de cijfers naast de activiteiten in dit plan en schrijft op wat anders ging dan gepland, en waarom.',
  },
} satisfies Questions<typeof MONITORING_FIELDS>;
