import { expect, test, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { bookmarkName } from '../src/word/bookmarkName';
import { addWordComments } from '../src/word/fixtures/addWordComments';
import { expectNoAxeViolations } from './axe';

const DURATION = 'Nazorg – Hoe lang de nazorg duurt';
const HANDOVER = 'Nazorg – Warme overdracht';

async function openReviewMode(page: Page) {
  await page.getByRole('link', { name: /^Beoordelen: lees de aanvraag als document/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeFocused();
}

/** The complete example's advisor version as the advisor sends it back: a good comment, one with an impossible date, one damaged, one with &#1; in it. */
async function returnedDocx(page: Page, path: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Versie voor adviseur maken' }).click();
  await (await download).saveAs(path);
  const files = unzipSync(
    addWordComments(new Uint8Array(readFileSync(path)), [
      { id: 1, author: 'Jan Jansen', date: '2026-11-27T09:00:00Z', text: 'Is 18 maanden haalbaar?', bookmark: bookmarkName('nazorg:duration') },
      { id: 2, author: 'Jan Jansen', date: '+275760-09-13T00:00:00Z', text: 'Noem de gemeente bij naam.', bookmark: bookmarkName('nazorg:handover') },
      { id: 3, author: 'Jan Jansen', date: '2026-11-27T09:10:00Z', text: 'KAPOT', bookmark: bookmarkName('nazorg:handover') },
      { id: 4, author: 'Jan Jansen', date: '2026-11-27T09:20:00Z', text: 'Met een vreemd teken:XYZ', bookmark: bookmarkName('nazorg:duration') },
    ]),
  );
  files['word/comments.xml'] = strToU8(strFromU8(files['word/comments.xml']!).replace('KAPOT', '&nbsp;').replace('XYZ', '&#1;'));
  return Buffer.from(zipSync(files));
}

test('a returned Word file with odd comments: the rest come in, and the user is told what was skipped', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await openReviewMode(page);
  const returned = await returnedDocx(page, testInfo.outputPath('voor-adviseur.docx'));
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await page.getByLabel('Kies een concept om te openen').setInputFiles({
    name: 'terug-van-adviseur.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: returned,
  });
  await expect(page.getByText('Het concept uit ‘terug-van-adviseur.docx’ is geopend.')).toBeVisible();
  const feedback = page.getByRole('status').filter({ hasText: 'Het concept uit ‘terug-van-adviseur.docx’ is geopend.' });
  await expect(feedback).toContainText('Uit het Word-document zijn 3 opmerkingen overgenomen.');
  await expect(feedback).toContainText('Bij 1 opmerking was de datum onmogelijk.');
  // Something did not come in: the notice is a warning, not a success.
  await expect(feedback).toHaveClass(/notice--warning/);
  await expect(feedback).toContainText('1 opmerking is overgeslagen');
  await expect(feedback).toContainText('Die staat nog wel in het Word-document.');
  await expectNoAxeViolations(page);

  await expect(feedback).toBeFocused();
  await feedback.screenshot({ path: testInfo.outputPath('opmerkingen-overgeslagen.png') });
  await openReviewMode(page);
  await expect(page.getByRole('list', { name: `Reacties bij ${DURATION}` })).toContainText('Is 18 maanden haalbaar?');
  await expect(page.getByRole('list', { name: `Reacties bij ${DURATION}` })).toContainText('Met een vreemd teken:');
  await expect(page.getByRole('list', { name: `Reacties bij ${HANDOVER}` })).toContainText('Noem de gemeente bij naam.');
  await expect(page.getByText('3 open reacties, 0 afgehandeld.')).toBeVisible();
});
