import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { asDocm, externalRelationships, macroParts, plainHouseStyle, withExternalLinks, withRemoteTemplate } from '../src/word/fixtures/hostileHouseStyle';
import { expectNoAxeViolations } from './axe';

const asFile = (bytes: Uint8Array, name = 'huisstijl.docx') => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  buffer: Buffer.from(bytes),
});

async function openPreviewOfExample(page: Page) {
  await page.goto('/');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk eerst het voorbeeld van het Word-document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorbeeld van het Word-document' })).toBeFocused();
}

test('a hostile house style: macros, a remote template and links are taken out and named; too many blocks are refused', async ({ page }, testInfo) => {
  await openPreviewOfExample(page);
  const input = page.getByLabel('Kies uw Word-sjabloon (.docx)');

  // A renamed .docm with a remote attached template, a link and a picture from the internet, using a block twice.
  const template = withExternalLinks(
    withRemoteTemplate(asDocm(await plainHouseStyle(['Huisstijl {{applicant.institutionName}}', '{{block.applicantTable}}', '{{aanvraag}}', '{{block.applicantTable}}'], { image: true }))),
  );
  const download = page.waitForEvent('download');
  await input.setInputFiles(asFile(template, 'huisstijl.docm.docx'));
  const file = testInfo.outputPath('huisstijl-ingevuld.docx');
  await (await download).saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'in uw huisstijl' })).toBeVisible();
  await expect(page.getByText('Het sjabloon bevatte macro’s (VBA). Die zijn niet meegenomen')).toBeVisible();
  await expect(page.getByText('Het sjabloon was gekoppeld aan een ander sjabloon elders')).toBeVisible();
  await expect(page.getByText('Het sjabloon had 2 koppelingen naar buiten het document')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('.house-style').screenshot({ path: testInfo.outputPath('huisstijl-opgeschoond.png') });
  const bytes = new Uint8Array(readFileSync(file));
  expect(macroParts(bytes)).toEqual([]);
  expect(externalRelationships(bytes)).toEqual([]);

  // 21 blocks: refused before any work, with the limit named.
  await input.setInputFiles(asFile(await plainHouseStyle(Array.from({ length: 21 }, () => '{{aanvraag}}'))));
  await expect(page.getByRole('alert')).toContainText('Dat kan ten hoogste 20 keer. Meestal is één keer {{aanvraag}} genoeg.');
  await expectNoAxeViolations(page);
});
