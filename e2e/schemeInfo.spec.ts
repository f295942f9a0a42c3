import { expect, test } from '@playwright/test';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';

test('the scheme in brief: known facts with their source, unknown ones marked as unknown, from the scheme data', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: /Wat is er bekend over de regeling/ }).click();
  await expect(page).toHaveURL(/#\/regeling$/);
  await expect(page.getByRole('heading', { level: 1, name: 'De regeling in het kort' })).toBeFocused();
  await expect(page).toHaveTitle(/^De regeling in het kort/);

  const fact = (label: string) => page.locator('.scheme-fact').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}`) }) });
  await expect(fact('Naam')).toContainText(scheme.name);
  await expect(fact('Vindplaats')).toContainText('Stcrt. 2021, 2100');
  await expect(fact('Aanvragen')).toContainText('22 januari 2021 tot en met 22 februari 2021');
  await expect(fact('Stand van deze ronde')).toHaveText(/Gesloten: aanvragen kon tot en met 22 februari 2021/);
  await expect(fact('Totaal budget van de regeling')).toContainText('€ 24.500.000,00');
  await expect(fact('Leeftijd')).toContainText('jonger dan 27 jaar');
  await expect(page.getByText('Om in aanmerking te komen, moet uw aanvraag beide doelgroepen steunen.')).toBeVisible();

  // What the public sources do not say is shown as unknown, with the scheme's own note — never a made-up value.
  for (const [label, note] of [
    ['Maximaal bedrag per instelling', scheme.maxSubsidyPerInstitution],
    ['Begin van de activiteitenperiode', scheme.activityPeriod.start],
    ['Einde van de activiteitenperiode', scheme.activityPeriod.end],
    ['Peildatum voor de leeftijd', scheme.ageLimit.referenceDate],
    ['Kosten die meetellen', scheme.eligibleCosts],
    ['Cofinanciering', scheme.cofinancing],
  ] as const) {
    expect(note.status).toBe('unknown');
    await expect(fact(label).locator('dt')).toContainText('Niet bekend');
    await expect(fact(label).locator('dd')).toHaveText((note as { note: string }).note);
  }
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
});
