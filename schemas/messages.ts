/**
 * Dutch validation messages that several fields share. A field's own messages are in its field
 * table (schemas/fields/). Written for a school project leader: say what to do, not what went
 * wrong in technical terms.
 */
export const MESSAGES = {
  required: 'Vul dit in',
  wholeNumber: 'Vul een heel getal in dat groter is dan 0, bijvoorbeeld 120',
  euro: 'Vul een bedrag in euro’s in, bijvoorbeeld 12.500 of 12.500,50',
  euroPositive: 'Vul een bedrag in dat groter is dan € 0',
  approachNotInMechanism: 'Deze aanpak hoort niet bij dit mechanisme',
  unknownChoice: 'Kies een van de opties',
  endBeforeStart: 'De einddatum moet op of na de startdatum liggen',
  /** A date typed in three boxes (schemas/dutchDate.ts) that is not a whole date yet. */
  dateMissing: (parts: string) => `De datum moet ${parts} bevatten`,
  dateYear: 'Het jaar moet uit 4 cijfers bestaan, bijvoorbeeld 2021',
  dateInvalid: 'Vul een geldige datum in, bijvoorbeeld 14 10 2021',
  dateOutsideYears: (years: string) => `Kies een datum in ${years}, de jaren waarin de activiteiten van deze regeling plaatsvinden`,
  /** A text longer than its field keeps (the form shows the count as it is typed, and cuts nothing off). */
  tooLong: (max: number) => `Deze tekst is te lang. Gebruik hoogstens ${max.toLocaleString('nl-NL')} tekens`,
  dateOutsidePeriod: (period: string) => `Kies een datum ${period}: de activiteitenperiode van deze ronde`,
} as const;
