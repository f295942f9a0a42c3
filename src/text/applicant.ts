import type { APPLICANT_FIELDS } from '../../schemas/fields/applicant';
import type { Questions } from '../../schemas/fields/questions';

/** Interface text of the Aanvrager step. The answers' names and messages are in schemas/fields/applicant.ts. */
export const APPLICANT = {
  intro:
    'Wie vraagt de subsidie aan? De aanvraag komt van het bevoegd gezag van een bekostigde mbo-instelling. Vul hier de gegevens van de instelling en de contactpersoon in.',
  /** The headings of the step's sections (the fields' `section`), on the form and on Controleren. */
  sections: {
    institution: 'Instelling',
    contact: 'Contactpersoon',
    signatory: 'Ondertekening namens het bevoegd gezag',
  } as Record<string, string>,
  signatoryIntro: 'Wie tekent de aanvraag namens het bevoegd gezag? Dat is meestal een lid van het college van bestuur.',
};

/** How the form asks the answers (under "Contactpersoon", "Naam" is enough). */
export const APPLICANT_QUESTIONS = {
  institutionName: { hint: 'Zoals de instelling officieel heet, bijvoorbeeld ROC Midden Nederland.' },
  brin: { hint: '2 cijfers en 2 letters, bijvoorbeeld 25LX. U vindt de code bij DUO.' },
  bevoegdGezag: { hint: 'De rechtspersoon die de instelling in stand houdt, bijvoorbeeld Stichting ROC Midden Nederland.' },
  contactName: { label: 'Naam' },
  contactRole: { label: 'Functie' },
  contactPhone: { hint: 'Bijvoorbeeld 030 123 45 67 of 06 12345678.' },
} satisfies Questions<typeof APPLICANT_FIELDS>;
