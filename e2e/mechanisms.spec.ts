import { expect, test, type Locator, type Page } from '@playwright/test';
import { MECHANISMS, MECHANISM_CHOICE_FIELDS } from '../schemas/fields/mechanisms';
import { messageOf, minMessageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import guidance from '../templates/ebn-mbo-2021-2022/guidance.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { seedDraft } from './seedDraft';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const mechanism = (n: number) => {
  const m = scheme.mechanisms[n - 1];
  if (!m) throw new Error(`no mechanism ${n}`);
  return m;
};
const texts = (n: number) => {
  const t = (guidance.mechanisms as Record<string, { summary: string; evidence: string[]; tips: string[] }>)[mechanism(n).id];
  if (!t) throw new Error(`no guidance for mechanism ${n}`);
  return t;
};
const label = (n: number) => `Mechanisme ${n} (${mechanism(n).name})`;
const chooseBox = (page: Page, n: number) => page.getByRole('checkbox', { name: `Ik kies dit mechanisme (${n}. ${mechanism(n).name})`, exact: true });
/** The approaches and rationale of a chosen mechanism are named by its place in the list of chosen ones. */
const approaches = (page: Page, index: number) => page.locator(`#veld-chosen-${index}-approachIds`);
const rationale = (page: Page, index: number) => page.locator(`#veld-chosen-${index}-rationale`);

async function pressEnterOn(page: Page, link: Locator) {
  await link.focus();
  await page.keyboard.press('Enter');
}

test('a project leader chooses mechanisms and approaches from empty, with the keyboard, and fixes the errors', async ({ page }) => {
  await page.goto('/#/mechanismen');
  await expect(page.getByRole('heading', { level: 1, name: 'Mechanismen' })).toBeVisible();

  // All seven mechanisms, in order, each with number, name and summary; the evidence stays folded away.
  await expect(page.getByRole('heading', { level: 2, name: /^Mechanisme \d/ })).toHaveText(
    scheme.mechanisms.map((m) => `Mechanisme ${m.number}: ${m.name}`),
  );
  for (const m of scheme.mechanisms) await expect(page.getByText(texts(m.number).summary)).toBeVisible();
  const firstEvidence = texts(1).evidence[0] ?? '';
  await expect(page.getByText(firstEvidence)).toBeHidden();
  await expectNoAxeViolations(page);

  // "Hoe werkt het?" opens with the keyboard and shows evidence, tips and sources.
  await pressEnterOn(page, page.locator('summary', { hasText: 'Hoe werkt het?' }).first());
  await expect(page.getByText(firstEvidence)).toBeVisible();
  await expect(page.getByText(texts(1).tips[0] ?? 'missing')).toBeVisible();
  const lob = guidance.sources.find((s) => s.id === 'expertisepunt-lob');
  await expect(page.getByRole('link', { name: new RegExp(lob?.title ?? 'missing') }).first()).toHaveAttribute('href', lob?.url ?? '');
  await expectNoAxeViolations(page);

  // Submit with nothing chosen.
  await submit(page).focus();
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Mechanismen/);
  await expect(summary.getByRole('link')).toHaveText([minMessageOf(MECHANISMS.item.chosen)]);
  await expect(chooseBox(page, 1)).toHaveAccessibleDescription(new RegExp(minMessageOf(MECHANISMS.item.chosen)));
  await expectNoAxeViolations(page);
  await pressEnterOn(page, summary.getByRole('link'));
  await expect(chooseBox(page, 1)).toBeFocused();

  // Choose 4, then 1: the list keeps the scheme's order, so mechanism 1 is the first chosen one.
  await chooseBox(page, 4).focus();
  await page.keyboard.press('Space');
  await chooseBox(page, 1).focus();
  await page.keyboard.press('Space');
  // Choosing does not move focus away from the checkbox.
  await expect(chooseBox(page, 1)).toBeFocused();
  // The new questions are not flagged before the next submit. Absence can only be checked after a pause.
  await page.waitForTimeout(300);
  await expect(page.locator('.field-error')).toHaveCount(0);
  await expect(approaches(page, 0)).toContainText(mechanism(1).approaches[0]?.name ?? 'missing');
  await expect(approaches(page, 1)).toContainText(mechanism(4).approaches[0]?.name ?? 'missing');

  await submit(page).focus();
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    `${label(1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.approachIds)}`,
    `${label(1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.rationale)}`,
    `${label(4)}: ${messageOf(MECHANISM_CHOICE_FIELDS.approachIds)}`,
    `${label(4)}: ${messageOf(MECHANISM_CHOICE_FIELDS.rationale)}`,
  ]);
  await expect(rationale(page, 1)).toHaveAccessibleDescription(new RegExp(messageOf(MECHANISM_CHOICE_FIELDS.rationale)));
  await expectNoAxeViolations(page);

  // Each link lands on its own mechanism's field.
  await pressEnterOn(page, summary.getByRole('link', { name: `${label(4)}: ${messageOf(MECHANISM_CHOICE_FIELDS.approachIds)}` }));
  const firstApproach4 = mechanism(4).approaches[0];
  await expect(page.getByRole('checkbox', { name: firstApproach4?.name, exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await pressEnterOn(page, summary.getByRole('link', { name: `${label(4)}: ${messageOf(MECHANISM_CHOICE_FIELDS.rationale)}` }));
  await expect(rationale(page, 1)).toBeFocused();
  await page.keyboard.type('Onze bol-2 studenten vinden moeilijk een stage; meelopen laat leerbedrijven hen eerst leren kennen.');

  await pressEnterOn(page, summary.getByRole('link', { name: `${label(1)}: ${messageOf(MECHANISM_CHOICE_FIELDS.approachIds)}` }));
  const [safeContext, , careerGuidance] = mechanism(1).approaches;
  await expect(page.getByRole('checkbox', { name: safeContext?.name, exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: careerGuidance?.name, exact: true }).focus();
  await page.keyboard.press('Space');
  await rationale(page, 0).focus();
  await page.keyboard.type('Veel laatstejaars twijfelen aan hun kansen.');

  // Unchoose mechanism 1: its answers go, mechanism 4 keeps its own (now first in the list).
  await chooseBox(page, 1).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: safeContext?.name, exact: true })).toHaveCount(0);
  await expect(approaches(page, 0).getByRole('checkbox', { name: firstApproach4?.name, exact: true })).toBeChecked();
  await expect(rationale(page, 0)).toHaveValue(/meelopen laat leerbedrijven/);
  // Choosing it again starts empty: no stale approaches or rationale.
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: safeContext?.name, exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: careerGuidance?.name, exact: true })).not.toBeChecked();
  await expect(rationale(page, 0)).toHaveValue('');
  await chooseBox(page, 1).focus();
  await page.keyboard.press('Space');

  await submit(page).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/samenwerking$/);

  // The draft holds exactly what is on screen: mechanism 4 with its approach and rationale, nothing of mechanism 1.
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('link', { name: 'Mechanismen' })).toHaveAccessibleDescription('Klaar');
  await page.getByRole('link', { name: 'Mechanismen' }).click();
  await expect(chooseBox(page, 4)).toBeChecked();
  await expect(chooseBox(page, 1)).not.toBeChecked();
  await expect(approaches(page, 0).getByRole('checkbox', { name: firstApproach4?.name, exact: true })).toBeChecked();
  await expect(rationale(page, 0)).toHaveValue(/meelopen laat leerbedrijven/);
  await expect(page.locator('#veld-chosen-1-approachIds')).toHaveCount(0);
});

test('with all seven mechanisms chosen, each approach explains itself behind "Meer over deze aanpak", opened with the keyboard', async ({ page }, testInfo) => {
  await seedDraft(page, {
    mechanisms: { chosen: scheme.mechanisms.map((m) => ({ mechanismId: m.id, approachIds: [m.approaches[0]!.id], rationale: 'Past bij onze studenten.' })) },
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/mechanismen');
  await expect(page.getByRole('checkbox', { name: /^Ik kies dit mechanisme/, checked: true })).toHaveCount(7);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const closed = await height();
  await page.screenshot({ path: testInfo.outputPath('mechanisms-7-desktop.png'), fullPage: true });
  // Every explanation open is the page as it was when they were hints under each approach.
  await page.locator('details.choice__more').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const open = await height();
  testInfo.annotations.push({ type: 'height', description: `Mechanismen with 7 chosen at 1280×720: ${closed} px closed, ${open} px with every explanation open` });
  expect(closed).toBeLessThan(open - 1000);
  await page.locator('details.choice__more').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = false)));
  await expectNoAxeViolations(page);

  // Keyboard only: the disclosure opens with Enter and shows the approach's explanation from the guidance.
  const first = mechanism(1).approaches[0]!;
  const description = (guidance.mechanisms as Record<string, { approaches: Record<string, { description: string }> }>)[mechanism(1).id]!.approaches[first.id]!.description;
  const more = page.locator('summary').filter({ hasText: `Meer over deze aanpak (${first.name})` });
  await expect(page.getByText(description)).toBeHidden();
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  await expect(page.getByText(description)).toBeVisible();
  await page.locator('.mechanism-card').first().screenshot({ path: testInfo.outputPath('mechanism-1-open.png') });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('mechanisms-7-phone.png'), fullPage: true });
  await expectNoAxeViolations(page);
});
