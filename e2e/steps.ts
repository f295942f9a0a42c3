import { expect, type Locator, type Page } from '@playwright/test';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import guidance from '../templates/ebn-mbo-2021-2022/guidance.json' with { type: 'json' };
import { tab, tabTo, press } from './keyboard';

/**
 * What the journeys do on each step, the way a user does it: one helper per step, so a spec that
 * needs a filled step says what it fills, not how. A journey that starts at a later step opens
 * the earlier answers as a file instead (seedDraft.ts).
 */

/** From the start page: opens a step by its link in the task list. */
export async function openStep(page: Page, title: string) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

type ApplicantField =
  | 'institutionName'
  | 'brin'
  | 'bevoegdGezag'
  | 'contactName'
  | 'contactRole'
  | 'contactEmail'
  | 'contactPhone'
  | 'signatoryName'
  | 'signatoryRole';

/** Aanvrager: each field by its label, in the order of the form. */
const APPLICANT_FIELDS: [ApplicantField, (page: Page) => Locator][] = [
  ['institutionName', (page) => page.getByLabel('Naam van de instelling')],
  ['brin', (page) => page.getByLabel('BRIN-code')],
  ['bevoegdGezag', (page) => page.getByLabel('Bevoegd gezag')],
  ['contactName', (page) => page.getByLabel('Naam', { exact: true })],
  ['contactRole', (page) => page.getByLabel('Functie (niet verplicht)')],
  ['contactEmail', (page) => page.getByLabel('E-mailadres')],
  ['contactPhone', (page) => page.getByLabel('Telefoonnummer')],
  ['signatoryName', (page) => page.getByLabel('Naam van de ondertekenaar')],
  ['signatoryRole', (page) => page.getByLabel('Functie van de ondertekenaar')],
];

/** On the Aanvrager step: types the given answers into their fields (the others stay as they are). */
export async function fillApplicant(page: Page, answers: Partial<Record<ApplicantField, string>>) {
  for (const [name, field] of APPLICANT_FIELDS) {
    const value = answers[name];
    if (value !== undefined) await field(page).fill(value);
  }
}

export interface GroupAnswers {
  count: string;
  /** Level ids from the scheme (default: niveau 2). */
  levels?: string[];
  /** Pathway ids from the scheme (default: bol). */
  pathways?: string[];
  sectors: string;
  /** Risk indicator ids that need no explanation (default: bol niveau 2). */
  risks?: string[];
  /** Ticks the indicator that needs an explanation and types this as the explanation. */
  other?: string;
  selection: string;
}

/** Fills one target group with the keyboard only, starting with focus on its "expected number" field. */
export async function fillGroupByKeyboard(page: Page, group: Locator, answers: GroupAnswers) {
  const { levels = ['2'], pathways = ['bol'], risks = ['bol-level-2'] } = answers;
  await expect(group.getByLabel(/verwacht u te helpen/)).toBeFocused();
  await page.keyboard.type(answers.count);
  for (const level of scheme.levels) {
    await tab(page, group.getByRole('checkbox', { name: level.label, exact: true }));
    if (levels.includes(level.id)) await page.keyboard.press('Space');
  }
  for (const pathway of scheme.pathways) {
    await tab(page, group.getByRole('checkbox', { name: pathway.label, exact: true }));
    if (pathways.includes(pathway.id)) await page.keyboard.press('Space');
  }
  await tab(page, group.getByLabel('Sectoren of opleidingen'));
  await page.keyboard.type(answers.sectors);
  for (const indicator of scheme.riskIndicators) {
    const box = group.getByRole('checkbox', { name: indicator.label, exact: true });
    await tab(page, box);
    const withExplanation = indicator.requiresExplanation && answers.other !== undefined;
    if (risks.includes(indicator.id) || withExplanation) await page.keyboard.press('Space');
    if (withExplanation) {
      // The explanation appears right after "other", in the keyboard order.
      await tab(page, group.getByLabel('Welke andere reden is er?'));
      await page.keyboard.type(answers.other ?? '');
    }
  }
  await tab(page, group.getByLabel(/^Hoe kiest de instelling de/));
  await page.keyboard.type(answers.selection);
  await tab(page, group.getByRole('checkbox', { name: `Alle deelnemers in deze groep zijn jonger dan ${scheme.ageLimit.under} jaar`, exact: true }));
  await page.keyboard.press('Space');
}

export function exampleActivity(id: string) {
  const found = guidance.exampleActivities.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
}

/** On the Activiteiten list: opens the example's mechanism group and picks the example, with the keyboard. */
export async function pickExample(page: Page, id: string) {
  const e = exampleActivity(id);
  const group = page.locator('details.examples__group').filter({ has: page.locator('.examples__title', { hasText: e.title }) });
  if (!(await group.evaluate((d: HTMLDetailsElement) => d.open))) await press(page, group.locator('summary'));
  const use = page.getByRole('button', { name: `Gebruik dit voorbeeld ‘${e.title}’` });
  await expect(use).toBeVisible();
  await press(page, use);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
}

/** The summary card of a partner on the Samenwerking list, by its name. */
export const partnerCard = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^\\d+\\. ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** The label of a partner type's radio button ("… (genoemd in de regeling)" for the named ones). */
export function partnerTypeLabel(id: string) {
  const type = scheme.partnerTypes.find((t) => t.id === id);
  if (!type) throw new Error(id);
  return type.namedInRegulation ? `${type.label} (genoemd in de regeling)` : type.label;
}

export interface PartnerAnswers {
  type: string;
  name: string;
  role: string;
  agreements: string;
}

/** Fills a partner's own page: the type with Space on its radio button, then the three text fields. */
export async function fillPartner(page: Page, p: PartnerAnswers) {
  await press(page, page.getByRole('radio', { name: partnerTypeLabel(p.type), exact: true }), 'Space');
  await page.getByLabel('Naam van de partner').fill(p.name);
  await page.getByLabel('Rol van deze partner').fill(p.role);
  await page.getByLabel('Wat heeft u met deze partner afgesproken?').fill(p.agreements);
}

/** On the Samenwerking list: "Partner toevoegen", fill its page, "Opslaan", and back on the list with its card. */
export async function addPartner(page: Page, p: PartnerAnswers) {
  await press(page, page.getByRole('button', { name: 'Partner toevoegen' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe partner' })).toBeFocused();
  await fillPartner(page, p);
  await press(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeFocused();
  await expect(partnerCard(page, p.name)).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A mechanism of the round by its id. */
export function schemeMechanism(id: string) {
  const found = scheme.mechanisms.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
}

/** "Kies dit mechanisme" on Mechanismen, for one mechanism (its number and name are read out after it). */
export const chooseMechanismButton = (page: Page, id: string) => {
  const m = schemeMechanism(id);
  return page.getByRole('button', { name: `Kies dit mechanisme (${m.number}. ${m.name})`, exact: true });
};

/** The summary card of a chosen mechanism on Mechanismen ("4. Elkaar leren kennen op de werkvloer"). */
export const mechanismCard = (page: Page, id: string) => {
  const m = schemeMechanism(id);
  return page.getByRole('region', { name: new RegExp(`^${m.number}\\. ${escapeRegExp(m.name)}$`) });
};

/**
 * On Mechanismen, with the keyboard: "Kies dit mechanisme", on its page tick the approaches (by
 * id) and type why it fits, "Opslaan", and back on the list with its card.
 */
export async function chooseMechanism(page: Page, id: string, answers: { approaches: readonly string[]; rationale: string }) {
  const m = schemeMechanism(id);
  await press(page, chooseMechanismButton(page, id));
  await expect(page.getByRole('heading', { level: 1, name: m.name })).toBeFocused();
  for (const approach of answers.approaches) {
    const name = m.approaches.find((a) => a.id === approach)?.name;
    if (!name) throw new Error(approach);
    await press(page, page.getByRole('checkbox', { name, exact: true }), 'Space');
  }
  await page.getByLabel('Waarom past dit mechanisme bij uw doelgroepen?').fill(answers.rationale);
  await press(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Mechanismen' })).toBeFocused();
  await expect(mechanismCard(page, id)).toBeVisible();
}

/** A date input (day, month, year in a fieldset) by its question. */
export const dateGroup = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });

/** Fills a date input's three boxes: "14-10-2021". */
export async function fillDate(page: Page, label: string, date: string) {
  const [day = '', month = '', year = ''] = date.split('-');
  const group = dateGroup(page, label);
  await group.getByLabel('Dag').fill(day);
  await group.getByLabel('Maand').fill(month);
  await group.getByLabel('Jaar').fill(year);
}

/** Types a date with the keyboard only: Tab to its day box, then day, Tab, month, Tab, year. */
export async function typeDate(page: Page, label: string, date: string) {
  const [day = '', month = '', year = ''] = date.split('-');
  const group = dateGroup(page, label);
  await tabTo(page, group.getByLabel('Dag'));
  await page.keyboard.type(day);
  await tab(page, group.getByLabel('Maand'));
  await page.keyboard.type(month);
  await tab(page, group.getByLabel('Jaar'));
  await page.keyboard.type(year);
}
