import type { PARTNER_FIELDS } from '../../schemas/fields/partners';
import type { Questions } from '../../schemas/fields/questions';
import { joinDutch, midSentence } from '../../schemas/dutchText';

/** Interface text of the Samenwerking step (Dutch, B1). Partner types and their hints come from the scheme data. */
export const PARTNERS = {
  intro: (named: readonly string[], others: readonly string[]) =>
    `Met wie werkt u samen? De regeling noemt ${joinDutch(named.map((n) => `de ${midSentence(n)}`))} als partners. In de praktijk werken scholen ook samen met ${joinDutch(others.map(midSentence))}. Leg per partner vast welke rol die heeft en wat u heeft afgesproken.`,
  /** The "other" type is too vague to name in the intro's list. */
  introLeavesOut: ['other'] as readonly string[],
  listHeading: 'Uw partners',
  count: (n: number) => (n === 1 ? '1 partner' : `${n} partners`),
  empty: 'U heeft nog geen partners toegevoegd.',
  unnamed: 'Partner zonder naam',
  namedInRegulation: 'genoemd in de regeling',
  add: 'Partner toevoegen',
  /** Hidden context after "Wijzigen" / "Verwijderen", so a screen reader hears which partner. */
  actionContext: (name: string) => ` partner ‘${name}’`,
  rowType: 'Soort partner',
  rowActivities: 'Activiteiten',
  activityCount: (n: number) => (n === 0 ? 'Nog bij geen activiteit' : n === 1 ? 'Bij 1 activiteit' : `Bij ${n} activiteiten`),
  /** Context in the error summary for an error inside one partner. */
  issueLabel: (index: number, name: string | undefined) => (name?.trim() ? `Partner ${index + 1} ‘${name.trim()}’` : `Partner ${index + 1}`),
  removed: (name: string) => `De partner ‘${name}’ is verwijderd.`,
  removedLinks: (count: number) =>
    count === 1
      ? 'Deze partner stond bij 1 activiteit. Die koppeling is ook weg.'
      : `Deze partner stond bij ${count} activiteiten. Die koppelingen zijn ook weg.`,
  undoContext: (name: string) => ` (zet ‘${name}’ terug)`,
  restored: (name: string) => `De partner ‘${name}’ staat weer in de lijst.`,

  // One partner
  newPartner: 'Nieuwe partner',
  caption: (index: number, count: number) => `Samenwerking – partner ${index + 1} van ${count}`,
  save: 'Opslaan',
  backToList: 'Terug naar alle partners',
  notFoundTitle: 'Partner niet gevonden',
  notFoundBody: 'Deze partner bestaat niet (meer). Misschien is hij verwijderd.',
  notFoundLink: 'Ga naar de lijst met partners',
  warningHeading: 'Let op',
  typesGuidance: 'Welke partners passen bij uw aanvraag?',
  practiceGuidance: (name: string) => `Uit de praktijk: ${name}`,
  /** Practice examples (scheme.practiceExamples ids) whose lessons are about working together. */
  practiceExampleIds: ['pilot-smooth-transition'] as readonly string[],
};

/** How the form asks a partner's answers. */
export const PARTNER_QUESTIONS = {
  name: { label: 'Naam van de partner', hint: 'Bijvoorbeeld Gemeente Utrecht, UWV Midden-Utrecht of Bouwbedrijf De Vries.' },
  role: {
    label: 'Rol van deze partner',
    hint: 'Wat doet deze partner voor de studenten en gediplomeerden? Bijvoorbeeld: jongeren doorverwijzen, stageplekken bieden of meedoen aan oefensollicitaties.',
  },
  agreements: {
    label: 'Wat heeft u met deze partner afgesproken?',
    hint: 'Wie doet wat, hoe vaak overlegt u, en staat het op papier (bijvoorbeeld in een samenwerkingsovereenkomst of intentieverklaring)?',
  },
} satisfies Questions<typeof PARTNER_FIELDS>;
