import type { TargetGroupId } from '../../schemas/scheme';

/** Interface text of the Doelgroepen step. Scheme facts (groups, indicators, age) come from the scheme data. */
export const TARGET_GROUPS = {
  intro:
    'Beschrijf de studenten die u met de subsidie helpt. De regeling kent twee groepen: laatstejaars die extra begeleiding krijgen, en gediplomeerde schoolverlaters die nazorg krijgen.',
  bothRequired: 'Uw aanvraag moet over beide groepen gaan. Vul daarom beide groepen in.',
  guidanceHeading: 'Zo onderbouwt u de keuze van uw studenten',
  indicatorsGuidance:
    'De kenmerken waarmee u aangeeft waarom een groep een grote kans op werkloosheid heeft, zijn ter indicatie en niet bindend. De instelling bepaalt zelf welke studenten meedoen.',
  labourMarketGuidance: 'Onderbouw uw keuze met cijfers over stages, leerbanen en werk in uw sectoren of regio. Die vindt u bijvoorbeeld hier:',
  newTab: '(opent in een nieuw tabblad)',
  groupHeading: (id: TargetGroupId, name: string) => `Groep ${id}: ${name}`,
  /** Used in the error summary so the user sees which group an error belongs to (matches the section heading). */
  groupShort: (id: TargetGroupId) => `Groep ${id}`,
  notInScopeTitle: 'Valt hier niet onder',
  /** Who the group is about, to make the questions read naturally per group. */
  people: { a: 'studenten', b: 'gediplomeerden' } satisfies Record<TargetGroupId, string>,
  expectedCount: (people: string) => `Hoeveel ${people} verwacht u te helpen?`,
  expectedCountHint: 'Een heel getal, bijvoorbeeld 120. Een schatting is goed.',
  levels: 'Op welke niveaus?',
  levelsHint: 'Kies alle niveaus die van toepassing zijn.',
  pathways: 'Welke leerweg?',
  pathwaysHint: 'Kies bol, bbl of allebei.',
  sectors: 'Sectoren of opleidingen',
  sectorsHint: 'Bijvoorbeeld: zorg en welzijn, logistiek, horeca. U mag ook opleidingen met hun crebonummer noemen.',
  riskIndicators: (people: string) => `Waarom hebben deze ${people} een grote kans op werkloosheid?`,
  riskIndicatorsHint: 'Kies wat voor deze groep geldt. Deze kenmerken zijn ter indicatie: u mag ook een andere reden geven.',
  otherRiskExplanation: 'Welke andere reden is er?',
  otherRiskExplanationHint: 'Beschrijf het risico dat u ziet en waarop u dat baseert, bijvoorbeeld cijfers of signalen van mentoren.',
  selection: (people: string) => `Hoe kiest de instelling de ${people}?`,
  selectionHint:
    'De instelling kiest zelf wie meedoet. Beschrijf hoe: wie signaleert, op welke kenmerken u let, en op welke datum u de leeftijd controleert.',
  ageConfirmed: (age: number) => `Alle deelnemers in deze groep zijn jonger dan ${age} jaar`,
  ageReferenceDate: (value: string) => `Peildatum voor de leeftijd: ${value}.`,
  ageMore: 'Meer over de peildatum',
} as const;
