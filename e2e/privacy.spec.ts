import { expect, test } from '@playwright/test';
import { fillApplicant, openStep } from './steps';

test('the app makes no request to another origin and its CSP reports nothing, export included', async ({ page, baseURL }) => {
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) offOrigin.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto('/');

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.trim()).toBe("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');

  // Validation runs (zod must not probe eval), then an export (docx chunk + blob download).
  await openStep(page, 'Aanvrager');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByText('Er is een probleem')).toBeVisible();
  await fillApplicant(page, { institutionName: 'ROC Test' });
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  await download;

  expect(offOrigin).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
