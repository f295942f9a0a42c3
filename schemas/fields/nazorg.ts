import { objectField } from './containers';
import { longText, shortText, wholeNumber } from './kinds';

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
  expectedUsers: wholeNumber({
    label: 'Bereik',
    required: 'Vul in hoeveel gediplomeerden naar verwachting nazorg gebruiken',
    invalid: 'Vul het aantal gediplomeerden in als heel getal groter dan 0, bijvoorbeeld 50',
    binding: { description: 'Aantal gediplomeerden dat nazorg gebruikt' },
    input: { autoComplete: 'off' },
  }),
};

export const NAZORG = objectField({ item: NAZORG_FIELDS });
