import { longDateText } from '../../schemas/fields/display';
import type { ApplicationWindow } from '../../schemas/scheme';
import type { RoundStatus } from '../domain/roundStatus';

/** A calendar date of the regulation ("22 februari 2021"). */
const date = (iso: string) => longDateText(iso) ?? iso;

/** Text about the scheme rounds: which round a draft is for, its windows and whether it is closed (Dutch, B1). */
export const ROUNDS = {
  /** In the page header: the round of the open draft. */
  current: 'Aanvraag voor',
  status(status: RoundStatus): string {
    switch (status.kind) {
      case 'open':
        return typeof status.window.closes === 'string' ? `open: aanvragen kan tot en met ${date(status.window.closes)}` : 'open';
      case 'upcoming':
        return `nog niet open: aanvragen kan vanaf ${date(status.opens)}`;
      case 'unknown':
        return `aanvragen kan sinds ${date(status.opened)}; de einddatum is niet bekend, controleer die bij DUS-I`;
      case 'closed':
        return status.lastDay !== undefined
          ? `gesloten: aanvragen kon tot en met ${date(status.lastDay)}`
          : `gesloten: de activiteiten van deze ronde liepen tot en met ${date(status.activitiesEnded)}`;
    }
  },
  /** A window as a sentence: "Eerste aanvraagtijdvak: 10 november 2021 tot en met 24 december 2021. Alleen als …" */
  window(window: ApplicationWindow, named: boolean): string {
    const dates =
      typeof window.closes === 'string' ? `${date(window.opens)} tot en met ${date(window.closes)}` : `vanaf ${date(window.opens)} (einddatum niet bekend)`;
    const condition = window.condition ? ` ${window.condition.replace(/\.?$/, '.')}` : '';
    return `${named ? `${window.name}: ` : ''}${dates}.${condition}`;
  },
  windowsLabel: 'Aanvragen',
  uncertain: 'Niet zeker',
  /** Under the header of a closed round: it can still be drafted, but not filed. */
  closedNotice:
    'Deze ronde is gesloten. U kunt dit concept wel schrijven, bijvoorbeeld om te oefenen, voor uw archief of als basis voor een latere ronde. Indienen bij DUS-I kan niet meer.',

  // Choosing a round for a new draft
  chooseLegend: 'Voor welke ronde is het nieuwe concept?',
  chooseHint: 'Elke ronde van de subsidie heeft eigen regels. Kies de ronde waarvoor u schrijft. Ook een gesloten ronde kunt u kiezen, bijvoorbeeld om te oefenen.',
  blankLegend: 'Voor welke ronde schrijft u deze aanvraag?',
  blankHint: 'Elke ronde van de subsidie heeft eigen regels, vragen en controles. U kunt dit nu nog zonder gevolgen wijzigen.',
  useRound: 'Deze ronde kiezen',
  /** On the start page, below the tasks: the round of the open draft. */
  sectionHeading: 'Ronde van de regeling',
  newDraftHeading: 'Een nieuwe aanvraag beginnen',
  /** In the header of every page: the round of the open draft and whether it is open. */
  header: (name: string, status: string) => `Aanvraag voor: ${name} (${status})`,
  roundChosen: (name: string) => `Dit concept is nu voor de ronde ${name}.`,
  optionHint: (windows: string, status: string) => `${windows} ${status[0]!.toUpperCase()}${status.slice(1)}.`,
} as const;

/** Moving a draft to another round ("Overzetten naar …"): what came along and what stayed behind (Dutch, B1). */
export const TRANSFER = {
  /** The new draft's name: the original's, with the round it is now for. */
  title: (title: string | undefined, round: string) => `${title || 'Naamloos concept'} (${round})`,
  activity: (number: number, title: string | undefined) => (title?.trim() ? `Activiteit ${number} ‘${title.trim()}’` : `Activiteit ${number}`),
  activityForGroups: (activity: string, groups: readonly string[]) =>
    `${activity}: alleen voor doelgroep ${groups.join(' en ')}, die deze ronde niet heeft.`,
  activityForPhase: (activity: string, phase: string) => `${activity}: voor de fase ‘${phase}’, die deze ronde niet heeft.`,
  activityGroupsDropped: (activity: string, groups: readonly string[]) => `${activity}: doelgroep ${groups.join(' en ')} is weggelaten.`,
  group: (step: string, id: string) => `${step}, doelgroep ${id}`,
  wholeGroup: (group: string) => `${group}: alle antwoorden. Deze ronde heeft die doelgroep niet.`,
  item: (where: string, list: string, number: number, item: unknown) => {
    const title = typeof item === 'object' && item !== null && 'title' in item && typeof item.title === 'string' && item.title.trim() ? ` ‘${item.title.trim()}’` : '';
    return `${where === list ? where : `${where}, ${list.toLowerCase()}`}: nummer ${number}${title}`;
  },
  field: (where: string, label: string) => `${where}: ${label}. Deze ronde vraagt dit niet.`,
  options: (where: string, label: string, options: readonly string[]) => `${where}, ${label}: ${options.join(', ')}. Deze ronde heeft die keuze niet.`,
  done: (round: string) => `Er is een nieuw concept gemaakt voor de ronde ${round}. Het oorspronkelijke concept is niet veranderd en staat bij ‘Uw concepten’.`,
  leftOutIntro: 'Deze antwoorden hebben geen plek in die ronde. Ze staan nog wel in het oorspronkelijke concept:',
  allFit: 'Alle antwoorden hebben een plek in die ronde.',
  /** On the drafts page, per draft. */
  label: (title: string) => `Overzetten naar een andere ronde: ‘${title}’`,
  hint: 'U krijgt een nieuw concept met alle antwoorden die in die ronde passen. Het oorspronkelijke concept blijft zoals het is.',
  action: 'Overzetten',
  to: (round: string) => `Overzetten naar ${round}`,
  commentsStay: 'De opmerkingen van adviseurs en de wijzigingen uit Word blijven bij het oorspronkelijke concept.',
} as const;
