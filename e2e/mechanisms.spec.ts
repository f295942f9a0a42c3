import { expect, test, type Page } from '@playwright/test';
import { MECHANISMS, MECHANISM_CHOICE_FIELDS } from '../schemas/fields/mechanisms';
import type { Answers } from '../schemas/draft';
import { messageOf, minMessageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import guidance from '../templates/ebn-mbo-2021-2022/guidance.json' with { type: 'json' };
import complete from '../public/examples/volledig.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { press, tabTo } from './keyboard';
import { chooseMechanism, chooseMechanismButton, mechanismCard, schemeMechanism } from './steps';
import { seedDraft } from './seedDraft';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const save = (page: Page) => page.getByRole('button', { name: 'Opslaan', exact: true });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const rationale = (page: Page) => page.getByLabel('Waarom past dit mechanisme bij uw doelgroepen?');
const texts = (id: string) => {
  const t = (guidance.mechanisms as Record<string, { summary: string; evidence: string[]; tips: string[]; approaches: Record<string, { description: string }> }>)[id];
  if (!t) throw new Error(`no guidance for ${id}`);
  return t;
};
const [m1, , , m4] = scheme.mechanisms as [(typeof scheme.mechanisms)[number], unknown, unknown, (typeof scheme.mechanisms)[number]];
const label = (m: { number: number; name: string }) => `Mechanisme ${m.number} (${m.name})`;
const approachName = (id: string, approach: number) => schemeMechanism(id).approaches[approach]?.name ?? 'missing';

test('a project leader chooses mechanisms on a list of cards, answers each on its own page, fixes the errors and removes one with undo — keyboard only', async ({ page }, testInfo) => {
  await page.goto('/#/mechanismen');
  await expect(h1(page, 'Mechanismen')).toBeVisible();

  // Nothing chosen: all seven to choose from, in order, each with its summary; the evidence stays folded away.
  await expect(page.getByText('U heeft nog geen mechanisme gekozen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Mechanisme \d/ })).toHaveText(scheme.mechanisms.map((m) => `Mechanisme ${m.number}: ${m.name}`));
  for (const m of scheme.mechanisms) await expect(page.getByText(texts(m.id).summary)).toBeVisible();
  const firstEvidence = texts(m1.id).evidence[0] ?? 'missing';
  await expect(page.getByText(firstEvidence)).toBeHidden();
  await expectNoAxeViolations(page);
  // "Hoe werkt het?" opens with the keyboard and shows evidence, tips and sources.
  await press(page, page.locator('summary', { hasText: 'Hoe werkt het?' }).first());
  await expect(page.getByText(firstEvidence)).toBeVisible();
  await expect(page.getByText(texts(m1.id).tips[0] ?? 'missing')).toBeVisible();
  const lob = guidance.sources.find((s) => s.id === 'expertisepunt-lob');
  await expect(page.getByRole('link', { name: new RegExp(lob?.title ?? 'missing') }).first()).toHaveAttribute('href', lob?.url ?? '');

  // "Opslaan en verder" with nothing chosen: the error links to the first "Kies dit mechanisme".
  await press(page, submit(page));
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Mechanismen/);
  await expect(summary(page).getByRole('link')).toHaveText([minMessageOf(MECHANISMS.item.chosen)]);
  await expect(chooseMechanismButton(page, m1.id)).toHaveAccessibleDescription(new RegExp(minMessageOf(MECHANISMS.item.chosen)));
  await expectNoAxeViolations(page);
  await press(page, summary(page).getByRole('link'));
  await expect(chooseMechanismButton(page, m1.id)).toBeFocused();

  // Mechanism 4: its own page, with what it does and its approaches; "Opslaan" checks only this mechanism.
  await press(page, chooseMechanismButton(page, m4.id));
  await expect(page).toHaveURL(new RegExp(`#/mechanismen/${m4.id}$`));
  await expect(h1(page, m4.name)).toBeFocused();
  await expect(page.getByText(texts(m4.id).summary)).toBeVisible();
  await press(page, save(page));
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Fout: ${m4.name}`));
  await expect(summary(page).getByRole('link')).toHaveText([messageOf(MECHANISM_CHOICE_FIELDS.approachIds), messageOf(MECHANISM_CHOICE_FIELDS.rationale)]);
  await expect(rationale(page)).toHaveAccessibleDescription(new RegExp(messageOf(MECHANISM_CHOICE_FIELDS.rationale)));
  await expectNoAxeViolations(page);
  await press(page, summary(page).getByRole('link', { name: messageOf(MECHANISM_CHOICE_FIELDS.approachIds) }));
  await expect(page.getByRole('checkbox', { name: approachName(m4.id, 0), exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await press(page, summary(page).getByRole('link', { name: messageOf(MECHANISM_CHOICE_FIELDS.rationale) }));
  await expect(rationale(page)).toBeFocused();
  await page.keyboard.type('Onze bol-2 studenten vinden moeilijk een stage; meelopen laat leerbedrijven hen eerst leren kennen.');
  await page.screenshot({ path: testInfo.outputPath('mechanism-page-desktop.png'), fullPage: true });
  await press(page, save(page));

  // Back on the list: mechanism 4 as a card, complete, with its approach.
  await expect(h1(page, 'Mechanismen')).toBeFocused();
  await expect(mechanismCard(page, m4.id)).toContainText('Klaar');
  await expect(mechanismCard(page, m4.id)).toContainText(approachName(m4.id, 0));
  await expect(chooseMechanismButton(page, m4.id)).toHaveCount(0);

  // Mechanism 1 chosen, then left without answers ("Terug naar alle mechanismen"): its card says it is not complete.
  await press(page, chooseMechanismButton(page, m1.id));
  await expect(h1(page, m1.name)).toBeFocused();
  await press(page, page.getByRole('link', { name: 'Terug naar alle mechanismen' }));
  await expect(h1(page, 'Mechanismen')).toBeFocused();
  // The list keeps the scheme's order: 1 before 4.
  await expect(page.getByRole('region', { name: /^\d\. / })).toHaveCount(2);
  await expect(page.getByRole('region', { name: /^\d\. / }).first()).toHaveAccessibleName(`1. ${m1.name}`);
  await expect(mechanismCard(page, m1.id)).toContainText('Nog niet compleet');
  await expectNoAxeViolations(page);

  // "Opslaan en verder": the errors of mechanism 1 link to its page, to the field.
  await press(page, submit(page));
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([
    `${label(m1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.approachIds)}`,
    `${label(m1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.rationale)}`,
  ]);
  await press(page, summary(page).getByRole('link', { name: `${label(m1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.rationale)}` }));
  await expect(h1(page, m1.name)).toBeVisible();
  await expect(rationale(page)).toBeFocused();
  await page.keyboard.type('Veel laatstejaars twijfelen aan hun kansen.');
  await press(page, page.getByRole('link', { name: 'Terug naar alle mechanismen' }));

  // Verwijderen: the card goes, the notice takes the focus; "Ongedaan maken" brings it back with its answer.
  await press(page, mechanismCard(page, m1.id).getByRole('button', { name: /^Verwijderen/ }));
  const notice = page.getByRole('status').filter({ hasText: `Het mechanisme ‘${m1.name}’ is niet meer gekozen.` });
  await expect(notice).toBeFocused();
  await expect(mechanismCard(page, m1.id)).toHaveCount(0);
  await expect(chooseMechanismButton(page, m1.id)).toBeVisible();
  await expectNoAxeViolations(page);
  await press(page, notice.getByRole('button', { name: /^Ongedaan maken/ }));
  await expect(page.getByRole('status').filter({ hasText: `Het mechanisme ‘${m1.name}’ is weer gekozen, met uw antwoorden.` })).toBeFocused();
  await press(page, mechanismCard(page, m1.id).getByRole('link', { name: /^Wijzigen/ }));
  await expect(rationale(page)).toHaveValue('Veel laatstejaars twijfelen aan hun kansen.');
  // Removed for good this time; chosen again it starts empty.
  await press(page, page.getByRole('link', { name: 'Terug naar alle mechanismen' }));
  await press(page, mechanismCard(page, m1.id).getByRole('button', { name: /^Verwijderen/ }));
  await press(page, chooseMechanismButton(page, m1.id));
  await expect(rationale(page)).toHaveValue('');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await press(page, page.getByRole('link', { name: 'Terug naar alle mechanismen' }));
  await press(page, mechanismCard(page, m1.id).getByRole('button', { name: /^Verwijderen/ }));

  await press(page, submit(page));
  await expect(page).toHaveURL(/#\/samenwerking$/);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('link', { name: 'Mechanismen' })).toHaveAccessibleDescription('Klaar');
});

/** Every mechanism chosen with every approach and a long rationale: the longest cards there can be. */
const everything: Answers = {
  mechanisms: {
    chosen: scheme.mechanisms.map((m) => ({
      mechanismId: m.id,
      approachIds: m.approaches.map((a) => a.id),
      rationale: 'Onze studenten op niveau 2 vinden moeilijk een stage en een baan. '.repeat(12).trim(),
    })),
  },
};

for (const [name, answers] of [
  ['volledig.json', complete.answers as Answers],
  ['every approach of every mechanism', everything],
] as const) {
  test(`with all seven mechanisms chosen (${name}) Mechanismen is shorter than three screens on a desktop, and every answer is a keyboard step away`, async ({ page }, testInfo) => {
    await seedDraft(page, answers);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#/mechanismen');
    await expect(page.getByRole('region', { name: /^\d\. / })).toHaveCount(7);
    await expect(page.getByText('U heeft alle mechanismen gekozen.')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: 'height', description: `Mechanismen with 7 chosen (${name}) at 1280×720: ${height} px` });
    await page.screenshot({ path: testInfo.outputPath('mechanisms-7-desktop.png'), fullPage: true });
    expect(height).toBeLessThan(3 * 720);
    await expectNoAxeViolations(page);

    // Controleren's "Wijzigen" for a rationale opens the mechanism's page with the field focused, and returns to Controleren.
    const last = scheme.mechanisms.at(-1)!;
    await page.goto('/#/controleren');
    const row = page.getByRole('link', { name: /^Wijzig.*Waarom past dit mechanisme/ }).last();
    await expect(row).toHaveAttribute('href', `#/mechanismen/${last.id}?veld=veld-rationale&terug=controleren`);
    await press(page, row);
    await expect(h1(page, last.name)).toBeVisible();
    await expect(rationale(page)).toBeFocused();
    await expect(rationale(page)).toHaveValue((answers.mechanisms?.chosen?.at(-1)?.rationale ?? 'missing') as string);

    // On the page: each approach explains itself behind "Meer over deze aanpak", opened with the keyboard.
    const first = last.approaches[0]!;
    const description = texts(last.id).approaches[first.id]!.description;
    await expect(page.getByText(description)).toBeHidden();
    await tabTo(page, page.locator('summary').filter({ hasText: `Meer over deze aanpak (${first.name})` }), 60);
    await page.keyboard.press('Enter');
    await expect(page.getByText(description)).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, page.getByRole('button', { name: /^Opslaan en terug naar controleren$/i }));
    await expect(page).toHaveURL(/#\/controleren$/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/#/mechanismen');
    await expect(page.getByRole('region', { name: /^\d\. / })).toHaveCount(7);
    await page.screenshot({ path: testInfo.outputPath('mechanisms-7-phone.png'), fullPage: true });
    await expectNoAxeViolations(page);
  });
}

test('a chosen mechanism from Samenhang or an address: a mechanism that is not chosen says so and links back', async ({ page }) => {
  await page.goto(`/#/mechanismen/${m4.id}`);
  await expect(h1(page, 'Mechanisme niet gekozen')).toBeVisible();
  await page.getByRole('link', { name: 'Ga naar de mechanismen' }).click();
  await expect(h1(page, 'Mechanismen')).toBeFocused();
  await chooseMechanism(page, m4.id, { approaches: [schemeMechanism(m4.id).approaches[0]!.id], rationale: 'Omdat het werkt.' });
  await expect(mechanismCard(page, m4.id)).toContainText('Klaar');
});
