import { expect, test, type Page } from '@playwright/test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { readDraftJsonFromDocx } from '../src/word/readDocxDraft';
import { expectNoAxeViolations } from './axe';
import { fillApplicant, openStep } from './steps';

const INSTITUTION = 'ROC Çağlar & Zn <Noord> – “Ağrı” 🎓';

async function fillApplicantStep(page: Page) {
  await page.goto('/');
  await openStep(page, 'Aanvrager');
  await fillApplicant(page, {
    institutionName: INSTITUTION,
    brin: '25LX',
    bevoegdGezag: 'Stichting Onderwijs Noord & Oost',
    contactName: 'Fatma Yılmaz',
    contactEmail: 'fatma@caglar.nl',
    contactPhone: '030 123 45 67',
    signatoryName: 'محمد الأمين',
    signatoryRole: 'Voorzitter college van bestuur',
  });
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
}

async function openPreview(page: Page) {
  await page.getByRole('link', { name: 'Bekijk eerst het voorbeeld van het Word-document' }).click();
  await expect(page).toHaveURL(/#\/voorbeeld$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Voorbeeld van het Word-document' })).toBeFocused();
}

/** A school's own Word file with placeholders, made the way Word stores typed text. */
async function houseStyleFile(lines: string[]) {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Georgia' })] })) }] });
  return { name: 'huisstijl.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await Packer.toBuffer(doc) };
}

test('the preview shows the document text, and the downloaded Word file carries the answers and the draft', async ({ page }, testInfo) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // The preview draws plain data: it shows everything while the docx library cannot load (the app
  // loads it ahead for the export when the browser is idle; here that fails, and the export retries).
  const wordChunk = /exportDocx-.*\.js$/;
  await page.route(wordChunk, (route) => route.abort());
  await fillApplicantStep(page);
  await openPreview(page);

  const preview = page.getByRole('article', { name: 'Voorbeeld van het document' });
  await expect(preview).toContainText(INSTITUTION);
  await expect(preview.getByRole('heading', { level: 2, name: '1. Gegevens van de aanvrager' })).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2, name: 'Bijlage A. Openstaande punten' })).toBeVisible();
  await expect(preview).toContainText('CONCEPT — NIET INDIENEN');
  await expect(preview.getByRole('row', { name: /BRIN-code 25LX/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.unroute(wordChunk);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('voorbeeld-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('voorbeeld-390.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^aanvraag-roc-caglar-zn-noord-agri-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(scripts.some((url) => /exportDocx-.*\.js$/.test(url))).toBe(true);
  const file = testInfo.outputPath('aanvraag.docx');
  await download.saveAs(file);

  const text = (await mammoth.extractRawText({ path: file })).value;
  for (const answer of [INSTITUTION, '25LX', 'Stichting Onderwijs Noord & Oost', 'Fatma Yılmaz', 'fatma@caglar.nl', '030 123 45 67', 'محمد الأمين']) {
    expect(text).toContain(answer);
  }
  expect(text).toContain('Bijlage A. Openstaande punten');

  const read = await readDraftJsonFromDocx(new Uint8Array(readFileSync(file)), 5_000_000);
  expect(read.ok).toBe(true);
  const draft = read.ok ? JSON.parse(read.json) : undefined;
  expect(draft.format).toBe('aanvraagwijzer-draft');
  expect(draft.answers.applicant).toMatchObject({ institutionName: INSTITUTION, brin: '25LX', signatoryName: 'محمد الأمين' });
});

test('a house-style Word file is filled, and unknown fields are named in Dutch', async ({ page }, testInfo) => {
  await fillApplicantStep(page);
  await openPreview(page);
  const input = page.getByLabel('Kies uw Word-sjabloon (.docx)');

  await input.setInputFiles(await houseStyleFile(['Aanvraag van {{applicant.instelling}}', '{{aanvraag}}']));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dit veld kent de Aanvraagwijzer niet: {{applicant.instelling}}');
  await expectNoAxeViolations(page);

  await page.getByText('Welke velden kan ik gebruiken?', { exact: true }).click();
  await expect(page.getByRole('cell', { name: '{{applicant.institutionName}}' })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloadPromise = page.waitForEvent('download');
  await input.setInputFiles(await houseStyleFile(['Huisstijl: {{applicant.institutionName}} ({{applicant.brin}})', '{{aanvraag}}']));
  const download = await downloadPromise;
  await expect(page.getByRole('status').filter({ hasText: 'in uw huisstijl' })).toBeVisible();
  const file = testInfo.outputPath('huisstijl-ingevuld.docx');
  await download.saveAs(file);
  const text = (await mammoth.extractRawText({ path: file })).value;
  expect(text).toContain(`Huisstijl: ${INSTITUTION} (25LX)`);
  expect(text).toContain('1. Gegevens van de aanvrager');
  const read = await readDraftJsonFromDocx(new Uint8Array(readFileSync(file)), 5_000_000);
  expect(read.ok && JSON.parse(read.json).answers.applicant.institutionName).toBe(INSTITUTION);
});

test('a second click on the unchanged draft hands out the same file; after a change the file is made anew', async ({ page }) => {
  await fillApplicantStep(page);
  const exportOnce = async () => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Word-document maken' }).click();
    const download = await downloadPromise;
    await expect(page.locator('.export__status')).toContainText('is gemaakt');
    return readFileSync((await download.path())!);
  };
  const first = await exportOnce();
  const again = await exportOnce();
  expect(again.equals(first)).toBe(true);

  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: 'ROC Nieuwe Naam' });
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const changed = await exportOnce();
  expect(changed.equals(first)).toBe(false);
  const text = (await mammoth.extractRawText({ buffer: changed })).value;
  expect(text).toContain('ROC Nieuwe Naam');
  expect(text).not.toContain(INSTITUTION);
});
