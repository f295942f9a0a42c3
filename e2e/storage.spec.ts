import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { storedDraft } from './browserStorage';
import { fillApplicant, openStep } from './steps';

const INSTITUTION = 'ROC Rijnstad & Partners';
const saved = /^Opgeslagen om \d{2}:\d{2}$/;

async function startWithApplicant(page: Page) {
  await page.goto('/');
  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: INSTITUTION, brin: '25LX' });
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);
}

test('typing survives a reload and a closed tab, and the app returns to the step the user was on', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'automatisch opgeslagen' })).toBeVisible();
  await startWithApplicant(page);

  // Typed right before the reload: saved on the way out (pagehide), not only by the timer.
  await page.getByLabel('Bevoegd gezag').fill('Stichting Rijnstad');
  await page.reload();
  await expect(page).toHaveURL(/#\/aanvrager$/);
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(page.getByLabel('Bevoegd gezag')).toHaveValue('Stichting Rijnstad');

  // Opening the app without a route returns to the last step; an explicit route always wins.
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await page.getByRole('link', { name: 'Doelgroepen' }).click();
  await expect(page).toHaveURL(/#\/doelgroepen$/);
  await page.waitForTimeout(1_200);
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expect(again).toHaveURL(/#\/doelgroepen$/);
  await again.goto('/#/aanvrager');
  await expect(again.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(again.getByLabel('BRIN-code')).toHaveValue('25LX');
  await expect(again.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
});

test('with storage blocked the app keeps working in this window, says so and offers the file', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  const status = page.getByRole('status').filter({ hasText: 'Niet opgeslagen' });
  await expect(status).toHaveText('Niet opgeslagen — alleen in dit venster. Sla uw concept op als bestand.');
  await expectNoAxeViolations(page);

  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: INSTITUTION });
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await page.getByRole('link', { name: 'Aanvrager' }).click();
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);

  // Leaving now would lose the answers: the browser asks first.
  await page.getByLabel('Naam van de instelling').press('End');
  const asked = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan als bestand', exact: true }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.answers.applicant.institutionName).toBe(INSTITUTION);
  // Safe in a file now: leaving no longer asks.
  let askedAgain = false;
  page.on('dialog', () => (askedAgain = true));
  await page.close({ runBeforeUnload: true });
  expect(askedAgain).toBe(false);
});

test('a stored draft that no longer opens is kept aside, reported and offered for download', async ({ page }) => {
  const broken = '{"format":"aanvraagwijzer-draft","version":1,"answers":{"applicant":';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('aanvraagwijzer:draft:current', text);
    }
  }, broken);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'kon niet meer worden geopend' });
  await expect(alert).toContainText('Het is apart bewaard en niet weggegooid');
  await expectNoAxeViolations(page);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const keptKey = keys.find((k) => k.startsWith('aanvraagwijzer:draft:kept-aside:'));
  expect(keptKey && (await page.evaluate((k) => localStorage.getItem(k), keptKey))).toBe(broken);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Onleesbaar concept opslaan als bestand' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(broken);

  // The app works on with a new draft, and a reload does not report the same copy twice over.
  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: INSTITUTION });
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);
  await page.reload();
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with storage full the app says so and keeps every answer', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await openStep(page, 'Aanvrager');
  await fillApplicant(page, { institutionName: INSTITUTION });
  await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toContainText('de opslag van deze browser is vol');
  await expect(page.getByRole('button', { name: 'Opslaan als bestand', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillApplicant(page, { brin: '25LX' });
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
});

test('save as file, wipe the device, open the file: the same draft', async ({ page, browser }, testInfo) => {
  await startWithApplicant(page);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('heading', { name: 'Uw concept' })).toBeVisible();
  await expect(page.getByText('U heeft dit concept nog niet als bestand opgeslagen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan als bestand', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Concept opslaan als bestand' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^concept-roc-rijnstad-partners-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath('concept.json');
  await download.saveAs(path);
  const savedText = readFileSync(path, 'utf8');
  const savedFile = JSON.parse(savedText);
  expect(Object.keys(savedFile).slice(0, 4)).toEqual(['format', 'version', 'schemeId', 'appVersion']);
  expect(savedFile).toMatchObject({ format: 'aanvraagwijzer-draft', version: 2, schemeId: 'ebn-mbo-2021-2022', appVersion: expect.any(String) });
  expect(savedText).toContain('\n  "answers": {');
  await expect(page.getByText(/Het concept is opgeslagen als ‘concept-roc-rijnstad-partners/)).toBeVisible();
  await expect(page.getByText(/^Opgeslagen als bestand om \d{2}:\d{2}/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan als bestand', exact: true })).toHaveCount(0);

  // A wiped device: a fresh browser context has no storage at all.
  const wiped = await browser.newContext({ acceptDownloads: true });
  const fresh = await wiped.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('link', { name: 'Aanvrager' })).toHaveAccessibleDescription('Niet begonnen');
  await fresh.getByLabel('Kies een concept om te openen').setInputFiles(path);
  await expect(fresh.getByText('Het concept uit ‘concept.json’ is geopend.')).toBeVisible();

  const resaving = fresh.waitForEvent('download');
  await fresh.getByRole('button', { name: 'Concept opslaan als bestand' }).click();
  const reopened = JSON.parse(readFileSync(await (await resaving).path(), 'utf8'));
  const { updatedAt: _a, ...before } = savedFile;
  const { updatedAt: _b, ...after } = reopened;
  expect(after).toEqual(before);

  // And it was stored: a reload keeps it.
  await fresh.reload();
  await fresh.goto('/#/aanvrager');
  await expect(fresh.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await wiped.close();
});

test('a Word document made by the app opens as the draft it came from', async ({ page, browser }, testInfo) => {
  await startWithApplicant(page);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-document maken' }).click();
  const path = testInfo.outputPath('aanvraag.docx');
  await (await exporting).saveAs(path);

  const wiped = await browser.newContext();
  const fresh = await wiped.newPage();
  await fresh.goto('/');
  await fresh.getByLabel('Kies een concept om te openen').setInputFiles(path);
  await expect(fresh.getByText('Het concept uit ‘aanvraag.docx’ is geopend.')).toBeVisible();
  await fresh.getByRole('link', { name: 'Aanvrager' }).click();
  await expect(fresh.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(fresh.getByLabel('BRIN-code')).toHaveValue('25LX');
  await wiped.close();
});

test('a refused file changes nothing and says why in Dutch', async ({ page }) => {
  await startWithApplicant(page);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const input = page.getByLabel('Kies een concept om te openen');
  const alert = page.getByRole('alert');

  const tooNew = JSON.stringify({ format: 'aanvraagwijzer-draft', version: 999, schemeId: 'x', answers: {} });
  await input.setInputFiles({ name: 'nieuw.json', mimeType: 'application/json', buffer: Buffer.from(tooNew) });
  await expect(alert).toContainText('Werk de app bij');
  await expect(alert).toContainText('Uw huidige concept is niet veranderd.');
  await expectNoAxeViolations(page);

  await input.setInputFiles({ name: 'brief.json', mimeType: 'application/json', buffer: Buffer.from('Beste adviseur,') });
  await expect(alert).toContainText('Dit bestand is geen concept van de Aanvraagwijzer');
  const deep = '['.repeat(200_000) + ']'.repeat(200_000);
  await input.setInputFiles({ name: 'diep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(alert).toContainText('de opbouw van het bestand klopt niet');
  const polluting = '{"format":"aanvraagwijzer-draft","version":1,"__proto__":{"polluted":"ja"},"answers":{}}';
  await input.setInputFiles({ name: 'vervuild.json', mimeType: 'application/json', buffer: Buffer.from(polluting) });
  // Without a scheme a draft cannot be read at all; the message names that part.
  await expect(alert).toContainText('de regeling ontbreekt of kan niet worden gelezen');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  await input.setInputFiles({ name: 'aanvraag.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
  await expect(alert).toContainText('Word-document');

  await page.getByRole('link', { name: 'Aanvrager' }).click();
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(page.getByLabel('BRIN-code')).toHaveValue('25LX');
});

test('opening an example or a file never replaces the open draft: a new draft, said at the top with focus, the earlier one a click away', async ({ page }, testInfo) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await startWithApplicant(page);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();

  await page.getByRole('button', { name: 'Voorbeeld van een roc openen' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Het voorbeeld ‘Voorbeeld van een roc’ is geopend.' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Het is een nieuw concept. Uw vorige concept ‘Naamloos concept’ staat nog bij uw concepten op dit apparaat.');
  // At the top of the page, right above the heading (a notification banner), in view.
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  const box = await notice.boundingBox();
  expect(box!.y).toBeLessThan(heading!.y);
  expect(heading!.y - (box!.y + box!.height)).toBeLessThan(100);
  expect(await notice.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('opened-notice-phone.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath('opened-notice-desktop.png') });

  await page.getByRole('link', { name: 'Aanvrager' }).click();
  await expect(page.getByLabel('Naam van de instelling')).not.toHaveValue(INSTITUTION);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await page.getByRole('link', { name: 'Al uw concepten op dit apparaat (2)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Naamloos concept' })).toBeVisible();

  // From the drafts page: a file is added as a third draft, said at the top with focus.
  await page.getByText('Een concept uit een bestand toevoegen').click();
  const draft = { format: 'aanvraagwijzer-draft', version: 1, schemeId: 'ebn-mbo-2021-2022', title: 'Uit een bestand', createdAt: '2026-02-03T10:00:00Z', updatedAt: '2026-02-03T10:00:00Z', answers: {} };
  await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'bestand.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  const fromFile = page.getByRole('status').filter({ hasText: 'Het concept uit ‘bestand.json’ is geopend.' });
  await expect(fromFile).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Uit een bestand Nu open' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Naamloos concept' })).toBeVisible();
  await expectNoAxeViolations(page);

  // One click back to the draft that was open before.
  await page.goto('/');
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await page.getByRole('button', { name: 'Terug naar ‘Uit een bestand’' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U werkt weer aan ‘Uit een bestand’' })).toBeFocused();
  await page.getByRole('link', { name: 'Al uw concepten op dit apparaat (4)' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  await page.getByRole('button', { name: 'Openen ‘Naamloos concept’' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is geopend' })).toBeVisible();
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
});

test('two tabs never overwrite each other: the second reads only until it takes over', async ({ page, context }) => {
  await startWithApplicant(page);

  const second = await context.newPage();
  await second.goto('/');
  const readOnly = second.getByRole('status').filter({ hasText: 'Alleen lezen' });
  await expect(readOnly).toContainText('dit concept is al open in een ander tabblad');
  await expectNoAxeViolations(second);
  // The reader cannot type at all (nothing it typed could be saved), so the first tab's answer stays.
  await expect(second.getByLabel('BRIN-code')).toBeDisabled();
  await expect(second.getByRole('button', { name: 'Opslaan en verder' })).toBeDisabled();
  await page.getByLabel('Bevoegd gezag').fill('Stichting Rijnstad');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);

  await second.getByRole('button', { name: 'Hier verder werken' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(second.getByLabel('Bevoegd gezag')).toHaveValue('Stichting Rijnstad');
  await expect(second.getByLabel('BRIN-code')).toHaveValue('25LX');
  await expect(page.getByRole('status').filter({ hasText: 'U werkt nu in een ander tabblad verder' })).toBeVisible();

  // The first tab is now the reader: its fields are locked, the second tab's draft is safe.
  await expect(page.getByLabel('Naam van de instelling')).toBeDisabled();
  await second.getByLabel('Naam', { exact: true }).fill('Fatma Yılmaz');
  await expect(second.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);
  await second.reload();
  await expect(second.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);
  await expect(second.getByLabel('Naam', { exact: true })).toHaveValue('Fatma Yılmaz');
});

test('a tab alone is never read-only, however often it is reloaded', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.status-bar__text')?.textContent?.includes('Alleen lezen')) localStorage.setItem('e2e:saw-reader', '1');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await startWithApplicant(page);
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await expect(page.getByLabel('BRIN-code')).toBeEnabled();
    await expect(page.getByLabel('BRIN-code')).toHaveValue('25LX');
  }
  await fillApplicant(page, { brin: '26LX' });
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);
  expect(await page.evaluate(() => localStorage.getItem('e2e:saw-reader'))).toBeNull();
});

test('a frozen tab that wakes up never overwrites the tab that took over; its unsaved change becomes a draft of its own', async ({ page, context }) => {
  await startWithApplicant(page);
  await expect.poll(() => storedDraft(page)).toContain('25LX');
  // Tab A gets a change and freezes before autosave can store it: its main thread blocks on a
  // synchronous request that this test answers only later (as a long export would block it).
  let thaw: (() => Promise<void>) | undefined;
  const blocked = new Promise<void>((resolve) =>
    void page.route('**/__freeze', (route) => {
      thaw = () => route.fulfill({ body: '' });
      resolve();
    }),
  );
  const frozen = page.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('BRIN-code'));
    const input = document.getElementById(label!.htmlFor) as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '99ZZ');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const request = new XMLHttpRequest();
    request.open('GET', '/__freeze', false);
    request.send();
  });
  await blocked;

  // Tab B: A does not answer, so B reads only until the user takes over; B takes the lock from A.
  const second = await context.newPage();
  await second.goto('/#/aanvrager');
  await second.getByRole('button', { name: 'Hier verder werken' }).click();
  // A never answers: B waits its 3 s for a hand-over, takes the lock and reloads (slow on a busy machine).
  await expect(second.getByLabel('BRIN-code')).toBeEnabled({ timeout: 30_000 });
  await expect(second.getByLabel('BRIN-code')).toHaveValue('25LX');
  await second.getByLabel('Naam', { exact: true }).fill('Fatma Yılmaz');
  await expect(second.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(saved);

  // A wakes up: its pending save is refused, it becomes a reader, and its change is kept aside.
  await thaw!();
  await frozen;
  await expect(page.getByRole('status').filter({ hasText: 'U werkt nu in een ander tabblad verder' })).toBeVisible();
  await expect(page.getByText('Ze zijn niet weggegooid')).toBeVisible();
  await expect(page.getByLabel('BRIN-code')).toBeDisabled();

  await second.reload();
  await expect(second.getByLabel('Naam', { exact: true })).toHaveValue('Fatma Yılmaz');
  await expect(second.getByLabel('BRIN-code')).toHaveValue('25LX');
  await second.goto('/#/concepten');
  const kept = second.getByRole('listitem').filter({ has: second.getByRole('heading', { level: 2, name: /niet opgeslagen wijzigingen uit een ander tabblad/ }) });
  await expect(kept).toContainText('apart bewaard');
  await kept.getByRole('button', { name: /^Openen/ }).click();
  await expect(second.getByRole('status').filter({ hasText: 'is geopend' })).toBeVisible();
  await second.goto('/#/aanvrager');
  await expect(second.getByLabel('BRIN-code')).toHaveValue('99ZZ');
});

test('stored copies a wrong clock would decide between, or that the app did not write, are kept for the user', async ({ page }) => {
  await startWithApplicant(page);
  await expect.poll(() => storedDraft(page)).toContain('25LX');
  // A localStorage copy with other answers, dated in the future (written while the clock was wrong).
  const stored = JSON.parse(await storedDraft(page)) as { answers: { applicant: Record<string, string> } };
  const skewed = { ...stored, updatedAt: '2099-01-01T00:00:00.000Z', answers: { ...stored.answers, applicant: { ...stored.answers.applicant, institutionName: 'ROC Verkeerde Klok' } } };
  await page.evaluate((text) => localStorage.setItem('aanvraagwijzer:draft:current', text), JSON.stringify(skewed));
  await page.reload();
  await expect(page.getByText('In deze browser stonden twee verschillende versies van dit concept')).toBeVisible();
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue('ROC Verkeerde Klok');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Naar uw concepten' }).click();
  const other = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Naamloos concept (andere opgeslagen versie)' }) });
  await expect(other).toHaveCount(1);
  // Kept once: the next start finds one copy and nothing to choose.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw concepten op dit apparaat' })).toBeVisible();
  await expect(other).toHaveCount(1);
  await expect(page.getByText('In deze browser stonden twee verschillende versies van dit concept')).toHaveCount(0);
  await expect(other).toContainText('de klok van de computer stond waarschijnlijk verkeerd');
  await other.getByRole('button', { name: /^Openen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is geopend' })).toBeVisible();
  await page.goto('/#/aanvrager');
  await expect(page.getByLabel('Naam van de instelling')).toHaveValue(INSTITUTION);

  // A record that is not text (another program on this origin wrote it) is kept aside, not overwritten.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const open = indexedDB.open('aanvraagwijzer');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put({ niet: 'tekst', getal: 7 }, 'draft:current');
          tx.oncomplete = () => (open.result.close(), done());
        };
      }),
  );
  await page.evaluate(() => localStorage.removeItem('aanvraagwijzer:draft:current'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'niet door de Aanvraagwijzer geschreven' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Onleesbaar concept opslaan als bestand' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"niet":"tekst","getal":7}');
});

test('screenshots of the draft section and the status bar', async ({ page, context }, testInfo) => {
  await startWithApplicant(page);
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  const second = await context.newPage();
  await second.goto('/#/');
  await expect(second.getByRole('button', { name: 'Hier verder werken' })).toBeVisible();
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    for (const p of [page, second]) {
      await p.setViewportSize({ width, height: 900 });
      await p.evaluate(() => window.scrollTo(0, 0));
    }
    await page.screenshot({ path: testInfo.outputPath(`status-bar-${name}.png`), clip: { x: 0, y: 0, width, height: 250 } });
    await second.screenshot({ path: testInfo.outputPath(`status-bar-read-only-${name}.png`), clip: { x: 0, y: 0, width, height: 250 } });
    await page.locator('.draft-panel').screenshot({ path: testInfo.outputPath(`draft-panel-${name}.png`) });
  }
});
