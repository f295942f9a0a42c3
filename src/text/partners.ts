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
  empty: 'U heeft nog geen partners toegevoegd.',
  partnerHeading: (n: number, name: string) => (name ? `Partner ${n}: ${name}` : `Partner ${n}`),
  namedInRegulation: 'genoemd in de regeling',
  add: 'Partner toevoegen',
  addAnother: 'Nog een partner toevoegen',
  remove: 'Verwijder partner',
  removeContext: (n: number, name: string) => ` ${n}${name ? ` (${name})` : ''}`,
  removed: (name: string) => (name ? `Partner ‘${name}’ is verwijderd.` : 'De partner is verwijderd.'),
  removedLinks: (count: number) =>
    count === 1
      ? 'Deze partner stond bij 1 activiteit. Die koppeling is ook weg.'
      : `Deze partner stond bij ${count} activiteiten. Die koppelingen zijn ook weg.`,
  undo: 'Ongedaan maken',
  restored: (name: string) => (name ? `Partner ‘${name}’ staat er weer.` : 'De partner staat er weer.'),
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
