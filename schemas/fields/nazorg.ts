import type { Scheme } from '../scheme';
import { objectField } from './containers';
import { confirmation, longText, shortText, wholeNumber } from './kinds';

/** Whether a round's data name one of its conditions (scheme.json "conditions"). */
const demands = (condition: keyof Scheme['conditions']) => (scheme: Scheme) => scheme.conditions[condition] !== undefined;

/** Nazorg: how the institution keeps in touch with graduates of group b, and hands them over. */
export const NAZORG_FIELDS = {
  contactMethod: longText({
    label: 'Hoe u contact houdt',
    required: 'Beschrijf hoe u persoonlijk en direct contact houdt met de gediplomeerden',
    binding: { description: 'Hoe de instelling contact houdt met gediplomeerden' },
  }),
  duration: shortText({
    label: 'Hoe lang de nazorg duurt',
    required: 'Vul in hoe lang de nazorg duurt, bijvoorbeeld 12 maanden',
    binding: {},
    input: { width: 'medium' },
  }),
  handover: longText({
    label: 'Warme overdracht',
    required: 'Beschrijf hoe de warme overdracht aan gemeente of UWV gaat',
    binding: { description: 'De warme overdracht aan gemeente of UWV' },
  }),
  /** In a round with an inspanningsverplichting this number binds the institution (the form says so). */
  expectedUsers: wholeNumber({
    label: 'Bereik',
    required: 'Vul in hoeveel gediplomeerden naar verwachting nazorg gebruiken',
    invalid: 'Vul het aantal gediplomeerden in als heel getal groter dan 0, bijvoorbeeld 50',
    binding: { description: 'Aantal gediplomeerden dat nazorg gebruikt' },
    input: { autoComplete: 'off' },
  }),
  /** The round's conditions the institution confirms, each asked only in a round that sets it. */
  personalContactConfirmed: confirmation({
    label: 'Persoonlijk en direct contact bevestigd',
    required: 'Bevestig dat de nazorg persoonlijk en direct contact met de gediplomeerde omvat',
    section: 'conditions',
    binding: { description: 'Bevestigd: de nazorg omvat persoonlijk en direct contact' },
    inRound: demands('personalContact'),
  }),
  noFeeConfirmed: confirmation({
    label: 'Geen vergoeding gevraagd',
    required: 'Bevestig dat u geen vergoeding vraagt aan gediplomeerden, ouders of verzorgers',
    section: 'conditions',
    binding: { description: 'Bevestigd: geen vergoeding van gediplomeerden, ouders of verzorgers' },
    inRound: demands('noFee'),
  }),
  diplomaAtInstitutionConfirmed: confirmation({
    label: 'Diploma bij deze instelling bevestigd',
    required: 'Bevestig dat de gediplomeerden hun mbo-diploma bij uw instelling haalden',
    section: 'conditions',
    binding: { description: 'Bevestigd: de gediplomeerden haalden hun diploma bij de instelling' },
    inRound: demands('diplomaAtInstitution'),
  }),
};

export const NAZORG = objectField({ item: NAZORG_FIELDS });
