import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fillApplicant } from './steps';

async function fillInstitution(page: Page, name: string) {
  await page.goto('/#/aanvrager');
  await fillApplicant(page, { institutionName: name });
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(/^Opgeslagen om/);
}

async function openDraftsPage(page: Page) {
  await page.goto('/#/');
  await page.getByRole('link', { name: /Al uw concepten op dit apparaat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw concepten op dit apparaat' })).toBeFocused();
}

const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

test('several drafts on one device: create, rename, switch, copy, remove with undo', async ({ page }, testInfo) => {
  await fillInstitution(page, 'ROC Alfa');
  await openDraftsPage(page);
  const first = card(page, 'Naamloos concept Nu open');
  await expect(first).toContainText('Regeling: Extra begeleiding en nazorg mbo 2021/2022');
  await expect(first).toContainText(/Laatst gewijzigd: \d+ \w+ \d{4}, \d{2}:\d{2}/);
  await expect(first).toContainText('0 van 9 stappen klaar');
  await expectNoAxeViolations(page);

  await first.getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.getByLabel('Nieuwe naam voor ‘Naamloos concept’').fill('Aanvraag Alfa');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De naam is nu' })).toHaveText('De naam is nu ‘Aanvraag Alfa’.');

  await page.getByRole('button', { name: 'Nieuw concept beginnen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'nieuw, leeg concept' })).toBeVisible();
  await expect(card(page, 'Aanvraag Alfa')).toBeVisible();
  await fillInstitution(page, 'ROC Beta');

  await openDraftsPage(page);
  await card(page, 'Aanvraag Alfa').getByRole('button', { name: 'Openen ‘Aanvraag Alfa’' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is geopend' })).toHaveText('Het concept ‘Aanvraag Alfa’ is geopend.');
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Alfa');

  // Both drafts survive a reload, the open one still open.
  await page.reload();
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Alfa');
  await openDraftsPage(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Aanvraag Alfa Nu open', 'Naamloos concept', 'Wis alles op dit apparaat']);

  await card(page, 'Aanvraag Alfa Nu open').getByRole('button', { name: 'Kopie maken' }).click();
  await expect(card(page, 'Kopie van Aanvraag Alfa')).toBeVisible();
  await card(page, 'Kopie van Aanvraag Alfa').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toContainText('Het concept ‘Kopie van Aanvraag Alfa’ is verwijderd.');
  await expect(card(page, 'Kopie van Aanvraag Alfa')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is teruggezet' })).toHaveText('Het concept ‘Kopie van Aanvraag Alfa’ is teruggezet.');
  await expect(card(page, 'Kopie van Aanvraag Alfa')).toBeVisible();

  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`concepten-${name}.png`), fullPage: true });
  }
});

test('"Wis alles op dit apparaat" asks first in the page (no browser dialog), then leaves an empty app', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await fillInstitution(page, 'ROC Alfa');
  await openDraftsPage(page);
  await page.getByRole('button', { name: 'Nieuw concept beginnen' }).click();
  await expect(card(page, 'Naamloos concept')).toHaveCount(2);

  await page.getByRole('button', { name: 'Wis alles op dit apparaat' }).click();
  const areYouSure = page.getByRole('alert').filter({ hasText: 'Weet u het zeker?' });
  await expect(areYouSure).toBeFocused();
  await expect(areYouSure).toContainText('Alle 2 concepten en alle versies in deze browser worden gewist.');
  await expectNoAxeViolations(page);
  await areYouSure.getByRole('button', { name: 'Niet wissen' }).click();
  await expect(areYouSure).toHaveCount(0);
  await expect(card(page, 'Naamloos concept')).toHaveCount(2);

  await page.getByRole('button', { name: 'Wis alles op dit apparaat' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'automatisch opgeslagen' })).toBeVisible();
  // Nothing of the user's is left; the fresh page only marks itself as the tab that writes (a random token).
  // The fresh tab writes its token once it holds the lock, which a busy machine may do a moment later.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('aanvraagwijzer:')))).toEqual(['aanvraagwijzer:draft:owner']);
  expect(await page.evaluate(() => localStorage.getItem('aanvraagwijzer:draft:owner'))).toMatch(/^[A-Za-z0-9_-]{16}$/);
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('');
});

test('versions: save one, compare it answer by answer, go back to it; compare two files', async ({ page }, testInfo) => {
  await fillInstitution(page, 'ROC Alfa');
  await fillApplicant(page, { brin: '25LX' });
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Versies van dit concept bewaren en vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versies van dit concept' })).toBeFocused();
  await expect(page.getByText('Er zijn nog geen versies van dit concept bewaard.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de versie').fill('versie naar adviseur, 3 feb');
  await page.getByRole('button', { name: 'Versie bewaren' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'versie naar adviseur, 3 feb' })).toBeVisible();

  await fillInstitution(page, 'ROC Alfa Beta');
  await page.goto('/#/versies');
  await page.getByRole('button', { name: 'Vergelijken met nu ‘versie naar adviseur, 3 feb’' }).click();
  const table = page.getByRole('table');
  await expect(page.getByRole('heading', { name: 'Verschillen tussen ‘versie naar adviseur, 3 feb’ en ‘nu’' })).toBeFocused();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Naam van de instelling/ })).toContainText(/ROC Alfa\s*ROC Alfa Beta/);
  await expectNoAxeViolations(page);
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`versies-${name}.png`), fullPage: true });
  }

  // Going back needs no "are you sure": it can be undone.
  const restore = page.getByRole('button', { name: 'Terugzetten ‘versie naar adviseur, 3 feb’' });
  await restore.click();
  await expect(page.getByRole('status').filter({ hasText: 'teruggezet' })).toContainText('Het concept is teruggezet naar ‘versie naar adviseur, 3 feb’.');
  await expect(page.getByRole('heading', { level: 3, name: /^Automatisch bewaard vóór het terugzetten/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ongedaan gemaakt' })).toHaveText('Het terugzetten is ongedaan gemaakt. Het concept is weer zoals het was.');
  await expect(page.getByRole('heading', { level: 3, name: /^Automatisch bewaard vóór het terugzetten/ })).toHaveCount(0);
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Alfa Beta');
  await page.goto('/#/versies');
  await restore.click();
  await expect(page.getByRole('status').filter({ hasText: 'teruggezet' })).toContainText('Het concept is teruggezet naar ‘versie naar adviseur, 3 feb’.');
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Alfa');

  await page.goto('/#/versies');
  const draft = (name: string) =>
    Buffer.from(JSON.stringify({ format: 'aanvraagwijzer-draft', version: 1, schemeId: 'ebn-mbo-2021-2022', createdAt: '2026-02-03T10:00:00Z', updatedAt: '2026-02-03T10:00:00Z', answers: { applicant: { institutionName: name } } }));
  await page.getByLabel('Eerste bestand').setInputFiles({ name: 'mijn-concept.json', mimeType: 'application/json', buffer: draft('ROC Een') });
  await page.getByLabel('Tweede bestand').setInputFiles({ name: 'van-adviseur.json', mimeType: 'application/json', buffer: draft('ROC Twee') });
  await page.getByRole('button', { name: 'Bestanden vergelijken' }).click();
  await expect(page.getByRole('heading', { name: 'Verschillen tussen ‘mijn-concept.json’ en ‘van-adviseur.json’' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row', { name: /Naam van de instelling/ })).toContainText(/ROC Een\s*ROC Twee/);

  await page.getByLabel('Tweede bestand').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.getByRole('button', { name: 'Bestanden vergelijken' }).click();
  await expect(page.getByRole('alert')).toContainText('kapot.json: Dit bestand is geen concept van de Aanvraagwijzer');
});
