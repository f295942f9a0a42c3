import { expect, test, type Locator, type Page } from '@playwright/test';
import { ACTIVITIES, ACTIVITY_FIELDS, COST_LINE_FIELDS } from '../schemas/fields/activities';
import { messageOf, minMessageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import guidance from '../templates/ebn-mbo-2021-2022/guidance.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { press, tabTo } from './keyboard';
import { MESSAGES } from '../schemas/messages';
import { chooseMechanismButton, dateGroup, exampleActivity as example, fillDate, pickExample, typeDate } from './steps';

const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const card = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^\\d+\\. ${title}$`) });
const mechanism = (id: string) => {
  const found = scheme.mechanisms.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Chooses mechanisms on the Mechanismen step (the draft lives in the page, so no reload afterwards). */
async function chooseMechanisms(page: Page, ids: string[]) {
  for (const id of ids) {
    await page.goto('/#/mechanismen');
    await chooseMechanismButton(page, id).click();
    await expect(heading(page)).toHaveText(mechanism(id).name);
  }
  await page.evaluate(() => (window.location.hash = '#/activiteiten'));
  await expect(heading(page)).toHaveText('Activiteiten');
}

test('keyboard only: add an activity, fill it in and save it', async ({ page }) => {
  await chooseMechanisms(page, ['workplace-contact']);
  await expect(heading(page)).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Activiteit toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/activiteiten\/[A-Za-z0-9_-]+$/);
  await expect(heading(page)).toHaveText('Activiteit 1');
  await expect(heading(page)).toBeFocused();

  await tabTo(page, page.getByLabel('Titel', { exact: true }));
  await page.keyboard.type('Proefstage in de zorg');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Beschrijving')).toBeFocused();
  await page.keyboard.type('Twee weken meewerken bij een zorginstelling.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('De school spreekt de beoordeling vooraf af.');

  const workplace = mechanism('workplace-contact');
  await tabTo(page, page.getByRole('checkbox', { name: `${workplace.number}. ${workplace.name}` }));
  await page.keyboard.press('Space');
  // The approaches of the ticked mechanism appear right after it.
  await tabTo(page, page.getByRole('checkbox', { name: workplace.approaches[0]!.name }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Doelgroep a (extra begeleiding)' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: 'Laatste studiejaar' }));
  await page.keyboard.press('Space');
  // Day, month and year in three boxes, whatever the browser's language.
  await typeDate(page, 'Startdatum', '9-9-2021');
  await typeDate(page, 'Einddatum', '12-12-2021');
  await tabTo(page, page.getByLabel('Hoeveel deelnemers verwacht u?'));
  await page.keyboard.type('24');
  await tabTo(page, page.getByLabel('Wie is verantwoordelijk?'));
  await page.keyboard.type('Stagecoördinator zorg');

  await tabTo(page, page.getByRole('button', { name: 'Kostenregel toevoegen' }));
  await page.keyboard.press('Enter');
  // The new line's first field takes focus.
  await expect(page.getByLabel('Soort kosten')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Soort kosten')).toHaveValue('staff');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Waarvoor?')).toBeFocused();
  await page.keyboard.type('40 uur stagecoördinator');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2.600');
  await expect(page.getByText('Totaal van deze activiteit: € 2.600,00')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/activiteiten$/);
  await expect(heading(page)).toBeFocused();
  const saved = card(page, 'Proefstage in de zorg');
  await expect(saved.getByText('Klaar')).toBeVisible();
  await expect(saved.getByRole('definition')).toHaveText([
    'Doelgroep a (extra begeleiding)',
    'Laatste studiejaar',
    '9 sep 2021 tot en met 12 dec 2021',
    workplace.name,
    'Geen',
    '€ 2.600,00 (1 kostenregel)',
  ]);
});

test('start from an example, change it, add and remove cost lines', async ({ page }) => {
  await chooseMechanisms(page, ['workplace-contact']);
  await expect(page.getByText('U heeft nog geen activiteiten.')).toBeVisible();
  await expectNoAxeViolations(page);

  const trial = example('trial-internship');
  await pickExample(page, 'trial-internship');
  await expect(page.getByText(`Deze activiteit begint met het voorbeeld ‘${trial.title}’`)).toBeVisible();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(trial.title);
  await expect(page.getByLabel('Beschrijving')).toHaveValue(trial.description);
  const workplace = mechanism('workplace-contact');
  await expect(page.getByRole('checkbox', { name: `${workplace.number}. ${workplace.name}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Proefstages' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Laatste studiejaar' })).toBeChecked();
  // No partners yet: a hint that leads to Samenwerking instead of an empty group.
  await expect(page.getByRole('link', { name: 'Samenwerking' })).toHaveAttribute('href', '#/samenwerking');
  await expectNoAxeViolations(page);

  await page.getByLabel('Titel', { exact: true }).fill('Proefstage bij zorginstellingen in Utrecht');
  // Adding mechanism 2 shows its approaches; removing it again unticks them.
  const search = mechanism('search-behaviour');
  await page.getByRole('checkbox', { name: `${search.number}. ${search.name}` }).check();
  await page.getByRole('checkbox', { name: search.approaches[1]!.name }).check();
  await page.getByRole('checkbox', { name: `${search.number}. ${search.name}` }).uncheck();
  await expect(page.getByRole('checkbox', { name: search.approaches[1]!.name })).toHaveCount(0);
  await fillDate(page, 'Startdatum', '01-09-2021');
  await fillDate(page, 'Einddatum', '31-01-2022');
  await page.getByLabel('Hoeveel deelnemers verwacht u?').fill('30');
  await page.getByLabel('Wie is verantwoordelijk?').fill('Loopbaanbegeleider zorg en welzijn');
  await page.getByLabel('Hoeveel uur kost de activiteit?').fill('80');

  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Kostenregel toevoegen' }).click();
  const line = (n: number) => page.getByRole('group', { name: `Kostenregel ${n}` });
  await line(1).getByLabel('Soort kosten').selectOption({ label: 'Personeel' });
  await line(1).getByLabel('Waarvoor?').fill('80 uur loopbaanbegeleider à € 65');
  await line(1).getByLabel('Bedrag').fill('5.200');
  await line(2).getByLabel('Soort kosten').selectOption({ label: 'Materiaal' });
  await line(2).getByLabel('Waarvoor?').fill('Dit wordt verwijderd');
  await line(2).getByLabel('Bedrag').fill('999');
  await line(3).getByLabel('Soort kosten').selectOption({ label: 'Overig' });
  await line(3).getByLabel('Waarvoor?').fill('Reiskosten bedrijfsbezoeken');
  await line(3).getByLabel('Bedrag').fill('350,50');
  await expect(page.getByText('Totaal van deze activiteit: € 6.549,50')).toBeVisible();

  await line(2).getByRole('button', { name: 'Verwijderen kostenregel 2' }).click();
  await expect(page.getByRole('button', { name: 'Kostenregel toevoegen' })).toBeFocused();
  await expect(page.getByRole('group', { name: /^Kostenregel/ })).toHaveCount(2);
  await expect(line(2).getByLabel('Waarvoor?')).toHaveValue('Reiskosten bedrijfsbezoeken');
  await expect(page.getByText('Totaal van deze activiteit: € 5.550,50')).toBeVisible();

  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page).toHaveURL(/#\/activiteiten$/);
  const saved = card(page, 'Proefstage bij zorginstellingen in Utrecht');
  await expect(saved.getByText('Klaar')).toBeVisible();
  await expect(saved.getByText('€ 5.550,50 (2 kostenregels)')).toBeVisible();
  await expect(saved.getByText(search.name)).toHaveCount(0);

  // A second example is added beside the first, which stays as it was.
  await pickExample(page, 'aftercare-coach');
  await page.getByRole('link', { name: 'Terug naar alle activiteiten' }).click();
  await expect(page.getByRole('region', { name: /^\d+\. / })).toHaveCount(2);
  await expect(saved.getByText('€ 5.550,50 (2 kostenregels)')).toBeVisible();
  await expect(card(page, example('aftercare-coach').title).getByText('Nog niet compleet')).toBeVisible();
  // The examples stay folded away; the used one is marked.
  await expect(page.locator('.examples__title', { hasText: example('trial-internship').title })).toContainText('Al gebruikt');
  await expect(page.locator('.examples__title', { hasText: example('work-along-days').title })).not.toContainText('Al gebruikt');

  // "Wijzigen" brings back what was saved.
  await saved.getByRole('link', { name: 'Wijzigen activiteit ‘Proefstage bij zorginstellingen in Utrecht’' }).click();
  await expect(page.getByLabel('Hoeveel uur kost de activiteit?')).toHaveValue('80');
  await expect(page.getByRole('group', { name: 'Kostenregel 2' }).getByLabel('Bedrag')).toHaveValue('350,50');
});

test('remove an activity, undo it, and remove it for good', async ({ page }) => {
  await page.goto('/#/activiteiten');
  for (const id of ['trial-internship', 'employer-guest-lessons', 'warm-handover']) {
    await pickExample(page, id);
    await page.getByRole('link', { name: 'Terug naar alle activiteiten' }).click();
  }
  const titles = ['trial-internship', 'employer-guest-lessons', 'warm-handover'].map((id) => example(id).title);
  const cards = page.getByRole('region', { name: /^\d+\. / });
  await expect(cards).toHaveCount(3);

  await card(page, titles[1]!).getByRole('button', { name: `Verwijderen activiteit ‘${titles[1]}’` }).click();
  const notice = page.getByRole('status').filter({ hasText: /De activiteit ‘/ });
  await expect(notice).toHaveText(new RegExp(`De activiteit ‘${titles[1]}’ is verwijderd, met haar kostenregels\\.`));
  await expect(notice).toBeFocused();
  await expect(cards).toHaveCount(2);
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: `Ongedaan maken (zet ‘${titles[1]}’ terug)` }).click();
  await expect(notice).toHaveText(`De activiteit ‘${titles[1]}’ staat weer in de lijst.`);
  await expect(notice).toBeFocused();
  // Back in its old place.
  await expect(cards.getByRole('heading')).toHaveText(titles.map((t, i) => `${i + 1}. ${t}`));

  await card(page, titles[0]!).getByRole('button', { name: /^Verwijder/ }).click();
  await expect(cards.getByRole('heading')).toHaveText([`1. ${titles[1]}`, `2. ${titles[2]}`]);
  // The removed activity's page is gone; the URL says so in plain Dutch.
  await page.goto('/#/activiteiten/bestaat-niet');
  await expect(heading(page)).toHaveText('Activiteit niet gevonden');
  await expect(page.getByText('Deze activiteit bestaat niet (meer).')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Ga naar de lijst met activiteiten' }).click();
  await expect(heading(page)).toHaveText('Activiteiten');
});

test('errors: empty list, an empty activity, links that land on the field', async ({ page }) => {
  await page.goto('/#/activiteiten');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Activiteiten/);
  await expect(summary(page).getByRole('link')).toHaveText([minMessageOf(ACTIVITIES)]);
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: minMessageOf(ACTIVITIES) }).click();
  await expect(page.getByRole('button', { name: 'Activiteit toevoegen' })).toBeFocused();

  // An empty activity: saving it lists every field, each linked to the field.
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Activiteit 1');
  await page.getByRole('button', { name: 'Kostenregel toevoegen' }).click();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Activiteit 1/);
  await expect(summary(page).getByRole('link')).toHaveText([
    messageOf(ACTIVITY_FIELDS.title),
    messageOf(ACTIVITY_FIELDS.description),
    messageOf(ACTIVITY_FIELDS.mechanismIds),
    messageOf(ACTIVITY_FIELDS.approachIds),
    messageOf(ACTIVITY_FIELDS.targetGroupIds),
    messageOf(ACTIVITY_FIELDS.phase),
    messageOf(ACTIVITY_FIELDS.startDate),
    messageOf(ACTIVITY_FIELDS.endDate),
    messageOf(ACTIVITY_FIELDS.expectedParticipants),
    messageOf(ACTIVITY_FIELDS.responsible),
    `Kostenregel 1: ${messageOf(COST_LINE_FIELDS.category)}`,
    `Kostenregel 1: ${messageOf(COST_LINE_FIELDS.description)}`,
    `Kostenregel 1: ${messageOf(COST_LINE_FIELDS.amount)}`,
  ]);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveAccessibleDescription(new RegExp(messageOf(ACTIVITY_FIELDS.title)));
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: messageOf(ACTIVITY_FIELDS.phase) }).click();
  await expect(page.getByRole('radio', { name: 'Laatste studiejaar' })).toBeFocused();
  await summary(page).getByRole('link', { name: `Kostenregel 1: ${messageOf(COST_LINE_FIELDS.amount)}` }).click();
  await expect(page.getByLabel('Bedrag')).toBeFocused();
  await page.getByLabel('Titel', { exact: true }).fill('Gastles');

  // Back on the list, the step's errors name the activity and open its page at the field.
  await page.getByRole('link', { name: 'Terug naar alle activiteiten' }).click();
  await expect(card(page, 'Gastles').getByText('Nog niet compleet')).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(summary(page)).toBeFocused();
  const links = summary(page).getByRole('link');
  await expect(links.first()).toHaveText(`Activiteit 1 ‘Gastles’: ${messageOf(ACTIVITY_FIELDS.description)}`);
  await expect(summary(page).getByRole('link', { name: /Geen activiteit voor doelgroep b/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await summary(page).getByRole('link', { name: `Activiteit 1 ‘Gastles’: ${messageOf(ACTIVITY_FIELDS.startDate)}` }).click();
  await expect(page).toHaveURL(/#\/activiteiten\/[A-Za-z0-9_-]+\?veld=veld-startDate$/);
  await expect(dateGroup(page, 'Startdatum').getByLabel('Dag')).toBeFocused();
  await page.goBack();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await summary(page).getByRole('link', { name: `Activiteit 1 ‘Gastles’, kostenregel 1: ${messageOf(COST_LINE_FIELDS.category)}` }).click();
  await expect(page.getByLabel('Soort kosten')).toBeFocused();
});

test('a warning from the evidence is advice, not an error', async ({ page }) => {
  await page.goto('/#/activiteiten');
  await pickExample(page, 'trial-internship');
  await page.getByLabel('Beschrijving').fill('Een middag speeddates tussen studenten en werkgevers.');
  await page.getByRole('link', { name: 'Terug naar alle activiteiten' }).click();
  const speeddate = guidance.evidenceWarnings.find((w) => w.id === 'speeddates-workplace-contact')!.message;
  const advice = page.locator('.notice').filter({ hasText: 'Adviezen bij uw activiteiten' });
  await expect(advice).toContainText(speeddate);
  await expect(advice.getByRole('link', { name: new RegExp(speeddate.slice(0, 30)) })).toHaveAttribute('href', /veld=veld-description$/);
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).not.toContainText('Speeddates');
  await expectNoAxeViolations(page);
  // On the activity's own page the advice is shown at the top.
  await advice.getByRole('link').first().click();
  await expect(page.getByLabel('Beschrijving')).toBeFocused();
  await expect(page.locator('.notice').filter({ hasText: 'Advies bij deze activiteit' })).toContainText(speeddate);
});

/** The error summary's links stand in the order of the fields they lead to on the page. */
async function expectInPageOrder(links: Locator) {
  const positions = await links.evaluateAll((all) =>
    all.map((a) => {
      const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
      return target ? [...document.querySelectorAll('*')].indexOf(target) : -1;
    }),
  );
  expect(positions.length).toBeGreaterThan(1);
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

test('dates as day, month and year, keyboard only: a half-typed date survives a reload, and each mistake gets its own message', async ({ page }, testInfo) => {
  await page.goto('/#/activiteiten');
  await press(page, page.getByRole('button', { name: 'Activiteit toevoegen' }));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const start = dateGroup(page, 'Startdatum');
  await expect(start).toHaveAccessibleDescription(/Bijvoorbeeld 14 10 2021/);
  await typeDate(page, 'Startdatum', '14-10-');
  await page.reload();
  await expect(start.getByLabel('Dag')).toHaveValue('14');
  await expect(start.getByLabel('Maand')).toHaveValue('10');
  await expect(start.getByLabel('Jaar')).toHaveValue('');

  const save = page.getByRole('button', { name: 'Opslaan', exact: true });
  const messages = page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).getByRole('link');
  await press(page, save);
  await expect(messages).toContainText([MESSAGES.dateMissing('een jaar')]);
  await expect(start).toHaveAccessibleDescription(new RegExp(MESSAGES.dateMissing('een jaar')));
  await expect(messages).toContainText([messageOf(ACTIVITY_FIELDS.endDate)]);
  await expectNoAxeViolations(page);
  await expectInPageOrder(messages);
  // Only the missing year is marked, and the error's link takes the focus there, not to the day.
  await expect(start.getByLabel('Jaar')).toHaveAttribute('aria-invalid', 'true');
  await expect(start.getByLabel('Dag')).not.toHaveAttribute('aria-invalid', 'true');
  await press(page, messages.filter({ hasText: MESSAGES.dateMissing('een jaar') }));
  await expect(start.getByLabel('Jaar')).toBeFocused();

  await page.keyboard.type('21');
  await typeDate(page, 'Einddatum', '31-2-2021');
  await press(page, save);
  await expect(messages).toContainText([MESSAGES.dateYear, MESSAGES.dateInvalid]);
  await press(page, messages.filter({ hasText: MESSAGES.dateYear }));
  await expect(start.getByLabel('Jaar')).toBeFocused();
  // 31 February: the date as a whole is wrong, so its first box.
  await press(page, messages.filter({ hasText: MESSAGES.dateInvalid }));
  await expect(dateGroup(page, 'Einddatum').getByLabel('Dag')).toBeFocused();
  await fillDate(page, 'Einddatum', '1-13-2022');
  await press(page, save);
  await press(page, messages.filter({ hasText: MESSAGES.dateInvalid }));
  await expect(dateGroup(page, 'Einddatum').getByLabel('Maand')).toBeFocused();
  await fillDate(page, 'Einddatum', '31-2-2021');
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await start.screenshot({ path: testInfo.outputPath(`date-input-${name}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  await start.getByLabel('Jaar').fill('2021');
  await dateGroup(page, 'Einddatum').getByLabel('Dag').fill('28');
  await dateGroup(page, 'Einddatum').getByLabel('Jaar').fill('2022');
  await press(page, save);
  await expect(messages.filter({ hasText: /datum|Het jaar|een jaar/ })).toHaveCount(0);
  await page.reload();
  await expect(start.getByLabel('Jaar')).toHaveValue('2021');
  await expect(dateGroup(page, 'Einddatum').getByLabel('Dag')).toHaveValue('28');
});
