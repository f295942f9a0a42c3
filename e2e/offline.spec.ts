import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { expectNoAxeViolations } from './axe';
import { localStorageKeys, storedDraft } from './browserStorage';
import { fillApplicant, openStep } from './steps';

const complete = JSON.parse(readFileSync('public/examples/volledig.json', 'utf8')) as { answers: { activities: { title: string }[] } };

/** Opens the complete example, changes an answer and exports: the whole app, without a network. */
async function openExampleChangeAndExport(page: Page, outFile: string, institution: string) {
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: institution });
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
  // One worker builds the file once and runs these in order (parallel workers would build it twice at once).
  test.describe.configure({ mode: 'default' });
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
  test('from disk it says the browser storage is shared, and keeps drafts only in files when asked', async ({ page }, testInfo) => {
    await page.goto(pathToFileURL(single).href);
    const notice = page.getByRole('region', { name: 'U gebruikt de Aanvraagwijzer als bestand op uw computer' });
    await expect(notice).toContainText('alle zulke bestanden op deze computer delen');
    await expectNoAxeViolations(page);
    await notice.screenshot({ path: testInfo.outputPath('from-disk-notice.png') });
    await openStep(page, 'Aanvrager');
    await fillApplicant(page, { institutionName: 'ROC Eigen Schijf' });
    await expect.poll(() => storedDraft(page)).toContain('ROC Eigen Schijf');

    // Only in files: everything of the app leaves the browser; the draft stays in the window.
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByRole('button', { name: 'Alleen opslaan als bestand' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Er staat niets meer van de Aanvraagwijzer in deze browser.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'U slaat uw concepten alleen op als bestand' })).toBeVisible();
    const bar = page.getByRole('status').filter({ hasText: 'Alleen in dit venster' });
    await expect(bar).toHaveText('Alleen in dit venster. Sla uw concept op als bestand voordat u dit venster sluit.');
    expect(await storedDraft(page)).toBe('');
    expect(await localStorageKeys(page)).toEqual(['aanvraagwijzer-alleen-bestanden']);
    await expect(page.getByText('U slaat uw concepten alleen op als bestand: deze browser slaat niets op.')).toBeVisible();
    await openStep(page, 'Aanvrager');
    await fillApplicant(page, { brin: '25LX' });
    await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Eigen Schijf');
    expect(await storedDraft(page)).toBe('');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('from-disk-files-only-phone.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Opslaan als bestand', exact: true }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toContain('ROC Eigen Schijf');

    // A new start stores nothing either; turning it off stores the open draft again.
    await page.reload();
    await expect(bar).toBeVisible();
    await expect(page.getByLabel('Naam van de instelling')).toHaveValue('');
    await page.getByRole('link', { name: 'Aanvraagwijzer' }).click();
    await expect(page.getByRole('region', { name: 'U slaat uw concepten alleen op als bestand' })).toBeVisible();
    await page.getByRole('button', { name: 'Toch in deze browser opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'weer automatisch in deze browser opgeslagen' })).toBeVisible();
    await openStep(page, 'Aanvrager');
    await fillApplicant(page, { institutionName: 'ROC Weer Bewaard' });
    await expect.poll(() => storedDraft(page)).toContain('ROC Weer Bewaard');
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(/^Opgeslagen om/);
  });
});
