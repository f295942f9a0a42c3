import { expect, test } from '@playwright/test';
import { LIMITS } from '../schemas/limits';
import { MESSAGES } from '../schemas/messages';
import { expectNoAxeViolations } from './axe';
import { press } from './keyboard';

test('a text near its limit counts down, a longer paste is kept whole and refused with its own message — keyboard only', async ({ page }, testInfo) => {
  await page.goto('/#/aanvrager');
  const name = page.getByLabel('Naam van de instelling');
  const count = page.locator('#veld-institutionName-count');
  const live = page.locator('.field', { has: name }).locator('[aria-live="polite"]');

  // A short answer is not counted.
  await name.fill('ROC Rijnstad');
  await expect(count).toHaveCount(0);

  // Near the limit the count shows, is part of the field's description, and is read out once the typing pauses.
  await name.fill('x'.repeat(LIMITS.shortText - 12));
  await name.press('End');
  await page.keyboard.type('xx');
  await expect(count).toHaveText('U heeft nog 10 tekens over');
  await expect(name).toHaveAccessibleDescription(/U heeft nog 10 tekens over/);
  await expect(live).toHaveText('U heeft nog 10 tekens over');

  // A paste longer than the limit is not cut off: every character stays, the count says how many too many.
  const pasted = `${'Stichting Regionaal Opleidingscentrum Rijnstad en omstreken '.repeat(6)}`.slice(0, LIMITS.shortText + 25);
  await name.fill(pasted);
  await expect(name).toHaveValue(pasted);
  await expect(count).toHaveText('U heeft 25 tekens te veel');
  await expect(count).toHaveClass(/character-count--over/);
  await expect(live).toHaveText('U heeft 25 tekens te veel');
  await expectNoAxeViolations(page);
  // The draft keeps it whole: after a reload (the draft is written on pagehide) it is still there, still counted.
  await page.reload();
  await expect(name).toHaveValue(pasted);
  await expect(count).toHaveText('U heeft 25 tekens te veel');
  await page.locator('.field', { has: name }).screenshot({ path: testInfo.outputPath('character-count-over.png') });

  // "Opslaan en verder": its own message, not "Vul … in"; the link leads back to the text.
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeFocused();
  const tooLong = MESSAGES.tooLong(LIMITS.shortText);
  await expect(summary.getByRole('link', { name: tooLong })).toBeVisible();
  await expect(name).toHaveAccessibleDescription(new RegExp(tooLong));
  await press(page, summary.getByRole('link', { name: tooLong }));
  await expect(name).toBeFocused();

  // Shortened with the keyboard: the count follows, the error goes on the next try.
  await page.keyboard.press('End');
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('Backspace');
  await expect(count).toHaveText('U heeft nog 5 tekens over');
  await expect(name).toHaveValue(pasted.slice(0, LIMITS.shortText - 5));
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));
  await expect(summary.getByRole('link', { name: tooLong })).toHaveCount(0);
});
