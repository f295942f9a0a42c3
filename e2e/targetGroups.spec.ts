import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { TARGET_GROUP_FIELDS } from '../schemas/fields/targetGroups';
import { messageOf } from './fieldMessages';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import guidance from '../templates/ebn-mbo-2021-2022/guidance.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { tab } from './keyboard';
import { fillGroupByKeyboard } from './steps';

const [groupA, groupB] = scheme.targetGroups;
const submit = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const region = (page: Page, id: 'a' | 'b') => page.getByRole('region', { name: new RegExp(`^Groep ${id}:`) });

test('a project leader describes both target groups from empty, with the keyboard, and fixes the errors', async ({ page }) => {
  await page.goto('/#/doelgroepen');
  await expect(page.getByRole('heading', { level: 1, name: 'Doelgroepen' })).toBeVisible();

  // Guidance the project leader can act on, from the scheme data.
  await expect(page.getByText('Uw aanvraag moet over beide groepen gaan.')).toBeVisible();
  await expect(page.getByText(/ter indicatie en niet bindend/).first()).toBeVisible();
  for (const source of guidance.labourMarketSources) {
    const link = page.getByRole('link', { name: new RegExp(source.name.replace(/[()]/g, '\\$&')) });
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toHaveAttribute('target', '_blank');
  }
  await expect(region(page, 'a').getByRole('heading', { level: 2 })).toHaveText(`Groep a: ${groupA?.name}`);
  await expect(region(page, 'b').getByText(groupB?.notInScope ?? 'missing')).toBeVisible();
  await expect(region(page, 'a').getByText('Peildatum voor de leeftijd: niet bekend — controleer bij DUS-I.')).toBeVisible();
  await expect(region(page, 'a').getByLabel(/verwacht u te helpen/)).toHaveAttribute('inputmode', 'numeric');
  await expectNoAxeViolations(page);

  // Submit empty with the keyboard.
  await submit(page).focus();
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Doelgroepen/);
  const perGroup = [
    messageOf(TARGET_GROUP_FIELDS.expectedCount),
    messageOf(TARGET_GROUP_FIELDS.levels),
    messageOf(TARGET_GROUP_FIELDS.pathways),
    messageOf(TARGET_GROUP_FIELDS.sectors),
    messageOf(TARGET_GROUP_FIELDS.riskIndicators),
    messageOf(TARGET_GROUP_FIELDS.selection),
    messageOf(TARGET_GROUP_FIELDS.ageConfirmed),
  ];
  await expect(summary.getByRole('link')).toHaveText([
    ...perGroup.map((m) => `Groep a: ${m}`),
    ...perGroup.map((m) => `Groep b: ${m}`),
  ]);
  // Inline, the same message is tied to its field.
  const countA = region(page, 'a').getByLabel(/verwacht u te helpen/);
  await expect(countA).toHaveAttribute('aria-invalid', 'true');
  await expect(countA).toHaveAccessibleDescription(new RegExp(messageOf(TARGET_GROUP_FIELDS.expectedCount)));
  await expect(region(page, 'b').getByRole('group', { name: 'Op welke niveaus?' })).toHaveAccessibleDescription(new RegExp(messageOf(TARGET_GROUP_FIELDS.levels)));
  await expect(region(page, 'a').getByRole('checkbox', { name: /jonger dan 27 jaar/ })).toHaveAccessibleDescription(
    new RegExp(messageOf(TARGET_GROUP_FIELDS.ageConfirmed)),
  );
  await expectNoAxeViolations(page);

  // A link for a group of checkboxes focuses its first option.
  await summary.getByRole('link', { name: `Groep b: ${messageOf(TARGET_GROUP_FIELDS.levels)}` }).focus();
  await page.keyboard.press('Enter');
  await expect(region(page, 'b').getByRole('checkbox', { name: 'Entree', exact: true })).toBeFocused();

  // The first link takes the user to group a's first field; from there the keyboard does the rest.
  await summary.getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await fillGroupByKeyboard(page, region(page, 'a'), {
    count: '120',
    sectors: 'Zorg en welzijn; Logistiek (crebo 25336)',
    selection: 'Studieloopbaanbegeleiders signaleren in periode 1 wie nog geen stage of baan heeft.',
    other: '',
  });
  // Into group b: past the peildatum note, straight to its first question.
  await tab(page, region(page, 'a').getByText('Meer over de peildatum'));
  await tab(page, region(page, 'b').getByLabel(/verwacht u te helpen/));
  await fillGroupByKeyboard(page, region(page, 'b'), {
    count: '80',
    sectors: 'Techniek & ICT',
    selection: 'Gediplomeerden zonder baan na 3 maanden, via het alumnibestand.',
  });

  // "Other" was ticked without an explanation: that is the one thing left.
  await submit(page).focus();
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([`Groep a: ${messageOf(TARGET_GROUP_FIELDS.otherRiskExplanation)}`]);
  await expectNoAxeViolations(page);
  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  const explanation = region(page, 'a').getByLabel('Welke andere reden is er?');
  await expect(explanation).toBeFocused();
  await page.keyboard.type('Veel studenten wonen in een wijk met hoge jeugdwerkloosheid (cijfers gemeente, 2020).');

  await submit(page).focus();
  await page.keyboard.press('Enter');
  // The next step is Aanleiding en doelen.
  await expect(page).toHaveURL(/#\/aanleiding$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeFocused();

  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('link', { name: 'Doelgroepen' })).toHaveAccessibleDescription('Klaar');

  // The answers are in the draft: re-opening the step shows them (no reload, so no autosave involved).
  await page.getByRole('link', { name: 'Doelgroepen' }).click();
  await expect(region(page, 'a').getByLabel(/verwacht u te helpen/)).toHaveValue('120');
  await expect(region(page, 'b').getByLabel('Sectoren of opleidingen')).toHaveValue('Techniek & ICT');
  await expect(region(page, 'a').getByLabel('Welke andere reden is er?')).toHaveValue(/hoge jeugdwerkloosheid/);
});

/** The text of the Word document made from the current draft (from the overview page). */
async function exportedText(page: Page, file: string): Promise<string> {
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  await (await download).saveAs(file);
  const { value } = await mammoth.extractRawText({ path: file });
  await page.getByRole('link', { name: 'Doelgroepen' }).click();
  return value;
}

test('the explanation of "other" leaves the draft and the document when "other" is unticked', async ({ page }, testInfo) => {
  await page.goto('/#/doelgroepen');
  const group = region(page, 'b');
  const other = group.getByRole('checkbox', { name: 'Ander risico op jeugdwerkloosheid', exact: true });
  const explanation = group.getByLabel('Welke andere reden is er?');
  const reopen = async () => {
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByRole('link', { name: 'Doelgroepen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Doelgroepen' })).toBeFocused();
  };

  await expect(explanation).toBeHidden();
  await other.focus();
  await page.keyboard.press('Space');
  await expect(explanation).toBeVisible();
  await explanation.fill('Veel gediplomeerden uit de horeca vinden geen werk.');

  // Control: while "other" is ticked the explanation is kept in the draft and reaches the document.
  await reopen();
  await expect(other).toBeChecked();
  await expect(explanation).toHaveValue('Veel gediplomeerden uit de horeca vinden geen werk.');
  expect(await exportedText(page, testInfo.outputPath('met-toelichting.docx'))).toContain('Veel gediplomeerden uit de horeca vinden geen werk.');

  // Untick "other": the question disappears …
  await other.focus();
  await page.keyboard.press('Space');
  await expect(explanation).toBeHidden();
  // … and its answer is gone: not in the Word document, and a fresh form from the draft shows an empty field.
  expect(await exportedText(page, testInfo.outputPath('zonder-toelichting.docx'))).not.toContain('uit de horeca');
  await reopen();
  await expect(other).not.toBeChecked();
  await other.check();
  await expect(explanation).toHaveValue('');
});
