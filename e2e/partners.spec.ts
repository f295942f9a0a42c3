import { expect, test, type Page } from '@playwright/test';
import { PARTNERS, PARTNER_FIELDS } from '../schemas/fields/partners';
import { messageOf, minMessageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { fillPartner, partnerRegion, partnerTypeLabel } from './steps';
import { seedDraft } from './seedDraft';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const namedWarning = (id: string) => new RegExp(`De regeling noemt de ${scheme.partnerTypes.find((t) => t.id === id)?.label} als partner\\.`, 'i');

test('a project leader adds partners, fixes errors, removes one with undo, and moves on', async ({ page }) => {
  await page.goto('/#/samenwerking');
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeVisible();
  // Guidance from the scheme data: the partners the regulation names, and the pilot's lessons.
  await expect(page.locator('.lead')).toContainText('De regeling noemt de RMC-contactgemeente en de centrumgemeente van de arbeidsmarktregio');
  await page.getByText("Uit de praktijk: Pilot 'Soepele overgang naar werk'").click();
  await expect(page.getByText(/Werk regionaal samen over de grenzen van organisaties heen/)).toBeVisible();
  await expect(page.getByText('U heeft nog geen partners toegevoegd.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Empty: one error, linked to the add button.
  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Samenwerking/);
  await expect(summary(page).getByRole('link')).toHaveText([minMessageOf(PARTNERS)]);
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: minMessageOf(PARTNERS) }).click();
  await expect(page.getByRole('button', { name: 'Partner toevoegen' })).toBeFocused();

  // A new partner gets focus on its heading; submitting it empty lists its four fields, each linked.
  await page.keyboard.press('Enter');
  await expect(partnerRegion(page, 1).getByRole('heading', { name: 'Partner 1' })).toBeFocused();
  await submit(page).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([
    `Partner 1: ${messageOf(PARTNER_FIELDS.type)}`,
    `Partner 1: ${messageOf(PARTNER_FIELDS.name)}`,
    `Partner 1: ${messageOf(PARTNER_FIELDS.role)}`,
    `Partner 1: ${messageOf(PARTNER_FIELDS.agreements)}`,
  ]);
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: `Partner 1: ${messageOf(PARTNER_FIELDS.name)}` }).click();
  await expect(partnerRegion(page, 1).getByLabel('Naam van de partner')).toBeFocused();
  await summary(page).getByRole('link', { name: `Partner 1: ${messageOf(PARTNER_FIELDS.type)}` }).click();
  await expect(partnerRegion(page, 1).getByRole('radio').first()).toBeFocused();

  await fillPartner(page, 1, {
    type: 'uwv',
    name: 'UWV Midden-Utrecht',
    role: 'Neemt gediplomeerden zonder werk over en geeft informatie over de regionale arbeidsmarkt.',
    agreements: 'Elke maand overleg met de nazorgcoach; warme overdracht met een driegesprek.',
  });
  // The chosen type explains itself.
  await expect(partnerRegion(page, 1).getByText(/Voor doorverwijzing en warme overdracht/)).toBeVisible();
  // A calm warning: the partners the regulation names are still missing.
  const warning = page.locator('.notice--warning');
  await expect(warning).toContainText(namedWarning('rmc-contactgemeente'));
  await expect(warning).toContainText(namedWarning('centrumgemeente'));
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Nog een partner toevoegen' }).click();
  await expect(partnerRegion(page, 2).getByRole('heading')).toBeFocused();
  await fillPartner(page, 2, {
    type: 'rmc-contactgemeente',
    name: 'Gemeente Utrecht',
    role: 'Coördineert de RMC-regio en verwijst jongeren door.',
    agreements: 'Samenwerkingsovereenkomst; kwartaaloverleg.',
  });
  await page.getByRole('button', { name: 'Nog een partner toevoegen' }).click();
  await fillPartner(page, 3, {
    type: 'centrumgemeente',
    name: 'Gemeente Amersfoort',
    role: 'Trekt de arbeidsmarktregio.',
    agreements: 'Deelname aan het regionale netwerk.',
  });
  await expect(warning).toHaveCount(0);
  await expect(partnerRegion(page, 3).getByRole('heading')).toHaveText('Partner 3: Gemeente Amersfoort');

  // Remove partner 1: a confirmation says what was removed and offers undo.
  await page.getByRole('button', { name: 'Verwijder partner 1 (UWV Midden-Utrecht)' }).click();
  const removed = page.locator('.notice--success').filter({ hasText: 'is verwijderd' });
  await expect(removed).toBeFocused();
  await expect(removed).toContainText('Partner ‘UWV Midden-Utrecht’ is verwijderd.');
  await expect(partnerRegion(page, 1).getByRole('heading')).toHaveText('Partner 1: Gemeente Utrecht');
  await expect(page.getByRole('region', { name: /^Partner \d/ })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await removed.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(partnerRegion(page, 1).getByRole('heading')).toHaveText('Partner 1: UWV Midden-Utrecht');
  await expect(partnerRegion(page, 1).getByRole('heading')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'staat er weer' })).toHaveText('Partner ‘UWV Midden-Utrecht’ staat er weer.');
  await expect(partnerRegion(page, 1).getByLabel('Rol van deze partner')).toHaveValue(/Neemt gediplomeerden zonder werk over/);
  await expect(page.getByRole('region', { name: /^Partner \d/ })).toHaveCount(3);

  // Remove the centrumgemeente for good: the warning about it comes back.
  await page.getByRole('button', { name: 'Verwijder partner 3 (Gemeente Amersfoort)' }).click();
  await expect(warning).toContainText(namedWarning('centrumgemeente'));
  await expect(warning).not.toContainText(namedWarning('rmc-contactgemeente'));

  await submit(page).click();
  await expect(page).toHaveURL(/#\/activiteiten$/);

  // The draft holds exactly the two partners: coming back, the page rebuilds them from it.
  await page.getByRole('link', { name: 'Vorige stap' }).click();
  await expect(page).toHaveURL(/#\/samenwerking$/);
  await expect(page.getByRole('region', { name: /^Partner \d/ }).getByRole('heading')).toHaveText([
    'Partner 1: UWV Midden-Utrecht',
    'Partner 2: Gemeente Utrecht',
  ]);
  await expect(partnerRegion(page, 2).getByRole('radio', { name: partnerTypeLabel('rmc-contactgemeente') })).toBeChecked();
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('link', { name: 'Samenwerking' })).toHaveAccessibleDescription('Klaar');
});

test('undo also gives back the partner’s place in the activities', async ({ page }) => {
  await seedDraft(page, {
    partners: [
      { id: 'uwv', type: 'uwv', name: 'UWV Midden-Utrecht', role: 'Doorverwijzen', agreements: 'Maandelijks overleg' },
      { id: 'rmc', type: 'rmc-contactgemeente', name: 'Gemeente Utrecht', role: 'RMC-coördinatie', agreements: 'Kwartaaloverleg' },
    ],
    activities: [
      { id: 'overdracht', title: 'Warme overdracht', partnerIds: ['uwv', 'rmc'] },
      { id: 'netwerk', title: 'Netwerkbijeenkomst', partnerIds: ['uwv'] },
    ],
  });
  await page.goto('/#/samenwerking');
  const removeUwv = page.getByRole('button', { name: 'Verwijder partner 1 (UWV Midden-Utrecht)' });
  const removed = page.locator('.notice--success').filter({ hasText: 'is verwijderd' });

  await removeUwv.click();
  await expect(removed).toContainText('Deze partner stond bij 2 activiteiten. Die koppelingen zijn ook weg.');
  await removed.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(partnerRegion(page, 1).getByRole('heading')).toHaveText('Partner 1: UWV Midden-Utrecht');

  // Removing it again finds both links: undo restored them in the draft, not only the partner.
  await removeUwv.click();
  await expect(removed).toContainText('Deze partner stond bij 2 activiteiten.');
  await removed.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByRole('button', { name: 'Verwijder partner 2 (Gemeente Utrecht)' }).click();
  await expect(removed).toContainText('Deze partner stond bij 1 activiteit. Die koppeling is ook weg.');
});
