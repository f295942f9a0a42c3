import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { storedDraft } from './browserStorage';

// The start page's first paint (src/app/StartPreview.tsx): the page and its task list before the
// app's chunk (boot) is there, never with statuses that are not the draft's.

// No service worker: it would serve the app's chunk from its cache, past page.route (holdApp).
test.use({ serviceWorkers: 'block' });

const STEPS = ['Aanvrager', 'Doelgroepen', 'Aanleiding en doelen', 'Mechanismen', 'Samenwerking', 'Activiteiten', 'Nazorg', 'Begroting', 'Monitoring en verantwoording'];
const example = (name: string) => readFileSync(new URL(`../public/examples/${name}`, import.meta.url));

async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name, mimeType: 'application/json', buffer });
  await expect(page.getByRole('status').filter({ hasText: `Het concept uit ‘${name}’ is geopend.` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
}

/** Holds the app's chunk until the returned function is called: what the page shows without it. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The status of each step on the start page, in order. */
const stepStatuses = (page: Page) => page.locator('.task-list').first().locator('.tag');

test('the start page can be read and used before the app is there; then it shows the statuses of the draft', async ({ page }) => {
  await page.goto('/#/');
  await openFile(page, 'volledig.json', example('volledig.json'));

  let release = await holdApp(page);
  // A reload, not goto('/#/'): from '#/' that would only be a fragment navigation.
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' })).toBeVisible();
  for (const step of STEPS) await expect(page.getByRole('link', { name: step, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Controleren', exact: true })).toBeVisible();
  // No statuses yet, not even from an earlier visit: only the draft decides them.
  await expect(page.locator('.tag--pending')).toHaveCount(11);
  await expect(page.getByText('Klaar', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/stappen klaar/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Word-document maken' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const top = await page.getByRole('link', { name: 'Aanvrager', exact: true }).boundingBox();

  release();
  await expect(stepStatuses(page)).toHaveText(STEPS.map(() => 'Klaar'));
  await expect(page.getByText('9 van 9 stappen klaar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Word-document maken' })).toBeVisible();
  // The same page: the task list did not move when the statuses came.
  expect(await page.getByRole('link', { name: 'Aanvrager', exact: true }).boundingBox()).toEqual(top);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

  // A link followed before the app is there: the app opens that page, its heading with the focus.
  await page.unrouteAll();
  release = await holdApp(page);
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Nazorg', exact: true }).click();
  await expect(page).toHaveURL(/#\/nazorg$/);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Nazorg' })).toBeFocused();
});

test('the statuses are always those of the stored draft: after a change in another tab, and after opening a file', async ({ page, context }) => {
  await page.goto('/#/');
  await openFile(page, 'volledig.json', example('volledig.json'));
  await page.reload();
  await expect(stepStatuses(page)).toHaveText(STEPS.map(() => 'Klaar'));

  // Another tab, on a step, empties a required answer; this tab opens the start page afterwards.
  await page.goto('/#/aanvrager');
  await page.getByLabel('Naam van de instelling').fill('');
  // Wait for the store itself: the status bar said 'Opgeslagen om …' already, and the other tab must read the change.
  await expect.poll(async () => /"institutionName"\s*:\s*"([^"]*)"/.exec(await storedDraft(page))?.[1]).toBe('');
  const other = await context.newPage();
  await other.goto('/#/');
  await expect(stepStatuses(other)).toHaveText(['Bekeken maar onvolledig', ...STEPS.slice(1).map(() => 'Klaar')]);
  await expect(other.getByText('8 van 9 stappen klaar')).toBeVisible();
  await other.close();

  // A file opened on the start page: the next visit shows its statuses.
  await page.goto('/#/');
  await openFile(page, 'leeg-begin.json', example('leeg-begin.json'));
  const shown = await stepStatuses(page).allTextContents();
  expect(shown).not.toContain('Klaar');
  await page.reload();
  await expect(stepStatuses(page)).toHaveText(shown);
  await expect(page.getByText('0 van 9 stappen klaar')).toBeVisible();
});

test('opened without a route, the app goes where the draft says, without first painting the start page', async ({ page }) => {
  // Every level-1 heading the page ever shows, in order.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __headings: string[] }).__headings = []);
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const headings = () => page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);

  await page.goto('/');
  await page.getByRole('link', { name: 'Doelgroepen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doelgroepen' })).toBeVisible();
  await page.goto('/#/');
  // A draft without a last step: opened without a route, the start page.
  await openFile(page, 'leeg-begin.json', example('leeg-begin.json'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' })).toBeVisible();
  await expect(page).not.toHaveURL(/#\/doelgroepen$/);

  // A draft whose last step is Monitoring: straight there, the start page never painted.
  await openFile(page, 'volledig.json', example('volledig.json'));
  await page.goto('/');
  await expect(page).toHaveURL(/#\/monitoring$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring en verantwoording' })).toBeVisible();
  expect(await headings()).toEqual(['Monitoring en verantwoording']);
});

test('when the app’s code does not come, the page says so in Dutch, and reloading brings the app', async ({ page }) => {
  await page.route(/\/assets\/boot-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/#/aanvrager');
  await expect(page.getByRole('alert')).toContainText('De wijzer kon niet verder laden');
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('De wijzer kon niet verder laden');
  // Not the first paint's task links, which would lead nowhere.
  await expect(page.getByRole('link', { name: 'Aanvrager', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  await expect(page.getByText('0 van 9 stappen klaar')).toBeVisible();
});
