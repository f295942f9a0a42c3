import { expect, test, type Page } from '@playwright/test';
import { PARTNERS, PARTNER_FIELDS } from '../schemas/fields/partners';
import { messageOf, minMessageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { press, tabTo } from './keyboard';
import { addPartner, fillPartner, partnerCard, partnerTypeLabel } from './steps';
import { seedDraft } from './seedDraft';
import type { Answers } from '../schemas/draft';
import complete from '../public/examples/volledig.json' with { type: 'json' };

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const save = (page: Page) => page.getByRole('button', { name: 'Opslaan', exact: true });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const namedWarning = (id: string) => `U heeft nog geen partner van het soort ‘${scheme.partnerTypes.find((t) => t.id === id)?.label}’.`;

const uwv = {
  type: 'uwv',
  name: 'UWV Midden-Utrecht',
  role: 'Neemt gediplomeerden zonder werk over en geeft informatie over de regionale arbeidsmarkt.',
  agreements: 'Elke maand overleg met de nazorgcoach; warme overdracht met een driegesprek.',
};

test('a project leader adds partners on pages of their own, fixes errors, removes one with undo, and moves on — keyboard only', async ({ page }, testInfo) => {
  await page.goto('/#/samenwerking');
  await expect(h1(page, 'Samenwerking')).toBeVisible();
  // Guidance from the scheme data: the partners the regulation names, and the pilot's lessons.
  await expect(page.locator('.lead')).toContainText('De regeling noemt de RMC-contactgemeente en de centrumgemeente van de arbeidsmarktregio');
  await press(page, page.getByText("Uit de praktijk: Pilot 'Soepele overgang naar werk'"));
  await expect(page.getByText(/Werk regionaal samen over de grenzen van organisaties heen/)).toBeVisible();
  await expect(page.getByText('U heeft nog geen partners toegevoegd.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Empty: one error, linked to the add button.
  await press(page, submit(page));
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Samenwerking/);
  await expect(summary(page).getByRole('link')).toHaveText([minMessageOf(PARTNERS)]);
  await expectNoAxeViolations(page);
  await press(page, summary(page).getByRole('link', { name: minMessageOf(PARTNERS) }));
  await expect(page.getByRole('button', { name: 'Partner toevoegen' })).toBeFocused();

  // A new partner opens on a page of its own; saving it empty lists its four fields in page order, each linked.
  await page.keyboard.press('Enter');
  await expect(h1(page, 'Nieuwe partner')).toBeFocused();
  await expect(page).toHaveURL(/#\/samenwerking\/[A-Za-z0-9_-]+$/);
  await press(page, save(page));
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([
    messageOf(PARTNER_FIELDS.type),
    messageOf(PARTNER_FIELDS.name),
    messageOf(PARTNER_FIELDS.role),
    messageOf(PARTNER_FIELDS.agreements),
  ]);
  await expectNoAxeViolations(page);
  await press(page, summary(page).getByRole('link', { name: messageOf(PARTNER_FIELDS.name) }));
  await expect(page.getByLabel('Naam van de partner')).toBeFocused();
  await press(page, summary(page).getByRole('link', { name: messageOf(PARTNER_FIELDS.type) }));
  await expect(page.getByRole('radio').first()).toBeFocused();

  await fillPartner(page, uwv);
  // The chosen type explains itself.
  await expect(page.getByText(/Voor doorverwijzing en warme overdracht/)).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`partner-page-${name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await press(page, save(page));

  // Back on the list: the partner as a card. A calm warning: the partners the regulation names are still missing.
  await expect(h1(page, 'Samenwerking')).toBeFocused();
  const card = partnerCard(page, uwv.name);
  await expect(card).toContainText('UWV');
  await expect(card).toContainText('Klaar');
  await expect(card).toContainText('Nog bij geen activiteit');
  const warning = page.locator('.notice--warning');
  await expect(warning).toContainText(namedWarning('rmc-contactgemeente'));
  await expect(warning).toContainText(namedWarning('centrumgemeente'));
  await expectNoAxeViolations(page);

  await addPartner(page, {
    type: 'rmc-contactgemeente',
    name: 'Gemeente Utrecht',
    role: 'Coördineert de RMC-regio en verwijst jongeren door.',
    agreements: 'Samenwerkingsovereenkomst; kwartaaloverleg.',
  });
  await addPartner(page, { type: 'centrumgemeente', name: 'Gemeente Amersfoort', role: 'Trekt de arbeidsmarktregio.', agreements: 'Deelname aan het regionale netwerk.' });
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^\d+\. / })).toHaveCount(3);

  // "Wijzigen" opens the partner's page with its answers; the page is titled by its name.
  await press(page, partnerCard(page, 'Gemeente Utrecht').getByRole('link', { name: 'Wijzigen partner ‘Gemeente Utrecht’' }));
  await expect(h1(page, 'Gemeente Utrecht')).toBeFocused();
  await expect(page.getByRole('radio', { name: partnerTypeLabel('rmc-contactgemeente') })).toBeChecked();
  await page.getByLabel('Naam van de partner').fill('Gemeente Utrecht (RMC)');
  await press(page, save(page));
  await expect(partnerCard(page, 'Gemeente Utrecht (RMC)')).toContainText('RMC-contactgemeente');
  await press(page, partnerCard(page, 'Gemeente Utrecht (RMC)').getByRole('link', { name: /^Wijzigen/ }));
  await expect(h1(page, 'Gemeente Utrecht (RMC)')).toBeFocused();
  await page.getByLabel('Naam van de partner').fill('Gemeente Utrecht');
  await press(page, save(page));

  // Remove the first partner: a confirmation says what was removed and offers undo.
  await press(page, card.getByRole('button', { name: `Verwijderen partner ‘${uwv.name}’` }));
  const notice = page.locator('.undo-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(`De partner ‘${uwv.name}’ is verwijderd.`);
  await expect(page.getByRole('region', { name: /^\d+\. / })).toHaveCount(2);
  await expect(page.getByRole('region', { name: /^1\. / })).toHaveAccessibleName('1. Gemeente Utrecht');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice).toBeFocused();
  await expect(notice).toHaveText(`De partner ‘${uwv.name}’ staat weer in de lijst.`);
  await expect(page.getByRole('region', { name: /^1\. / })).toHaveAccessibleName(`1. ${uwv.name}`);
  await expect(page.getByRole('region', { name: /^\d+\. / })).toHaveCount(3);

  // Remove the centrumgemeente for good: the warning about it comes back.
  await press(page, partnerCard(page, 'Gemeente Amersfoort').getByRole('button', { name: /^Verwijderen/ }));
  await expect(warning).toContainText(namedWarning('centrumgemeente'));
  await expect(warning).not.toContainText(namedWarning('rmc-contactgemeente'));

  await tabTo(page, submit(page));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/activiteiten$/);
  // While the lazy page loads, the page the user came from stays (a transition), with its own 'Vorige stap'.
  await expect(h1(page, 'Activiteiten')).toBeVisible();

  // The draft holds exactly the two partners: coming back, the page shows them from it.
  await press(page, page.getByRole('link', { name: 'Vorige stap' }));
  await expect(page).toHaveURL(/#\/samenwerking$/);
  await expect(page.getByRole('region', { name: /^\d+\. / }).getByRole('heading')).toHaveText([`1. ${uwv.name}`, '2. Gemeente Utrecht']);
  await press(page, page.getByRole('link', { name: 'Terug naar het overzicht' }));
  await expect(page.getByRole('link', { name: 'Samenwerking' })).toHaveAccessibleDescription('Klaar');
});

test('undo also gives back the partner’s place in the activities; the activities show their partners', async ({ page }) => {
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
  await expect(partnerCard(page, 'UWV Midden-Utrecht')).toContainText('Bij 2 activiteiten');
  const removeUwv = page.getByRole('button', { name: 'Verwijderen partner ‘UWV Midden-Utrecht’' });
  const notice = page.locator('.undo-notice');

  await press(page, removeUwv);
  await expect(notice).toContainText('Deze partner stond bij 2 activiteiten. Die koppelingen zijn ook weg.');
  await press(page, notice.getByRole('button', { name: /^Ongedaan maken/ }));
  await expect(partnerCard(page, 'UWV Midden-Utrecht')).toContainText('Bij 2 activiteiten');

  // Removing it again finds both links: undo restored them in the draft, not only the partner.
  await press(page, removeUwv);
  await expect(notice).toContainText('Deze partner stond bij 2 activiteiten.');
  await press(page, notice.getByRole('button', { name: /^Ongedaan maken/ }));
  await press(page, page.getByRole('button', { name: 'Verwijderen partner ‘Gemeente Utrecht’' }));
  await expect(notice).toContainText('Deze partner stond bij 1 activiteit. Die koppeling is ook weg.');

  // The activity cards say which partners take part; with none named anywhere, a notice says so.
  await page.goto('/#/activiteiten');
  await expect(page.getByRole('region', { name: '1. Warme overdracht' })).toContainText('UWV Midden-Utrecht');
  await expect(page.getByText(/Geen activiteit noemt een partner/)).toHaveCount(0);
  await page.goto('/#/samenwerking');
  await press(page, removeUwv);
  await page.goto('/#/activiteiten');
  await expect(page.getByRole('region', { name: '1. Warme overdracht' })).toContainText(/PartnersGeen/);
  await expect(page.getByText('Geen activiteit noemt een partner. Voeg uw partners toe bij Samenwerking en vink ze aan bij de activiteiten.')).toBeVisible();
});

test('Samenwerking with the nine partners of the full example stays shorter than three screens on a desktop', async ({ page }, testInfo) => {
  await seedDraft(page, complete.answers as Answers);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/samenwerking');
  await expect(page.getByRole('region', { name: /^\d+\. / })).toHaveCount(9);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  testInfo.annotations.push({ type: 'height', description: `Samenwerking with 9 partners: ${height} px at 1280×720` });
  await page.screenshot({ path: testInfo.outputPath('partners-9-desktop.png'), fullPage: true });
  expect(height).toBeLessThan(3 * 720);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('partners-9-phone.png'), fullPage: true });
  await expectNoAxeViolations(page);
});
