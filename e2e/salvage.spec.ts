import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import complete from '../public/examples/volledig.json' with { type: 'json' };
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { press } from './keyboard';
import { fillApplicant } from './steps';

/**
 * Never lose work (#9): half-finished answers on every step survive a reload; a draft the app
 * cannot fully read opens with only the unreadable parts set aside, shown and downloadable; a
 * file from the app as it was before, with null for every unanswered choice, opens as it was.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const refusedOrKept = (page: Page) => page.getByText(/kon niet (meer )?worden geopend/);
const setAsideNotice = (page: Page) => page.getByRole('region', { name: 'Niet alles in dit concept kon worden gelezen' });
const group = (page: Page, id: 'a' | 'b') => page.getByRole('region', { name: new RegExp(`^Groep ${id}:`) });
const mechanism = scheme.mechanisms[0]!;
const STORED_COPY = 'aanvraagwijzer:draft:current';

async function go(page: Page, hash: string, title: string) {
  await page.goto(`/#/${hash}`);
  await expect(heading(page)).toHaveText(title);
}

test('half-finished answers on every step, with no choice answered and a new item on every list, survive a reload', async ({ page }) => {
  await go(page, 'aanvrager', 'Aanvrager');
  await fillApplicant(page, { institutionName: 'ROC Halverwege' });
  await page.getByLabel('Bevoegd gezag').fill('Stichting Halverwege');

  await go(page, 'doelgroepen', 'Doelgroepen');
  await group(page, 'a').getByLabel(/verwacht u te helpen/).fill('140');
  await group(page, 'a').getByLabel('Sectoren of opleidingen').fill('Zorg en welzijn');
  await group(page, 'b').getByLabel(/Hoe kiest de instelling/).fill('Via de mentoren');

  // The one choice made: without a mechanism there is nothing to link an activity to.
  await go(page, 'mechanismen', 'Mechanismen');
  await page.getByRole('button', { name: `Kies dit mechanisme (${mechanism.number}. ${mechanism.name})`, exact: true }).click();
  await expect(heading(page)).toHaveText(mechanism.name);
  await page.getByLabel('Waarom past dit mechanisme bij uw doelgroepen?').fill('Omdat het vertrouwen laag is');

  await go(page, 'activiteiten', 'Activiteiten');
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(heading(page)).toHaveText('Activiteit 1');
  await page.getByLabel('Titel', { exact: true }).fill('Huiswerkklas');
  await page.getByLabel('Beschrijving', { exact: true }).fill('Twee middagen per week');
  await page.getByRole('button', { name: 'Kostenregel toevoegen' }).click();
  await page.getByLabel('Waarvoor?').fill('Bijlesdocent');
  const activityUrl = page.url();

  await go(page, 'samenwerking', 'Samenwerking');
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await expect(heading(page)).toHaveText('Nieuwe partner');
  await page.getByLabel('Naam van de partner').fill('Gemeente Halverwege');
  const partnerUrl = page.url();

  await go(page, 'nazorg', 'Nazorg');
  await page.getByLabel('Hoe houdt u persoonlijk en direct contact met de gediplomeerden?').fill('Maandelijks bellen');

  await go(page, 'begroting', 'Begroting');
  await page.getByLabel('Gevraagde subsidie').fill('12.500');

  await go(page, 'monitoring', 'Monitoring en verantwoording');
  await page.getByLabel('Met welke indicatoren meet u of de aanpak werkt?').fill('Uitstroom naar werk');

  await page.reload();
  await expect(heading(page)).toHaveText('Monitoring en verantwoording');
  await expect(page.getByLabel('Met welke indicatoren meet u of de aanpak werkt?')).toHaveValue('Uitstroom naar werk');
  await expect(refusedOrKept(page)).toHaveCount(0);
  await expect(setAsideNotice(page)).toHaveCount(0);

  await go(page, 'aanvrager', 'Aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Halverwege');
  await expect(page.getByLabel('Bevoegd gezag')).toHaveValue('Stichting Halverwege');
  await go(page, 'doelgroepen', 'Doelgroepen');
  await expect(group(page, 'a').getByLabel(/verwacht u te helpen/)).toHaveValue('140');
  await expect(group(page, 'a').getByLabel('Sectoren of opleidingen')).toHaveValue('Zorg en welzijn');
  await expect(group(page, 'b').getByLabel(/Hoe kiest de instelling/)).toHaveValue('Via de mentoren');
  await go(page, `mechanismen/${mechanism.id}`, mechanism.name);
  await expect(page.getByLabel('Waarom past dit mechanisme bij uw doelgroepen?')).toHaveValue('Omdat het vertrouwen laag is');
  await page.goto(activityUrl);
  await expect(heading(page)).toHaveText('Huiswerkklas');
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Huiswerkklas');
  await expect(page.getByLabel('Beschrijving', { exact: true })).toHaveValue('Twee middagen per week');
  await expect(page.getByLabel('Waarvoor?')).toHaveValue('Bijlesdocent');
  for (const phase of scheme.phases) await expect(page.getByRole('radio', { name: phase.label })).not.toBeChecked();
  await page.goto(partnerUrl);
  await expect(heading(page)).toHaveText('Gemeente Halverwege');
  await expect(page.getByLabel('Naam van de partner')).toHaveValue('Gemeente Halverwege');
  await go(page, 'nazorg', 'Nazorg');
  await expect(page.getByLabel('Hoe houdt u persoonlijk en direct contact met de gediplomeerden?')).toHaveValue('Maandelijks bellen');
  await go(page, 'begroting', 'Begroting');
  await expect(page.getByLabel('Gevraagde subsidie')).toHaveValue('12.500');
  await expect(page.getByRole('radio', { name: 'Nee' })).not.toBeChecked();

  // What "Concept opslaan als bestand" writes opens again too, with nothing set aside.
  await page.goto('/#/');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Concept opslaan als bestand' }).click();
  const saved = readFileSync(await (await saving).path(), 'utf8');
  expect(saved).not.toContain('null');
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'halverwege.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByText('Het concept uit ‘halverwege.json’ is geopend.')).toBeVisible();
  await expect(setAsideNotice(page)).toHaveCount(0);
});

/** The complete example with the phase of its second activity in a shape the app cannot read. */
function oneBrokenAnswer(): string {
  const draft = structuredClone(complete) as unknown as { answers: { activities: Record<string, unknown>[] } };
  draft.answers.activities[1]!.phase = { gekozen: 'laatste jaar' };
  return JSON.stringify(draft, null, 2);
}
const brokenLabel = `Activiteiten – Activiteit 2 ‘${complete.answers.activities[1]!.title}’ – Fase`;

test('a file with one unreadable answer opens with only that answer set aside, shown at the top and downloadable', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'bijna-goed.json', mimeType: 'application/json', buffer: Buffer.from(oneBrokenAnswer()) });
  await expect(page.getByText('Het concept uit ‘bijna-goed.json’ is geopend.')).toBeVisible();
  await expect(page.getByText('Eén onderdeel kon niet worden gelezen en is apart bewaard. Bovenaan de pagina ziet u welk.')).toBeVisible();
  const notice = setAsideNotice(page);
  await expect(notice).toContainText('Eén antwoord kon niet worden gelezen. Het is apart bewaard en niet weggegooid. Al het andere staat er gewoon:');
  await expect(notice.getByRole('listitem')).toHaveText([brokenLabel]);
  await expect(notice).not.toContainText(/beschadigd|met de hand/);
  await expectNoAxeViolations(page);
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`set-aside-${name}.png`), clip: { x: 0, y: 0, width, height: 600 } });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Downloaded with the keyboard: the raw value exactly as the file had it.
  const downloading = page.waitForEvent('download');
  await press(page, notice.getByRole('button', { name: 'Apart bewaarde onderdelen opslaan als bestand' }));
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^apart-bewaard-roc-lindeveld-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.parts).toEqual([{ label: brokenLabel, path: 'answers.activities.1.phase', setAsideAt: expect.any(String), value: { gekozen: 'laatste jaar' } }]);

  // Every other answer is there, also in the activity itself.
  await go(page, 'aanvrager', 'Aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Lindeveld');
  await go(page, `activiteiten/${complete.answers.activities[1]!.id}`, complete.answers.activities[1]!.title);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(complete.answers.activities[1]!.title);
  for (const phase of scheme.phases) await expect(page.getByRole('radio', { name: phase.label })).not.toBeChecked();

  // Kept in the draft: a reload shows it again.
  await page.reload();
  await expect(notice.getByRole('listitem')).toHaveText([brokenLabel]);

  // Taken out once the user has it, with undo; focus never falls off the page.
  await press(page, notice.getByRole('button', { name: 'Verwijderen uit dit concept' }));
  const removed = page.getByRole('status').filter({ hasText: 'De apart bewaarde onderdelen zijn uit dit concept verwijderd.' });
  await expect(removed.locator('.notice')).toBeFocused();
  await expect(notice).toHaveCount(0);
  await expectNoAxeViolations(page);
  await press(page, removed.getByRole('button', { name: 'Ongedaan maken' }));
  await expect(notice).toBeFocused();
  await expect(notice.getByRole('listitem')).toHaveText([brokenLabel]);
  await notice.getByRole('button', { name: 'Verwijderen uit dit concept' }).click();
  await expect(notice).toHaveCount(0);
  await page.waitForTimeout(1_200);
  await page.reload();
  await expect(heading(page)).toHaveText(complete.answers.activities[1]!.title);
  await expect(notice).toHaveCount(0);
});

test('a file and a stored draft from the app before this fix, with null for every unanswered choice, open as they were', async ({ page, browser }) => {
  const oldApp = structuredClone(complete) as unknown as { answers: Record<string, Record<string, unknown> | Record<string, unknown>[]> };
  (oldApp.answers.budget as Record<string, unknown>).hasCofinancing = null;
  (oldApp.answers.activities as Record<string, unknown>[])[0]!.phase = null;
  (oldApp.answers.partners as Record<string, unknown>[])[0]!.type = null;
  const text = JSON.stringify(oldApp);

  await page.goto('/');
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('Het concept uit ‘oud.json’ is geopend.')).toBeVisible();
  await expect(setAsideNotice(page)).toHaveCount(0);
  await go(page, 'begroting', 'Begroting');
  await expect(page.getByLabel('Gevraagde subsidie')).toHaveValue(complete.answers.budget.requestedAmount);
  await expect(page.getByRole('radio', { name: 'Ja' })).not.toBeChecked();

  // The same draft as a stored copy (what the old app's autosave left, and its "Onleesbaar concept opslaan als bestand" file).
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, value!);
      }
    },
    [STORED_COPY, text],
  );
  await fresh.goto('/#/');
  await expect(fresh.getByRole('link', { name: 'Aanvrager' })).toBeVisible();
  await expect(refusedOrKept(fresh)).toHaveCount(0);
  await expect(setAsideNotice(fresh)).toHaveCount(0);
  await go(fresh, 'samenwerking', 'Samenwerking');
  await expect(fresh.getByRole('heading', { level: 3 }).first()).toHaveText(`1. ${complete.answers.partners[0]!.name}`);
  await context.close();
});

test('a stored draft with an unreadable answer is restored with only that answer set aside', async ({ page }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, value!);
      }
    },
    [STORED_COPY, oneBrokenAnswer()],
  );
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Lindeveld');
  await expect(refusedOrKept(page)).toHaveCount(0);
  await expect(setAsideNotice(page).getByRole('listitem')).toHaveText([brokenLabel]);
  await expectNoAxeViolations(page);
  // "Melding sluiten" hides it for now and puts focus on the page.
  await press(page, setAsideNotice(page).getByRole('button', { name: 'Melding sluiten' }));
  await expect(setAsideNotice(page)).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
});
