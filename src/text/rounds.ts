import { longDateText } from '../../schemas/fields/display';
import type { ApplicationWindow } from '../../schemas/scheme';
import type { RoundStatus } from '../domain/roundStatus';

/** A calendar date of the regulation ("22 februari 2021"). */
const date = (iso: string) => longDateText(iso) ?? iso;

/** Text about the scheme rounds: which round a draft is for, its windows and whether it is closed (Dutch, B1). */
export const ROUNDS = {
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
          : status.endKnown
            ? `gesloten: de activiteiten van deze ronde liepen tot en met ${date(status.activitiesEnded)}`
            : `gesloten: de activiteiten van deze ronde liepen uiterlijk tot eind ${status.activitiesEnded.slice(0, 4)}`;
    }
  },
  /** A window as a sentence: "Eerste aanvraagtijdvak: 10 november 2021 tot en met 24 december 2021. Alleen als …" */
  window(window: ApplicationWindow, named: boolean): string {
    const dates =
      typeof window.closes === 'string' ? `${date(window.opens)} tot en met ${date(window.closes)}` : `vanaf ${date(window.opens)} (einddatum niet bekend)`;
    const condition = window.condition ? ` ${window.condition.replace(/\.?$/, '.')}` : '';
    return `${named ? `${window.name}: ` : ''}${dates}.${condition}`;
  },
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
