import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { press } from './keyboard';

const CONTACT = 'Nazorg – Hoe u contact houdt';

async function openCompleteInReviewMode(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await page.goto('/#/beoordelen');
  await expect(page.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeVisible();
}

/** Every stop of the keyboard on the page, in order, by what a screen reader would start with (Tab from the top until focus leaves the page). */
async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (stop === undefined) return stops;
    stops.push(stop);
  }
  throw new Error('more than 400 tab stops');
}

const answersSwitch = (page: Page, section: string) =>
  page.getByRole('button', { name: new RegExp(`^Reageren op een antwoord in dit hoofdstuk.* bij Hoofdstuk ‘${section}’$`) });

test('review mode with the full example: one "Reactie toevoegen" per section, not per answer, on the keyboard’s way', async ({ page }) => {
  await openCompleteInReviewMode(page);
  const documentView = page.getByRole('article', { name: 'Voorbeeld van het document' });
  const sections = await documentView.getByRole('heading', { level: 2 }).count();
  expect(sections).toBeGreaterThan(5);
  const stops = await tabStops(page);
  const adds = stops.filter((s) => s.startsWith('Reactie toevoegen'));
  const switches = stops.filter((s) => s.startsWith('Reageren op een antwoord'));
  test.info().annotations.push({ type: 'tab stops', description: `${stops.length} in all: ${adds.length} "Reactie toevoegen", ${switches.length} section switches (was 188: 74 and 37 table lists)` });
  // One for the application as a whole and one per section; a switch per section that has answers.
  expect(adds).toHaveLength(sections + 1);
  expect(switches.length).toBeGreaterThan(0);
  expect(switches.length).toBeLessThanOrEqual(sections);
  expect(stops.filter((s) => s.startsWith('Reageren op een antwoord in deze tabel'))).toHaveLength(0);
  expect(stops.length).toBeLessThan(120);
});

test('an advisor opens a section’s answers and comments on one answer with the keyboard only; the comment stays in view after closing', async ({ page }) => {
  await openCompleteInReviewMode(page);
  const toggle = answersSwitch(page, 'Nazorg');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: `Reactie toevoegen bij ${CONTACT}` })).toHaveCount(0);

  await press(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  // The next stop is the first answer of the section.
  await page.keyboard.press('Tab');
  const add = page.getByRole('button', { name: `Reactie toevoegen bij ${CONTACT}` });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Reactie bij ${CONTACT}` });
  await expect(form.getByLabel('Uw naam')).toBeFocused();
  await page.keyboard.type('Anna de Vries');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Uw reactie')).toBeFocused();
  await page.keyboard.type('Hoe vaak lukt het contact echt?');
  await press(page, form.getByRole('button', { name: 'Reactie plaatsen' }));
  const thread = page.getByRole('list', { name: `Reacties bij ${CONTACT}` });
  await expect(thread.getByRole('article')).toBeFocused();
  await expect(thread).toContainText('Hoe vaak lukt het contact echt?');
  await expectNoAxeViolations(page);

  // Closed again: the answers lose their "Reactie toevoegen", the comment stays with its answer and can still be changed.
  await press(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(add).toHaveCount(0);
  await expect(thread).toContainText('Hoe vaak lukt het contact echt?');
  await press(page, thread.getByRole('button', { name: 'Afhandelen (reactie van Anna de Vries)' }));
  await expect(thread.getByRole('button', { name: 'Weer openen (reactie van Anna de Vries)' })).toBeFocused();
  await expectNoAxeViolations(page);
});
