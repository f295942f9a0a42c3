import { MESSAGES } from '../messages';
import { targetGroupIdSchema, type PhaseId, type Scheme } from '../scheme';
import { groupsField } from './containers';
import type { Siblings } from './field';
import { choices, confirmation, longText, wholeNumber } from './kinds';

/** Who a group is about, by its phase, so questions and descriptions read naturally per group. */
export const GROUP_PEOPLE: Record<PhaseId, string> = { 'final-year': 'studenten', aftercare: 'gediplomeerden' };

/** Whether a chosen risk indicator asks for an explanation (the round's "other"). */
function explanationAsked(group: Siblings, scheme: Scheme): boolean {
  const chosen = Array.isArray(group.riskIndicators) ? group.riskIndicators : [];
  return scheme.riskIndicators.some((r) => r.requiresExplanation && chosen.includes(r.id));
}

/** Doelgroepen: the same questions for each target group of the round. */
export const TARGET_GROUP_FIELDS = {
  /** Expected number of participants (students in group a, gediplomeerden in group b), as typed. */
  expectedCount: wholeNumber({
    label: 'Verwacht aantal deelnemers',
    required: 'Vul het verwachte aantal deelnemers in',
    invalid: MESSAGES.wholeNumber,
    binding: { description: (group) => `Aantal ${GROUP_PEOPLE[group.phase]} in doelgroep ${group.id}` },
  }),
  levels: choices({ label: 'Niveaus', required: 'Kies minstens één niveau', options: 'levels', separator: ', ', input: { inline: true } }),
  pathways: choices({ label: 'Leerweg', required: 'Kies bol, bbl of allebei', options: 'pathways', separator: ', ' }),
  /** Sectors, programmes or crebo numbers, free text. */
  sectors: longText({ label: 'Sectoren en opleidingen', required: 'Noem de sectoren of opleidingen van deze groep', input: { rows: 3 } }),
  riskIndicators: choices({
    label: 'Waarom een grote kans op werkloosheid',
    required: 'Kies minstens één reden waarom deze groep een grote kans op werkloosheid heeft',
    options: 'riskIndicators',
  }),
  /** Only asked (and kept) while a risk indicator that needs it (the round's "other") is chosen. */
  otherRiskExplanation: longText({
    label: 'Toelichting op de andere reden',
    required: 'Leg uit welke andere reden er is',
    shownWhen: explanationAsked,
    input: { rows: 3 },
  }),
  selection: longText({ label: 'Hoe de deelnemers worden gekozen', required: 'Beschrijf hoe de instelling kiest wie meedoet', input: { rows: 4 } }),
  /** The institution confirms every participant is younger than the scheme's age limit. */
  ageConfirmed: confirmation({
    label: 'Leeftijd bevestigd',
    required: (scheme) => `Bevestig dat alle deelnemers jonger zijn dan ${scheme.ageLimit.under} jaar`,
  }),
};

export const TARGET_GROUPS = groupsField({ item: TARGET_GROUP_FIELDS, ids: targetGroupIdSchema.options });
