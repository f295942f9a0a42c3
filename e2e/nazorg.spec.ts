import { expect, test, type Page } from '@playwright/test';
import { NAZORG_FIELDS } from '../schemas/fields/nazorg';
import { messageOf } from './fieldMessages';
import { expectNoAxeViolations } from './axe';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });

test('a project leader describes nazorg from empty, fixes the errors and moves on', async ({ page }) => {
  await page.goto('/#/nazorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Nazorg' })).toBeVisible();
  // Practice examples from the scheme data, and the later rounds' rules labelled as such.
  await page.getByText('Uit de praktijk: INTOWork (Almere)').click();
  await expect(page.getByText(/twee jaar coaching/)).toBeVisible();
  await page.getByText('Wat latere rondes van deze subsidie vroegen').click();
  await expect(page.getByText(/^In latere rondes .* persoonlijk en direct contact/)).toBeVisible();
  await expect(page.getByText(/Voor de ronde 2021\/2022 zijn dit geen bekende regels/)).toBeVisible();
  await expectNoAxeViolations(page);

  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Nazorg/);
  await expect(summary(page).getByRole('link')).toHaveText([
    messageOf(NAZORG_FIELDS.contactMethod),
    messageOf(NAZORG_FIELDS.duration),
    messageOf(NAZORG_FIELDS.handover),
    messageOf(NAZORG_FIELDS.expectedUsers),
  ]);
  await expectNoAxeViolations(page);

  const users = page.getByLabel('Hoeveel gediplomeerden gebruiken naar verwachting de nazorg?');
  await summary(page).getByRole('link', { name: messageOf(NAZORG_FIELDS.expectedUsers) }).click();
  await expect(users).toBeFocused();
  await expect(users).toHaveAccessibleDescription(new RegExp(messageOf(NAZORG_FIELDS.expectedUsers)));

  await page.getByLabel('Hoe houdt u persoonlijk en direct contact met de gediplomeerden?').fill(
    'Elke gediplomeerde houdt de eigen loopbaancoach als vast aanspreekpunt. De coach belt maandelijks en spreekt af op school of bij het bedrijf.',
  );
  await page.getByLabel('Hoe lang duurt de nazorg?').fill('12 maanden na het diploma');
  await page.getByLabel('Hoe draagt u gediplomeerden warm over aan gemeente of UWV?').fill(
    'De coach plant een driegesprek met de jongere en de consulent van de gemeente of UWV.',
  );
  await users.fill('ongeveer 60');
  await submit(page).click();
  // Not "Vul … in" (it is filled in) but how to write it.
  await expect(summary(page).getByRole('link')).toHaveText([messageOf(NAZORG_FIELDS.expectedUsers, 'invalid')]);
  await expect(users).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await users.fill('60');
  await submit(page).click();
  await expect(page).toHaveURL(/#\/begroting$/);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('link', { name: 'Nazorg' })).toHaveAccessibleDescription('Klaar');
});
