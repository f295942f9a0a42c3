import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { BACKGROUND_FIELDS } from '../schemas/fields/background';
import { expectNoAxeViolations } from './axe';
import { messageOf } from './fieldMessages';
import { press, tabTo } from './keyboard';
import { typeDate } from './steps';

const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });

test('a project leader writes the Aanleiding en doelen with the keyboard only, and the Word draft argues from it', async ({ page }, testInfo) => {
  await page.goto('/#/aanleiding');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Empty: the summary asks for the problem, a figure, a goal and the extra, each linked.
  await press(page, submit(page));
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Aanleiding en doelen/);
  await expect(summary(page).getByRole('link')).toHaveText([
    messageOf(BACKGROUND_FIELDS.problem),
    'Voeg minstens één cijfer van uw eigen instelling toe',
    'Voeg minstens één doel toe',
    messageOf(BACKGROUND_FIELDS.extra),
  ]);
  await expectNoAxeViolations(page);

  // Keyboard only: Tab to each control, type, Space for boxes, Enter for buttons.
  await tabTo(page, page.getByLabel('Welk probleem pakt dit plan aan?'), 60);
  await page.keyboard.type('Onze laatstejaars op niveau 2 vinden moeilijk een stage.');
  await tabTo(page, page.getByRole('button', { name: 'Cijfer toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Wat laat het cijfer zien?')).toBeFocused();
  await page.keyboard.type('Gediplomeerden niveau 2 zonder werk na een jaar');
  await tabTo(page, page.getByLabel('Waarde', { exact: true }));
  await page.keyboard.type('31 %');
  await tabTo(page, page.getByLabel('Jaar en bron'));
  await page.keyboard.type('2020, eigen uitstroomonderzoek');
  await tabTo(page, page.getByRole('button', { name: 'Doel toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Doelgroep b (nazorg)' })).not.toBeChecked();
  await tabTo(page, page.getByRole('checkbox', { name: 'Doelgroep b (nazorg)' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Wat wilt u bereiken?'));
  await page.keyboard.type('Gediplomeerden in de nazorg hebben werk of volgen een opleiding.');
  await tabTo(page, page.getByLabel('Waaraan meet u het?'));
  await page.keyboard.type('Aandeel met werk of opleiding na zes maanden');
  await tabTo(page, page.getByLabel('Streefwaarde'));
  await page.keyboard.type('70 %');
  await typeDate(page, 'Wanneer wilt u de streefwaarde halen?', '30-06-2022');
  await tabTo(page, page.getByLabel('Wat voegt dit plan toe aan de gewone begeleiding?'));
  await page.keyboard.type('Een vaste nazorgcoach na het diploma; die is er nu niet.');
  await expectNoAxeViolations(page);
  await press(page, submit(page));
  await expect(page).toHaveURL(/#\/mechanismen$/);

  // The Word draft opens its argument with it, and its monitoring refers to the goal by its code.
  await page.goto('/#/voorbeeld');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  const file = testInfo.outputPath('aanvraag.docx');
  await (await download).saveAs(file);
  const text = (await mammoth.extractRawText({ path: file })).value;
  const body = text.slice(text.lastIndexOf('1. Gegevens van de aanvrager'), text.lastIndexOf('Bijlage A. '));
  for (const expected of ['4. Aanleiding en doelen', 'Onze laatstejaars op niveau 2 vinden moeilijk een stage.', '31 %', '2020, eigen uitstroomonderzoek', '70 %', '30 jun 2022', 'Een vaste nazorgcoach na het diploma']) {
    expect(body, expected).toContain(expected);
  }
  expect(body.indexOf('4. Aanleiding en doelen')).toBeLessThan(body.indexOf('5. Onze aanpak: werkzame mechanismen'));
  const monitoring = body.slice(body.lastIndexOf('Monitoring en verantwoording'));
  expect(monitoring).toContain('Bij elk doel uit ‘Aanleiding en doelen’ hoort een indicator.');
  expect(monitoring).toMatch(/D1\s+Aandeel met werk of opleiding na zes maanden\s+70 %/);
});

test('an older draft still opens, and says which new step to fill in, with a link to it', async ({ page }) => {
  await page.goto('/#/concepten');
  await page.getByText('Een concept uit een bestand toevoegen').click();
  const old = { format: 'aanvraagwijzer-draft', version: 1, schemeId: 'ebn-mbo-2021-2022', title: 'Van vorig jaar', createdAt: '2021-02-03T10:00:00Z', updatedAt: '2021-02-03T10:00:00Z', answers: { applicant: { institutionName: 'ROC Oud' } } };
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  const opened = page.getByRole('status').filter({ hasText: 'Het concept uit ‘oud.json’ is geopend.' });
  await expect(opened).toBeFocused();
  await expect(opened).toContainText('Bijgewerkt van versie 1 naar versie 2: Er is een nieuwe stap ‘Aanleiding en doelen’.');
  await expectNoAxeViolations(page);
  await opened.getByRole('link', { name: 'Vul de nieuwe stap ‘Aanleiding en doelen’ in' }).click();
  await expect(page).toHaveURL(/#\/aanleiding$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeVisible();
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Oud');
});

test('an older draft stored in this browser opens after the update, and says which new step to fill in', async ({ page }) => {
  const old = { format: 'aanvraagwijzer-draft', version: 1, schemeId: 'ebn-mbo-2021-2022', createdAt: '2021-02-03T10:00:00Z', updatedAt: '2021-02-03T10:00:00Z', answers: { applicant: { institutionName: 'ROC Bewaard' } } };
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('aanvraagwijzer:draft:current', text);
    }
  }, JSON.stringify(old));
  await page.goto('/');
  await expect(page.getByText('Bijgewerkt van versie 1 naar versie 2: Er is een nieuwe stap ‘Aanleiding en doelen’.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Vul de nieuwe stap ‘Aanleiding en doelen’ in' }).click();
  await expect(page).toHaveURL(/#\/aanleiding$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeVisible();
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Bewaard');
});

test('a round with one target group asks no goal’s group: a new goal starts at what it should achieve', async ({ page }) => {
  await page.goto('/#/');
  const file = readFileSync(new URL('../public/examples/nazorg-2024-2025.json', import.meta.url));
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'nazorg.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('status').filter({ hasText: 'is geopend' })).toBeVisible();
  await page.goto('/#/aanleiding');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Doel 1', exact: true }).getByLabel('Wat wilt u bereiken?')).not.toHaveValue('');
  await expect(page.getByText('Voor welke doelgroep is dit doel?')).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Doel toevoegen' }));
  await expect(page.getByRole('group', { name: 'Doel 2', exact: true }).getByLabel('Wat wilt u bereiken?')).toBeFocused();
  await expectNoAxeViolations(page);
});

