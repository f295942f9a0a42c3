import { expect, test, type Page } from '@playwright/test';
import { MONITORING_FIELDS } from '../schemas/fields/monitoring';
import { messageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en controleren' });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });

test('a project leader plans monitoring from empty, sees what is unknown about reporting, and moves on', async ({ page }) => {
  await page.goto('/#/monitoring');
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring en verantwoording' })).toBeVisible();

  // The reporting duties are unknown: the scheme's note says so and explains the Kaderregeling frame.
  const reporting = page.locator('.scheme-fact').filter({ hasText: 'Wanneer en hoe u verantwoordt' });
  await expect(reporting.getByText('Niet bekend', { exact: true })).toBeVisible();
  expect(scheme.reporting.status).toBe('unknown');
  await expect(reporting).toContainText('Controleer bij DUS-I');
  await expect(reporting).toContainText('activiteitenverslag de opbouw van het activiteitenplan');
  await page.getByText('Wat latere rondes van deze subsidie vroegen').click();
  await expect(page.getByText(/^In een latere ronde .* hoeveel gediplomeerden de nazorg gebruikten/)).toBeVisible();
  await expectNoAxeViolations(page);

  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Monitoring en verantwoording/);
  await expect(summary(page).getByRole('link')).toHaveText([
    messageOf(MONITORING_FIELDS.indicators),
    messageOf(MONITORING_FIELDS.registration),
    messageOf(MONITORING_FIELDS.comparison),
  ]);
  await expectNoAxeViolations(page);

  await summary(page).getByRole('link', { name: messageOf(MONITORING_FIELDS.registration) }).click();
  const registration = page.getByLabel('Hoe legt u deelname en resultaten vast?');
  await expect(registration).toBeFocused();
  await registration.fill('De coach legt deelname per activiteit vast in het studentvolgsysteem; uitstroom na 6 en 12 maanden in een aparte lijst.');
  await page.getByLabel('Met welke indicatoren meet u of de aanpak werkt?').fill(
    'Deelnemers per activiteit; aandeel gediplomeerden met werk of vervolgopleiding na 6 maanden; aantal warme overdrachten.',
  );
  await page.getByLabel('Hoe vergelijkt u het latere verslag met dit plan?').fill(
    'Elk half jaar legt de projectleider de cijfers naast de activiteiten van dit plan en noteert verschillen met een verklaring.',
  );
  await submit(page).click();
  await expect(page).toHaveURL(/#\/controleren$/);
});
