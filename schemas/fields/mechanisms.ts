import { LIMITS } from '../limits';
import { MESSAGES } from '../messages';
import type { Scheme } from '../scheme';
import { listField, objectField } from './containers';
import type { ObjectCheck, Option } from './field';
import { choices, itemKey, longText } from './kinds';

/** Every approach of the round, by name (a chosen one is shown by its name wherever it is). */
export const approachOptions = (scheme: Scheme): Option[] => scheme.mechanisms.flatMap((m) => m.approaches.map((a) => ({ id: a.id, label: a.name })));

/** The chosen approaches must belong to the chosen mechanism. */
function approachesOfMechanism(scheme: Scheme): ObjectCheck {
  const approachesOf = new Map(scheme.mechanisms.map((m) => [m.id, m.approaches.map((a) => a.id)]));
  return (choice, report) => {
    const allowed = typeof choice.mechanismId === 'string' ? (approachesOf.get(choice.mechanismId) ?? []) : [];
    const chosen = Array.isArray(choice.approachIds) ? choice.approachIds : [];
    if (chosen.some((a) => !allowed.includes(a))) report('approachIds', MESSAGES.approachNotInMechanism);
  };
}

/** One chosen mechanism: which of its approaches, and why it fits. */
export const MECHANISM_CHOICE_FIELDS = {
  mechanismId: itemKey({ label: 'Het mechanisme', options: (ctx) => ctx.scheme.mechanisms.map((m) => ({ id: m.id, label: m.name })) }),
  approachIds: choices({
    label: 'Gekozen aanpakken',
    required: 'Kies minstens één aanpak bij dit mechanisme',
    options: (ctx) => approachOptions(ctx.scheme),
    // Which approaches fit depends on the mechanism: checked across the fields below.
    checkOptions: false,
  }),
  /** Why this mechanism fits these target groups. */
  rationale: longText({ label: 'Waarom dit past', required: 'Leg uit waarom dit mechanisme past bij uw doelgroepen', input: { rows: 4 } }),
};

/** Mechanismen: the chosen mechanisms, each with its approaches and rationale. */
export const MECHANISMS = objectField({
  item: {
    chosen: listField({
      label: 'Gekozen mechanismen',
      item: MECHANISM_CHOICE_FIELDS,
      key: 'mechanismId',
      max: LIMITS.listItems,
      min: 'Kies minstens één mechanisme',
      checks: (scheme) => [approachesOfMechanism(scheme)],
      // Each chosen mechanism's approaches and rationale on a page of its own ("#/mechanismen/<id>"): seven chosen stay a short list.
      itemPage: true,
    }),
  },
});
