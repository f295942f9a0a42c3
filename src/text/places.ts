import { activityLabel } from './activityLabel';

/**
 * How a message names the part of the application it is about, by its title, the same way in
 * Controleren, the command line and the Word document's "Openstaande punten": "Activiteit 3
 * ‘Proefstage’", "Mechanisme 4 ‘Elkaar leren kennen op de werkvloer’", "Partner 2 ‘UWV Rijnstad’".
 */
export const PLACES = {
  activity: (index: number, title: string | undefined) => activityLabel({ title }, index),
  costLine: (index: number) => `kostenregel ${index + 1}`,
  mechanism: (number: number, name: string) => `Mechanisme ${number} ‘${name}’`,
  partner: (index: number, name: string | undefined) => (name?.trim() ? `Partner ${index + 1} ‘${name.trim()}’` : `Partner ${index + 1}`),
  group: (id: string, shortName: string) => `Doelgroep ${id} (${shortName.toLowerCase()})`,
  /** Aanleiding en doelen's items, numbered as on the step's page. */
  figure: (index: number) => `Cijfer ${index + 1}`,
  goal: (index: number) => `Doel ${index + 1}`,
  /** "Activiteit 3 ‘Proefstage’: Vul een einddatum in". */
  placed: (place: string, message: string) => `${place}: ${message}`,
};
