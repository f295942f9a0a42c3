import { objectField } from './containers';
import { shortText } from './kinds';

/** Dutch phone numbers: 10 digits starting with 0, or +31 / 0031 and 9 digits. */
export const DUTCH_PHONE = /^(?:\+31|0031|0)[1-9]\d{8}$/;
/** A pragmatic e-mail check (zod's own e-mail pattern, stated here so it reads the same everywhere). */
export const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
/** BRIN: two digits and two letters (e.g. 25LX). */
export const BRIN = /^\d{2}[A-Za-z]{2}$/;

const brinMessage = 'Vul een BRIN-code in van 2 cijfers en 2 letters, bijvoorbeeld 25LX';
const emailMessage = 'Vul een e-mailadres in zoals naam@school.nl';
const phoneMessage = 'Vul een Nederlands telefoonnummer in van 10 cijfers, bijvoorbeeld 030 123 45 67 of 06 12345678';

/** Aanvrager: the institution, its contact person and who signs. Sections: institution, contact, signatory. */
export const APPLICANT_FIELDS = {
  institutionName: shortText({
    label: 'Naam van de instelling',
    required: 'Vul de naam van de instelling in',
    section: 'institution',
    binding: {},
    input: { autoComplete: 'organization' },
  }),
  /** BRIN code of the institution, e.g. "25LX"; shown in capitals. */
  brin: shortText({
    label: 'BRIN-code',
    required: brinMessage,
    format: { pattern: BRIN, invalid: brinMessage },
    section: 'institution',
    binding: {},
    display: (value) => (typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : undefined),
    input: { width: 'short', spellCheck: false },
  }),
  bevoegdGezag: shortText({ label: 'Bevoegd gezag', required: 'Vul de naam van het bevoegd gezag in', section: 'institution', binding: {} }),
  contactName: shortText({
    label: 'Naam van de contactpersoon',
    required: 'Vul de naam van de contactpersoon in',
    section: 'contact',
    binding: {},
    input: { autoComplete: 'name', width: 'medium' },
  }),
  contactRole: shortText({ label: 'Functie van de contactpersoon', section: 'contact', binding: {}, input: { autoComplete: 'organization-title', width: 'medium' } }),
  contactEmail: shortText({
    label: 'E-mailadres',
    required: emailMessage,
    format: { pattern: EMAIL, invalid: emailMessage },
    section: 'contact',
    binding: { description: 'E-mailadres van de contactpersoon' },
    input: { type: 'email', autoComplete: 'email', width: 'medium', spellCheck: false },
  }),
  contactPhone: shortText({
    label: 'Telefoonnummer',
    required: phoneMessage,
    // Spaces, dashes, brackets and dots as people type them are fine.
    format: { valid: (v) => DUTCH_PHONE.test(v.replace(/[\s\-().]/g, '')), invalid: phoneMessage },
    section: 'contact',
    binding: { description: 'Telefoonnummer van de contactpersoon' },
    input: { type: 'tel', autoComplete: 'tel', width: 'medium' },
  }),
  signatoryName: shortText({
    label: 'Naam van de ondertekenaar',
    required: 'Vul de naam in van de persoon die namens het bevoegd gezag tekent',
    section: 'signatory',
    binding: {},
    input: { width: 'medium' },
  }),
  signatoryRole: shortText({
    label: 'Functie van de ondertekenaar',
    required: 'Vul de functie in van de persoon die tekent',
    section: 'signatory',
    binding: {},
    input: { width: 'medium' },
  }),
};

export const APPLICANT = objectField({ item: APPLICANT_FIELDS });
