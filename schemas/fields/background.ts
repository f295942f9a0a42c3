import { LIMITS } from '../limits';
import type { Scheme } from '../scheme';
import { activityGroupIds, asksGroups, targetGroupOptionLabel } from './activities';
import { listField, objectField } from './containers';
import { activityDate, choices, itemKey, longText, shortText } from './kinds';

/** One figure of the institution's own that shows the problem: what it counts, its value, and its year and source. */
export const FIGURE_FIELDS = {
  id: itemKey({ label: 'Cijfer' }),
  what: shortText({ label: 'Wat het cijfer zegt', required: 'Zeg wat dit cijfer laat zien', input: { width: 'full' } }),
  value: shortText({ label: 'Waarde', required: 'Vul de waarde van het cijfer in', input: { width: 'short' } }),
  source: shortText({ label: 'Jaar en bron', required: 'Noem het jaar en de bron van het cijfer', input: { width: 'full' } }),
};

/**
 * One goal for one or more target groups: what should change, how it is measured (its indicator, so
 * monitoring refers to the goal), the target value and the date it should be reached.
 */
export const GOAL_FIELDS = {
  id: itemKey({ label: 'Doel' }),
  targetGroupIds: choices({
    label: 'Doelgroep',
    required: 'Kies voor welke doelgroep dit doel is',
    // A round with one target group does not ask: every goal is for that group (as its activities).
    inRound: asksGroups,
    options: (ctx) => ctx.scheme.targetGroups.map((g) => ({ id: g.id, label: targetGroupOptionLabel(g.id, g.shortName) })),
    separator: ', ',
    input: { inline: true },
  }),
  goal: longText({ label: 'Doel', required: 'Beschrijf wat u met dit doel wilt bereiken', input: { rows: 2 } }),
  indicator: shortText({ label: 'Indicator', required: 'Zeg waaraan u meet of het doel is bereikt', input: { width: 'full' } }),
  targetValue: shortText({ label: 'Streefwaarde', required: 'Vul de streefwaarde in, bijvoorbeeld 70 %', input: { width: 'short' } }),
  targetDate: activityDate({ label: 'Datum', required: 'Vul de datum in waarop u de streefwaarde wilt halen' }),
};

/** The target groups a goal is for: its answer, or the round's only group (then not asked). */
export const goalGroupIds = (goal: { targetGroupIds?: readonly string[] }, scheme: Scheme): string[] => activityGroupIds(goal, scheme);

/**
 * Aanleiding en doelen: the argument before the approach — the problem in the institution's own
 * figures, measurable goals per target group, and what the plan adds to the regular guidance.
 */
export const BACKGROUND_FIELDS = {
  problem: longText({
    label: 'Het probleem',
    required: 'Beschrijf het probleem dat dit plan aanpakt',
    binding: { description: 'Het probleem dat het plan aanpakt' },
    input: { rows: 5 },
  }),
  figures: listField({ label: 'Cijfers', item: FIGURE_FIELDS, key: 'id', max: LIMITS.listItems, min: 'Voeg minstens één cijfer van uw eigen instelling toe' }),
  goals: listField({ label: 'Doelen', item: GOAL_FIELDS, key: 'id', max: LIMITS.listItems, min: 'Voeg minstens één doel toe' }),
  extra: longText({
    label: 'Wat het plan toevoegt',
    required: 'Beschrijf wat dit plan toevoegt aan de gewone loopbaanbegeleiding en de formatie',
    binding: { description: 'Wat het plan toevoegt aan de gewone loopbaanbegeleiding (LOB) en de formatie' },
    input: { rows: 5 },
  }),
};

export const BACKGROUND = objectField({ item: BACKGROUND_FIELDS });
