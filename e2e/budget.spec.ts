import { expect, test, type Page } from '@playwright/test';
import { MESSAGES } from '../schemas/messages';
import { BUDGET_FIELDS } from '../schemas/fields/budget';
import { messageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { seedDraft } from './seedDraft';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const cofinancing = (page: Page) => page.getByRole('group', { name: /cofinanciering/ });

test('the budget form: errors, the unknown facts, and co-financing that is dropped on "nee"', async ({ page }) => {
  await page.goto('/#/begroting');
  await expect(page.getByRole('heading', { level: 1, name: 'Begroting' })).toBeVisible();
  await expect(page.getByText('U heeft nog geen activiteiten.')).toBeVisible();

  // The maximum, the eligible costs and the co-financing rules are unknown: said so, nothing invented.
  const facts = page.locator('.scheme-fact');
  await expect(facts).toHaveCount(3);
  for (const [label, fact] of [
    ['Maximumbedrag per instelling', scheme.maxSubsidyPerInstitution],
    ['Welke kosten meetellen', scheme.eligibleCosts],
    ['Cofinanciering', scheme.cofinancing],
  ] as const) {
    expect(fact.status).toBe('unknown');
    const row = facts.filter({ hasText: label });
    await expect(row.getByText('Niet bekend', { exact: true })).toBeVisible();
    await expect(row).toContainText('Controleer bij DUS-I');
  }
  // No maximum is made up next to the amount either.
  await expect(page.getByLabel('Gevraagde subsidie')).toHaveAccessibleDescription(/^Het bedrag dat u bij DUS-I aanvraagt/);
  await expect(page.getByLabel('Gevraagde subsidie')).not.toHaveAccessibleDescription(/maxim/i);
  await expectNoAxeViolations(page);

  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Begroting/);
  await expect(summary(page).getByRole('link')).toHaveText([messageOf(BUDGET_FIELDS.requestedAmount), messageOf(BUDGET_FIELDS.hasCofinancing)]);
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: messageOf(BUDGET_FIELDS.hasCofinancing) }).click();
  await expect(cofinancing(page).getByRole('radio', { name: 'Ja' })).toBeFocused();
  await summary(page).getByRole('link', { name: messageOf(BUDGET_FIELDS.requestedAmount) }).click();
  await expect(page.getByLabel('Gevraagde subsidie')).toBeFocused();
  // Something that is no amount gets the format message, not "Vul … in" (#14.4).
  await page.getByLabel('Gevraagde subsidie').fill('veel geld');
  await submit(page).click();
  await expect(summary(page).getByRole('link')).toHaveText([MESSAGES.euro, messageOf(BUDGET_FIELDS.hasCofinancing)]);

  // An amount as people type it is read: "EUR 45.000,-" (#14.4). "Ja" reveals the amount and who pays; both are required then.
  await page.getByLabel('Gevraagde subsidie').fill('EUR 45.000,-');
  await cofinancing(page).getByRole('radio', { name: 'Ja' }).check();
  await submit(page).click();
  await expect(summary(page).getByRole('link')).toHaveText([messageOf(BUDGET_FIELDS.cofinancingAmount), messageOf(BUDGET_FIELDS.cofinancingSource)]);
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: messageOf(BUDGET_FIELDS.cofinancingAmount) }).click();
  await expect(page.getByLabel('Bedrag van de cofinanciering')).toBeFocused();
  await page.getByLabel('Bedrag van de cofinanciering').fill('5.000');
  await page.getByLabel('Wie betaalt de cofinanciering?').fill('De instelling, uit eigen middelen');

  // "Nee" hides them and says they are no longer part of the application.
  await cofinancing(page).getByRole('radio', { name: 'Nee' }).check();
  await expect(page.getByLabel('Bedrag van de cofinanciering')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'U koos ‘nee’' })).toContainText('(€ 5.000)');
  await expectNoAxeViolations(page);
  await submit(page).click();
  await expect(page).toHaveURL(/#\/monitoring$/);

  // Back on the step, rebuilt from the draft: the hidden answers are gone, not kept.
  await page.getByRole('link', { name: 'Vorige stap' }).click();
  await expect(page).toHaveURL(/#\/begroting$/);
  await expect(page.getByLabel('Gevraagde subsidie')).toHaveValue('EUR 45.000,-');
  await expect(cofinancing(page).getByRole('radio', { name: 'Nee' })).toBeChecked();
  await cofinancing(page).getByRole('radio', { name: 'Ja' }).check();
  await expect(page.getByLabel('Bedrag van de cofinanciering')).toHaveValue('');
  await expect(page.getByLabel('Wie betaalt de cofinanciering?')).toHaveValue('');
});

test('the budget overview: cost lines per activity, totals, an unreadable amount, and the budget that must add up', async ({ page }) => {
  await seedDraft(page, {
    targetGroups: { a: { expectedCount: '120' }, b: { expectedCount: '80' } },
    activities: [
      {
        id: 'proefstage',
        title: 'Proefstages bij leerbedrijven',
        targetGroupIds: ['a'],
        costLines: [
          { id: 'l1', category: 'staff', description: 'Stagecoördinator, 200 uur', amount: '12.000' },
          { id: 'l2', category: 'material', description: 'Werkboeken', amount: '1.250,50' },
        ],
      },
      {
        id: 'netwerk',
        title: 'Netwerkbijeenkomst met werkgevers',
        targetGroupIds: ['a', 'b'],
        costLines: [
          { id: 'l3', category: 'third-party', description: 'Gespreksleider', amount: '2.000' },
          { id: 'l4', category: 'other', description: 'Zaalhuur', amount: 'ongeveer 500' },
        ],
      },
      {
        id: 'nazorgcoach',
        title: 'Nazorgcoach',
        targetGroupIds: ['b'],
        costLines: [{ id: 'l5', category: 'staff', description: 'Nazorgcoach, 0,2 fte', amount: '8.000' }],
      },
    ],
    budget: { requestedAmount: '20.000', hasCofinancing: 'yes', cofinancingAmount: '2.000', cofinancingSource: 'Eigen middelen' },
  });
  await page.goto('/#/begroting');
  await expect(page.getByRole('heading', { level: 1, name: 'Begroting' })).toBeVisible();

  // Per activity: a table with its cost lines and total, and a link to where the lines are edited.
  const first = page.getByRole('table', { name: 'Kosten van Activiteit 1: Proefstages bij leerbedrijven' });
  await expect(first.getByRole('columnheader')).toHaveText(['Soort kosten', 'Omschrijving', 'Bedrag']);
  await expect(first.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Personeel', 'Stagecoördinator, 200 uur', '€ 12.000,00']);
  await expect(first.getByRole('row').last()).toContainText('Totaal€ 13.250,50');
  await expect(page.getByRole('link', { name: 'Kosten wijzigen van Activiteit 1: Proefstages bij leerbedrijven' })).toHaveAttribute(
    'href',
    '#/activiteiten/proefstage?terug=begroting',
  );
  // Its page says where saving leads: back to Begroting (#14.4).
  await page.getByRole('link', { name: 'Kosten wijzigen van Activiteit 1: Proefstages bij leerbedrijven' }).click();
  await expect(page.getByRole('button', { name: 'Opslaan en terug naar Begroting' })).toBeVisible();
  await page.goBack();

  // The amount that cannot be read is pointed out, linked to its activity, and left out of the totals.
  const unreadable = page.locator('.notice--warning').filter({ hasText: '1 bedrag kan niet worden gelezen' });
  await expect(unreadable.getByRole('link', { name: 'Activiteit 2: Netwerkbijeenkomst met werkgevers: ‘ongeveer 500’' })).toHaveAttribute(
    'href',
    '#/activiteiten/netwerk?terug=begroting',
  );
  const second = page.getByRole('table', { name: 'Kosten van Activiteit 2: Netwerkbijeenkomst met werkgevers' });
  await expect(second.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Overig', 'Zaalhuur', 'Niet te lezen: ‘ongeveer 500’']);
  await expect(second.getByRole('row').last()).toContainText('€ 2.000,00');

  await expect(page.getByText('Totale kosten van de activiteiten:')).toContainText('€ 23.250,50');
  const byCategory = page.getByRole('table', { name: 'Kosten per soort' });
  await expect(byCategory.getByRole('rowheader')).toHaveText(['Personeel', 'Inhuur derden', 'Materiaal', 'Overig', 'Totaal']);
  await expect(byCategory.getByRole('cell')).toHaveText(['€ 20.000,00', '€ 2.000,00', '€ 1.250,50', '€ 0,00', '€ 23.250,50']);
  const byGroup = page.getByRole('table', { name: 'Kosten per doelgroep' });
  await expect(byGroup.getByRole('columnheader')).toHaveText(['Doelgroep', 'Kosten', 'Per deelnemer']);
  await expect(byGroup.getByRole('rowheader')).toHaveText(['a: Extra begeleiding (120 deelnemers)', 'b: Nazorg (80 deelnemers)', 'Totaal (200 deelnemers)']);
  await expect(byGroup.getByRole('row').nth(1).getByRole('cell')).toHaveText(['€ 14.250,50', '€ 118,75']);
  await expect(byGroup.getByRole('row').nth(2).getByRole('cell')).toHaveText(['€ 9.000,00', '€ 112,50']);
  await expect(byGroup.getByRole('row').last().getByRole('cell')).toHaveText(['€ 23.250,50', '€ 116,25']);

  // The cross-step error shows both sums.
  const mismatch = page.locator('.budget-mismatch');
  await expect(mismatch).toContainText('De begroting klopt nog niet');
  await expect(mismatch.locator('dd')).toHaveText(['€ 23.250,50', '€ 20.000,00', '€ 2.000,00', '€ 22.000,00']);
  await expect(mismatch).toContainText('Subsidie plus cofinanciering is € 1.250,50 lager dan de kosten.');
  await expectNoAxeViolations(page);

  // "Nee" takes the co-financing out of the draft at once: the sums the check compares change with it.
  await page.getByRole('group', { name: /cofinanciering/ }).getByRole('radio', { name: 'Nee' }).check();
  await expect(mismatch.locator('dd')).toHaveText(['€ 23.250,50', '€ 20.000,00', '€ 0,00', '€ 20.000,00']);
  await expect(mismatch).toContainText('is € 3.250,50 lager');

  // Saving while it does not add up: the error summary says so and leads to the amount; the user stays here.
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/#\/begroting$/);
  await expect(page).toHaveTitle(/^Fout: Begroting/);
  await expect(summary.getByRole('link')).toHaveText([/^De kosten van de activiteiten zijn samen €\s23\.250,50/]);
  await expect(page.getByLabel('Gevraagde subsidie')).toHaveAccessibleDescription(/De kosten van de activiteiten zijn samen/);
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Gevraagde subsidie')).toBeFocused();

  await page.getByLabel('Gevraagde subsidie').fill('23.250,50');
  await expect(mismatch).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page).toHaveURL(/#\/monitoring$/);
});
