import { GROUP_PEOPLE, type TARGET_GROUP_FIELDS } from '../../schemas/fields/targetGroups';
import type { QuestionContext, Questions } from '../../schemas/fields/questions';
import type { TargetGroupId } from '../../schemas/scheme';
import { factText } from './factText';

/** Interface text of the Doelgroepen step. Scheme facts (groups, indicators, age) come from the scheme data. */
export const TARGET_GROUPS = {
  intro:
    'Beschrijf de jongeren die u met de subsidie helpt. De regeling kent twee groepen: laatstejaars die extra begeleiding krijgen, en gediplomeerde schoolverlaters die nazorg krijgen.',
  bothRequired: 'Uw aanvraag moet over beide groepen gaan. Vul daarom beide groepen in.',
  guidanceHeading: 'Zo onderbouwt u de keuze van uw doelgroepen',
  indicatorsGuidance:
    'De kenmerken waarmee u aangeeft waarom een groep een grote kans op werkloosheid heeft, zijn ter indicatie en niet bindend. De instelling bepaalt zelf wie meedoet.',
  labourMarketGuidance: 'Onderbouw uw keuze met cijfers over stages, leerbanen en werk in uw sectoren of regio. Die vindt u bijvoorbeeld hier:',
  newTab: '(opent in een nieuw tabblad)',
  groupHeading: (id: TargetGroupId, name: string) => `Groep ${id}: ${name}`,
  /** Used in the error summary so the user sees which group an error belongs to (matches the section heading). */
  groupShort: (id: TargetGroupId) => `Groep ${id}`,
  notInScopeTitle: 'Valt hier niet onder',
  ageMore: 'Meer over de peildatum',
} as const;

const people = ({ group }: QuestionContext) => (group ? GROUP_PEOPLE[group.phase] : GROUP_PEOPLE['final-year']);

/** How the form asks each group's answers; the questions name the group's people ("studenten", "gediplomeerden"). */
export const TARGET_GROUP_QUESTIONS = {
  expectedCount: { label: (c) => `Hoeveel ${people(c)} verwacht u te helpen?`, hint: 'Een heel getal, bijvoorbeeld 120. Een schatting is goed.' },
  levels: { label: 'Op welke niveaus?', hint: 'Kies alle niveaus die van toepassing zijn.' },
  pathways: { label: 'Welke leerweg?', hint: 'Kies bol, bbl of allebei.' },
  sectors: { label: 'Sectoren of opleidingen', hint: 'Bijvoorbeeld: zorg en welzijn, logistiek, horeca. U mag ook opleidingen met hun crebonummer noemen.' },
  riskIndicators: {
    label: (c) => `Waarom hebben deze ${people(c)} een grote kans op werkloosheid?`,
    hint: 'Kies wat voor deze groep geldt. Deze kenmerken zijn ter indicatie: u mag ook een andere reden geven.',
  },
  otherRiskExplanation: {
    label: 'Welke andere reden is er?',
    hint: 'Beschrijf het risico dat u ziet en waarop u dat baseert, bijvoorbeeld cijfers of signalen van mentoren.',
  },
  selection: {
    label: (c) => `Hoe kiest de instelling de ${people(c)}?`,
    hint: 'De instelling kiest zelf wie meedoet. Beschrijf hoe: wie signaleert, op welke kenmerken u let, en op welke datum u de leeftijd controleert.',
  },
  ageConfirmed: {
    label: ({ scheme }) => `Alle deelnemers in deze groep zijn jonger dan ${scheme.ageLimit.under} jaar`,
    hint: ({ scheme }) => `Peildatum voor de leeftijd: ${factText(scheme.ageLimit.referenceDate)}.`,
  },
} satisfies Questions<typeof TARGET_GROUP_FIELDS>;
