import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STEP_IDS } from '../src/domain/steps';
import { href } from '../src/routes/hashRoute';
import { PAGE_IDS } from '../src/routes/routeTable';
import { expectNoAxeViolations } from './axe';

/**
 * Every page of the route table, empty and with the full example (public/examples/volledig.json),
 * and every step with its errors shown: nothing scrolls sideways at 320, 390 or 1280 px (WCAG
 * 1.4.10 reflow), and axe finds nothing at 390 and 1280 px (#14.1).
 */

const full = readFileSync(new URL('../public/examples/volledig.json', import.meta.url));
const fullAnswers = (JSON.parse(full.toString()) as { answers: { activities: { id: string }[]; mechanisms: { chosen: { mechanismId: string }[] }; partners: { id: string }[] } }).answers;
const firstActivityId = fullAnswers.activities[0]!.id;

const WIDTHS = [1280, 390, 320] as const;
const AXE_WIDTHS: readonly number[] = [1280, 390];

type State = 'empty' | 'full';
interface Route {
  name: string;
  link: string;
  /** A step: its form can be sent empty to show its errors. */
  step?: boolean;
  only?: State;
}

const ROUTES: Route[] = [
  { name: 'start', link: href.start() },
  ...STEP_IDS.map((id) => ({ name: id, link: href.step(id), step: true })),
  { name: 'activity', link: href.step('activities', { sub: firstActivityId }), only: 'full' as const },
  { name: 'mechanism', link: href.step('mechanisms', { sub: fullAnswers.mechanisms.chosen[0]!.mechanismId }), only: 'full' as const },
  { name: 'partner', link: href.step('partners', { sub: fullAnswers.partners[0]!.id }), only: 'full' as const },
  ...PAGE_IDS.map((id) => ({ name: id, link: href.page(id) })),
];

async function open(page: Page, state: State) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  if (state === 'full') {
    await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'volledig.json', mimeType: 'application/json', buffer: full });
    await expect(page.getByRole('status').filter({ hasText: 'is geopend' })).toBeVisible();
  }
}

async function visit(page: Page, link: string) {
  await page.evaluate((h) => (window.location.hash = h), link);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
}

/** At each width: the page is no wider than the window; at 390 and 1280 px axe finds nothing. */
async function checkWidths(page: Page, what: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Measured once the page has settled after the resize: parts that react to their own width
    // (TableRegion's ResizeObserver) re-render a frame later, and a busy machine can show the old layout first.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${what} at ${width} px scrolls sideways` })
      .toBeLessThanOrEqual(0);
    if (AXE_WIDTHS.includes(width)) await expectNoAxeViolations(page);
  }
}

for (const state of ['empty', 'full'] as const) {
  for (const route of ROUTES.filter((r) => !r.only || r.only === state)) {
    test(`${route.name} (${state}): reflows to 320 px, no axe violations at 390 and 1280 px`, async ({ page }) => {
      await open(page, state);
      await visit(page, route.link);
      await checkWidths(page, `${route.name} (${state})`);
      if (!(route.step && state === 'empty')) return;
      // The same step with its errors: the form sent empty.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: /^Opslaan en (verder|controleren)$/ }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toBeVisible();
      await checkWidths(page, `${route.name} with errors`);
    });
  }
}
