import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const card = (page: Page, title: RegExp | string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

test('a new draft is for a round the user chooses; every page names it, and a closed round says so', async ({ page }, testInfo) => {
  await page.goto('/#/');
  const choice = page.getByRole('group', { name: 'Voor welke ronde schrijft u deze aanvraag?' });
  // Every round, with its windows and whether it is closed (today is after all of them).
  await expect(choice.getByRole('radio')).toHaveCount(4);
  await expect(choice.getByText(/22 januari 2021 tot en met 22 februari 2021\. Gesloten: aanvragen kon tot en met 22 februari 2021\./)).toBeVisible();
  await expect(choice.getByText(/Eerste aanvraagtijdvak: 10 november 2021 tot en met 24 december 2021/)).toBeVisible();
  // The start page names the round below its tasks (it is painted before the app and must not move); other pages in the header.
  const round = page.getByRole('region', { name: 'Ronde van de regeling' });
  await expect(round).toContainText('Aanvraag voor: Subsidieregeling extra begeleiding en nazorg mbo 2021/2022 (gesloten: aanvragen kon tot en met 22 februari 2021)');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('start-round-choice.png'), fullPage: true });

  await choice.getByLabel('Subsidieregeling nazorg mbo 2022-2024 (derde en vierde aanvraagtijdvak)').check();
  await page.getByRole('button', { name: 'Deze ronde kiezen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dit concept is nu voor de ronde' })).toBeVisible();
  await expect(round).toContainText('(gesloten: de activiteiten van deze ronde liepen tot en met 31 december 2024)');
  await expect(round.getByText('Deze ronde is gesloten. U kunt dit concept wel schrijven')).toBeVisible();

  // The round's structure: no group a, and its own questions on the Nazorg step.
  await page.goto('/#/doelgroepen');
  await expect(page.getByRole('heading', { name: /^Groep b:/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Groep a:/ })).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Aanvraag voor: Nazorg mbo 2022-2024 (gesloten: de activiteiten van deze ronde liepen tot en met 31 december 2024)');

  await page.goto('/#/nazorg');
  await expect(page.getByLabel(/Hoeveel gediplomeerden gaan de nazorg gebruiken\? \(bindend aantal\)/)).toBeVisible();
  await expect(page.getByText(/Dit aantal is bindend\./).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Voorwaarden van deze ronde' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /persoonlijk en direct contact/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /geen vergoeding/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /mbo-diploma bij onze instelling/ })).toBeVisible();
  await page.getByRole('button', { name: /Opslaan en verder|Opslaan/ }).first().click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toContainText('Bevestig dat u geen vergoeding vraagt aan gediplomeerden, ouders of verzorgers');
  await expect(summary).toContainText('Bevestig dat de gediplomeerden hun mbo-diploma bij uw instelling haalden');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('nazorg-conditions-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto('/#/regeling');
  await expect(page.getByText('Stcrt. 2022, 32321').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Voorwaarden van deze ronde' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Overzetten naar …: a 2021/2022 draft moved to a nazorg round keeps group b, lists the rest, and the original stays', async ({ page }, testInfo) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(/^Opgeslagen om/);
  await page.getByRole('link', { name: /Al uw concepten op dit apparaat/ }).click();
  const original = card(page, /Nu open/);
  const title = ((await original.getByRole('heading', { level: 2 }).textContent()) ?? '').replace(' Nu open', '').trim();

  await original.getByLabel(/Overzetten naar een andere ronde/).selectOption({ label: 'Subsidieregeling nazorg mbo 2022-2024 (derde en vierde aanvraagtijdvak)' });
  await original.getByRole('button', { name: /^Overzetten/ }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Er is een nieuw concept gemaakt voor de ronde' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Het oorspronkelijke concept is niet veranderd');
  await expect(notice.getByRole('listitem').first()).toHaveText('Doelgroepen, doelgroep a: alle antwoorden. Deze ronde heeft die doelgroep niet.');
  await expect(notice).toContainText('Activiteit 1 ‘Coaching op loopbaancompetenties in het laatste jaar’: alleen voor doelgroep a');
  await expect(notice).not.toContainText('Nazorgcoach voor gediplomeerden');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('transferred.png'), fullPage: true });

  // The copy is open, for the other round; the original is in the list, for its own round.
  await expect(card(page, `${title} (Nazorg mbo 2022-2024) Nu open`)).toContainText('Regeling: Nazorg mbo 2022-2024');
  await expect(card(page, title)).toContainText('Regeling: Extra begeleiding en nazorg mbo 2021/2022');
  await expect(page.getByRole('banner')).toContainText('Aanvraag voor: Nazorg mbo 2022-2024');

  // Group b's answers and its activities came along.
  await page.goto('/#/activiteiten');
  await expect(page.getByRole('heading', { name: /Nazorgcoach voor gediplomeerden/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Coaching op loopbaancompetenties/ })).toHaveCount(0);
  await page.goto('/#/nazorg');
  await expect(page.getByLabel(/Hoeveel gediplomeerden gaan de nazorg gebruiken/)).toHaveValue('180');

  // The original is untouched: open it again and its group a activities are there.
  await page.goto('/#/concepten');
  await card(page, title).getByRole('button', { name: `Openen ‘${title}’` }).click();
  await expect(page.getByRole('banner')).toContainText('Aanvraag voor: Extra begeleiding en nazorg mbo 2021/2022');
  await page.goto('/#/activiteiten');
  await expect(page.getByRole('heading', { name: /Coaching op loopbaancompetenties/ })).toBeVisible();
});
