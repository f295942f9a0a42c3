import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';

const complete = JSON.parse(readFileSync('public/examples/volledig.json', 'utf8')) as { answers: { activities: { title: string }[] } };

/** Opens the complete example, changes an answer and exports: the whole app, without a network. */
async function openExampleChangeAndExport(page: Page, outFile: string, institution: string) {
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await page.getByRole('link', { name: 'Aanvrager' }).click();
  await page.getByLabel('Naam van de instelling').fill(institution);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  await (await download).saveAs(outFile);
  const text = (await mammoth.extractRawText({ path: outFile })).value;
  expect(text).toContain(institution);
  expect(text).toContain(complete.answers.activities[0]!.title);
}

test('after one visit the app works without a network: open an example, change it, export', async ({ page, context }, testInfo) => {
  await page.goto('/');
  // The worker installs (precaching everything) on the first visit and controls the next page load.
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated') await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)));
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' })).toBeVisible();
  await openExampleChangeAndExport(page, testInfo.outputPath('offline.docx'), 'ROC Zonder Netwerk');
});

test.describe('single-file edition', () => {
  const single = resolve('dist-single/index.html');
  test.beforeAll(() => {
    // Built here so the test never checks a stale file.
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'error'], { stdio: 'inherit' });
    expect(existsSync(single)).toBe(true);
  });

  test('opens from disk, opens an example, exports a Word draft and makes no request at all', async ({ page }, testInfo) => {
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.goto(pathToFileURL(single).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' })).toBeVisible();
    await openExampleChangeAndExport(page, testInfo.outputPath('single.docx'), 'ROC Van De Stick');
    const fileRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fileRequests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
  });
});
