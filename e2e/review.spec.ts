import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dateGroup, fillApplicant, fillDate } from './steps';

const errorsBox = (page: Page) => page.getByRole('region', { name: 'Wat nog ontbreekt' });

test('Controleren lists every open point of an empty draft; each link lands on its field and saving returns here', async ({ page }) => {
  await page.goto('/');
  // Controleren is open from the start, with what is missing; Samenhang not before there are activities.
  await expect(page.locator('#task-controleren-status')).toHaveText('Niet begonnen');
  await expect(page.getByText(/^Wat nog ontbreekt: \d+ punten, en al uw antwoorden op een rij\.$/)).toBeVisible();
  await expect(page.locator('#task-samenhang-status')).toHaveText('Kan nog niet');

  await page.getByRole('link', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  await expect(page).toHaveTitle(/^Controleer uw aanvraag/);
  const errors = errorsBox(page);
  await expect(errors.getByRole('heading', { level: 2, name: 'Wat nog ontbreekt' })).toBeVisible();
  // One group per step, in step order, with its count; cross-step and field errors alike.
  await expect(errors.getByRole('heading', { level: 3 })).toHaveText([
    'Aanvrager (8 punten)',
    'Doelgroepen (14 punten)',
    'Aanleiding en doelen (4 punten)',
    'Mechanismen (1 punt)',
    'Samenwerking (1 punt)',
    'Activiteiten (1 punt)',
    'Nazorg (4 punten)',
    'Begroting (2 punten)',
    'Monitoring en verantwoording (3 punten)',
  ]);
  // Calm: plain links, no error styling.
  await expect(errors.getByRole('link').first()).not.toHaveCSS('color', 'rgb(213, 43, 30)');
  await expect(page.getByText('Uw aanvraag is compleet')).toHaveCount(0);
  // Every answer is listed as not filled in, with a "Wijzigen" link that names the question.
  await expect(page.getByRole('link', { name: 'Wijzigen BRIN-code (Instelling)' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A field error goes to the field on its step.
  await errors.getByRole('link', { name: 'Doelgroep b (nazorg): Beschrijf hoe de instelling kiest wie meedoet' }).click();
  await expect(page).toHaveURL(/#\/doelgroepen\?veld=veld-b-selection&terug=controleren$/);
  await expect(page.locator('#veld-b-selection')).toBeFocused();

  // A list error goes to the step.
  await page.goto('/#/controleren');
  await errors.getByRole('link', { name: 'Voeg minstens één activiteit toe' }).click();
  await expect(page).toHaveURL(/#\/activiteiten\?terug=controleren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeVisible();

  // Fix the applicant step from its error link; saving returns to Controleren.
  await page.goto('/#/controleren');
  await errors.getByRole('link', { name: 'Vul de naam van de instelling in' }).click();
  await expect(page).toHaveURL(/#\/aanvrager\?veld=veld-institutionName&terug=controleren$/);
  await expect(page.getByLabel('Naam van de instelling')).toBeFocused();
  await fillApplicant(page, {
    institutionName: 'ROC Rijnstad',
    brin: '27RS',
    bevoegdGezag: 'Stichting ROC Rijnstad',
    contactName: 'Fatma Yılmaz',
    contactEmail: 'f.yilmaz@rocrijnstad.nl',
    contactPhone: '026 355 12 00',
    signatoryName: 'Jan de Vries',
    signatoryRole: 'Voorzitter college van bestuur',
  });
  await page.getByRole('button', { name: 'Opslaan en terug naar controleren' }).click();
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  await expect(errors.getByRole('heading', { level: 3, name: /^Aanvrager/ })).toHaveCount(0);
  const applicant = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Aanvrager' }) });
  await expect(applicant.locator('.summary-list__row', { hasText: 'BRIN-code' })).toContainText('27RS');

  // "Wijzigen" opens the field and saving returns here with the new answer.
  await page.getByRole('link', { name: 'Wijzigen Naam van de instelling (Instelling)' }).click();
  await expect(page).toHaveURL(/#\/aanvrager\?veld=veld-institutionName&terug=controleren$/);
  await expect(page.getByLabel('Naam van de instelling')).toBeFocused();
  await fillApplicant(page, { institutionName: 'ROC Rijnstad Oost' });
  await page.getByRole('button', { name: 'Opslaan en terug naar controleren' }).click();
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(applicant.locator('.summary-list__row', { hasText: 'Naam van de instelling' })).toContainText('ROC Rijnstad Oost');
  await expectNoAxeViolations(page);

  // Without "terug", the step goes on as before.
  await page.goto('/#/aanvrager');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page).toHaveURL(/#\/doelgroepen$/);
});

test('Samenhang shows the gaps of the plan in words and the matrix of mechanisms and groups', async ({ page }) => {
  await page.goto('/#/samenhang');
  await expect(page.getByRole('heading', { level: 1, name: 'Samenhang van uw plan' })).toBeVisible();
  const gaps = page.locator('.notice', { has: page.getByRole('heading', { name: 'Wat nog ontbreekt' }) });
  await expect(gaps.getByRole('listitem')).toHaveText([
    'Doelgroep a (extra begeleiding) heeft nog geen activiteit.',
    'Doelgroep b (nazorg) heeft nog geen activiteit.',
  ]);
  const table = page.getByRole('table', { name: 'Activiteiten en kosten per mechanisme en doelgroep' });
  await expect(table.getByRole('rowheader')).toHaveCount(8); // 7 mechanisms and the totals
  await expect(table.getByRole('columnheader')).toHaveText(['Mechanisme', 'Doelgroep a: extra begeleiding', 'Doelgroep b: nazorg', 'Totaal']);
  await expectNoAxeViolations(page);

  // Choose a mechanism: its empty cells say so in text, and the gap is named.
  await page.goto('/#/mechanismen');
  await page.getByRole('button', { name: /^Kies dit mechanisme \(4\./ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Elkaar leren kennen op de werkvloer' })).toBeVisible();
  await page.goto('/#/samenhang');
  await expect(gaps.getByRole('listitem')).toContainText(['U koos mechanisme 4 (Elkaar leren kennen op de werkvloer), maar geen activiteit gebruikt het.']);
  const row = table.getByRole('row', { name: /Elkaar leren kennen op de werkvloer/ });
  await expect(row).toContainText('Gekozen');
  await expect(row.getByRole('cell')).toHaveText(['Geen activiteit', 'Geen activiteit', '']);
  await expectNoAxeViolations(page);

  // The gap links to where it is fixed.
  await gaps.getByRole('link', { name: /mechanisme 4/ }).click();
  await expect(page).toHaveURL(/#\/activiteiten$/);
});

/** Opens an example draft from the start page (the examples in public/examples/). */
async function openExample(page: Page, action: string) {
  await page.goto('/');
  await page.getByRole('button', { name: action }).click();
  await expect(page.getByText(/Het voorbeeld ‘.*’ is geopend/)).toBeVisible();
}

test('the complete example has nothing open: Controleren says so, Samenhang shows every activity with its cost', async ({ page }) => {
  await openExample(page, 'Volledig ingevuld voorbeeld openen');
  await expect(page.locator('#task-controleren-status')).toHaveText('Klaar');
  await expect(page.locator('#task-samenhang-status')).toHaveText('Klaar');

  await page.getByRole('link', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Uw aanvraag is compleet' })).toBeVisible();
  await expect(errorsBox(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Adviezen' })).toHaveCount(0);
  const activities = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Activiteiten' }) });
  await expect(activities.getByRole('heading', { level: 3 })).toHaveCount(16);
  await expect(activities.locator('.summary-list__row', { hasText: 'Startdatum' }).first()).toContainText('1 maart 2021');
  await expect(page.getByRole('button', { name: 'Word-document maken' })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Wijzigen" on an activity opens that activity's page at the field.
  await activities.getByRole('link', { name: 'Wijzigen Startdatum (Activiteit 1 ‘Coaching op loopbaancompetenties in het laatste jaar’)' }).click();
  await expect(page).toHaveURL(/#\/activiteiten\/loopbaancoaching\?veld=veld-startDate&terug=controleren$/);
  await expect(dateGroup(page, 'Startdatum').getByLabel('Dag')).toBeFocused();
  await fillDate(page, 'Startdatum', '6-4-2021');
  await page.getByRole('button', { name: 'Opslaan en terug naar controleren' }).click();
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(activities.locator('.summary-list__row', { hasText: 'Startdatum' }).first()).toContainText('6 april 2021');

  await page.goto('/#/samenhang');
  await expect(page.getByRole('heading', { name: 'Geen gaten gevonden' })).toBeVisible();
  // Empty cells in a used row (e.g. mechanism 5 for graduates) are a choice, not a gap.
  await expect(page.locator('.coherence__gap')).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Activiteiten en kosten per mechanisme en doelgroep' });
  const workplace = table.getByRole('row', { name: /Elkaar leren kennen op de werkvloer/ });
  await expect(workplace.getByRole('link', { name: 'Proefstages zonder sollicitatiegesprek' })).toHaveAttribute('href', '#/activiteiten/proefstages?terug=samenhang');
  // The grid holds every euro of the budget: € 569.040,00.
  await expect(table.locator('tfoot td').last()).toHaveText('€\u00a0569.040,00');
  await expectNoAxeViolations(page);
  // An activity opened from the matrix returns to it after saving.
  await workplace.getByRole('link', { name: 'Proefstages zonder sollicitatiegesprek' }).click();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page).toHaveURL(/#\/samenhang$/);

  // On a phone the same matrix reads as one card per mechanism.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: '4. Elkaar leren kennen op de werkvloer' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the ROC example shows its open points, its advice and a gap in the plan', async ({ page }) => {
  await openExample(page, 'Voorbeeld van een roc openen');
  // Points are still open (Monitoring is empty), so Controleren is bezig; so is Samenhang.
  await expect(page.locator('#task-controleren-status')).toHaveText('Bezig');
  await expect(page.locator('#task-samenhang-status')).toHaveText('Bezig');
  await expect(page.getByText('1 gat in de samenhang')).toBeVisible();

  await page.getByRole('link', { name: 'Samenhang' }).click();
  const gaps = page.locator('.notice', { has: page.getByRole('heading', { name: 'Wat nog ontbreekt' }) });
  await expect(gaps.getByRole('listitem')).toHaveText(['U koos mechanisme 3 (Studenten kennis laten maken met werkgevers), maar geen activiteit gebruikt het.']);
  const row = page.getByRole('row', { name: /Studenten kennis laten maken met werkgevers/ });
  await expect(row.getByRole('cell')).toHaveText(['Geen activiteit', 'Geen activiteit', '']);
  await expectNoAxeViolations(page);

  await page.goto('/#/controleren');
  const errors = errorsBox(page);
  // A cross-step error links to its step.
  await expect(errors.getByRole('link', { name: /mechanisme ‘Studenten kennis laten maken met werkgevers’/ })).toHaveAttribute('href', '#/mechanismen?terug=controleren');
  // The advice from the evidence sits in a calm notice, apart from the errors.
  const advice = page.locator('.review__warnings');
  await expect(advice.getByRole('link', { name: /Speeddates zijn minder geschikt/ })).toHaveAttribute('href', '#/activiteiten/speeddate?veld=veld-description&terug=controleren');
  await expect(errors.getByText(/Speeddates/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A field error in one activity lands on that field of the activity's own page.
  await errors.getByRole('link', { name: 'Activiteit 3 ‘Sollicitatietraining met echte werkgevers’: Vul in wie verantwoordelijk is' }).click();
  await expect(page).toHaveURL(/#\/activiteiten\/sollicitatietraining\?veld=veld-responsible&terug=controleren$/);
  await expect(page.getByLabel('Wie is verantwoordelijk?')).toBeFocused();

  // A field error in a step: fix it, save, and Controleren shows one point less.
  await page.goto('/#/controleren');
  // count() does not wait: first wait until the page lists the point this part fixes.
  await expect(errors.getByRole('link', { name: 'Vul de naam in van de persoon die namens het bevoegd gezag tekent' })).toBeVisible();
  const before = await errors.getByRole('listitem').count();
  await errors.getByRole('link', { name: 'Vul de naam in van de persoon die namens het bevoegd gezag tekent' }).click();
  await page.getByLabel('Naam van de ondertekenaar').fill('Mr. A. Kaya');
  await page.getByLabel('Functie van de ondertekenaar').fill('Lid college van bestuur');
  await page.getByRole('button', { name: 'Opslaan en terug naar controleren' }).click();
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(errors.getByRole('listitem')).toHaveCount(before - 2);
  await expect(page.getByRole('link', { name: 'Wijzigen Naam van de ondertekenaar (Ondertekening namens het bevoegd gezag)' })).toBeVisible();
});
