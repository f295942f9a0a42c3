import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { bookmarkName } from '../src/word/bookmarkName';
import { addWordComments } from '../src/word/fixtures/addWordComments';
import { expectNoAxeViolations } from './axe';

const DURATION = 'Nazorg – Hoe lang de nazorg duurt';
const HANDOVER = 'Nazorg – Warme overdracht';
const INDICATORS = 'Monitoring en verantwoording – Indicatoren';
const REQUESTED = 'Begroting – Gevraagde subsidie';

async function openComplete(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Volledig ingevuld voorbeeld openen' }).click();
  await expect(page.getByText('Het voorbeeld ‘Volledig ingevuld voorbeeld’ is geopend.')).toBeVisible();
}

async function openReviewMode(page: Page) {
  await page.getByRole('link', { name: /^Beoordelen: lees de aanvraag als document/ }).click();
  await expect(page).toHaveURL(/#\/beoordelen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeFocused();
}

/** A section's switch that gives each of its answers a "Reactie toevoegen". */
const answersOf = (page: Page, section: string) => page.getByRole('button', { name: new RegExp(`^Reageren op een antwoord in dit hoofdstuk.* bij Hoofdstuk ‘${section}’$`) });

const thread = (page: Page, label: string) => page.getByRole('list', { name: `Reacties bij ${label}` });

/** Where each comment's range starts in document.xml: the innermost "aw_" bookmark open there. */
function bookmarkAround(documentXml: string, commentId: string): string | undefined {
  const open: string[] = [];
  const names = new Map<string, string>();
  for (const m of documentXml.matchAll(/<w:(bookmarkStart|bookmarkEnd|commentRangeStart)\b([^>]*)\/>/g)) {
    const id = /w:id="([^"]+)"/.exec(m[2]!)![1]!;
    if (m[1] === 'bookmarkStart') {
      const name = /w:name="([^"]+)"/.exec(m[2]!)![1]!;
      if (name.startsWith('aw_')) {
        names.set(id, name);
        open.push(name);
      }
    } else if (m[1] === 'bookmarkEnd') {
      if (names.has(id)) open.splice(open.indexOf(names.get(id)!), 1);
    } else if (id === commentId) return open.at(-1);
  }
  return undefined;
}

test('an advisor comments in review mode, exports the advisor’s version, and Word comments and changes come back', async ({ page }, testInfo) => {
  await openComplete(page);
  await openReviewMode(page);
  const documentView = page.getByRole('article', { name: 'Voorbeeld van het document' });
  await expect(documentView.getByRole('heading', { level: 2, name: /^\d+\. Nazorg$/ })).toBeVisible();
  await expect(page.getByText('Stap ‘Nazorg’:')).toBeVisible();
  await expect(page.getByText('0 open reacties, 0 afgehandeld.')).toBeVisible();
  await expectNoAxeViolations(page);

  // A comment on an answer: the section's answers get their "Reactie toevoegen" on demand; the form is labelled with the answer; a missing text is said at the field.
  await expect(page.getByRole('button', { name: `Reactie toevoegen bij ${DURATION}` })).toHaveCount(0);
  await answersOf(page, 'Nazorg').click();
  await expect(answersOf(page, 'Nazorg')).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: `Reactie toevoegen bij ${DURATION}` }).click();
  const form = page.getByRole('form', { name: `Reactie bij ${DURATION}` });
  await expect(form.getByLabel('Uw naam')).toBeFocused();
  await form.getByLabel('Uw naam').fill('Anna de Vries');
  await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(form.getByText('Typ uw reactie.')).toBeVisible();
  await expect(form.getByLabel('Uw reactie')).toBeFocused();
  await expectNoAxeViolations(page, ['.comment-form']);
  await form.getByLabel('Uw reactie').fill('Is 18 maanden haalbaar met deze bezetting?');
  await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
  const first = thread(page, DURATION).getByRole('article');
  await expect(first).toBeFocused();
  await expect(first).toContainText('Anna de Vries');
  await expect(first).toContainText('Is 18 maanden haalbaar met deze bezetting?');
  await expect(page.getByRole('status').filter({ hasText: `Uw reactie bij ${DURATION} is geplaatst.` })).toBeVisible();

  // A reply: the name is remembered, the focus starts in the text and ends on the new reply.
  await first.getByRole('button', { name: 'Antwoorden (reactie van Anna de Vries)' }).click();
  const replyForm = page.getByRole('form', { name: 'Antwoord op de reactie van Anna de Vries' });
  await expect(replyForm.getByLabel('Uw naam')).toHaveValue('Anna de Vries');
  await expect(replyForm.getByLabel('Uw antwoord')).toBeFocused();
  await replyForm.getByLabel('Uw antwoord').fill('Zie ook de planning.');
  await replyForm.getByRole('button', { name: 'Antwoord plaatsen' }).click();
  await expect(first.getByRole('listitem').filter({ hasText: 'Zie ook de planning.' })).toBeFocused();

  // A second comment, resolved: it stays in the app, not in the advisor's version.
  await page.getByRole('button', { name: `Reactie toevoegen bij ${HANDOVER}` }).click();
  await expect(page.getByRole('form', { name: `Reactie bij ${HANDOVER}` }).getByLabel('Uw reactie')).toBeFocused();
  await page.keyboard.type('Noem de gemeente bij naam.');
  await page.getByRole('form', { name: `Reactie bij ${HANDOVER}` }).getByRole('button', { name: 'Reactie plaatsen' }).click();
  const resolve = thread(page, HANDOVER).getByRole('button', { name: 'Afhandelen (reactie van Anna de Vries)' });
  await resolve.click();
  await expect(thread(page, HANDOVER).getByRole('button', { name: 'Weer openen (reactie van Anna de Vries)' })).toBeFocused();
  await expect(thread(page, HANDOVER)).toContainText('afgehandeld');
  await expect(page.getByText('1 open reactie, 1 afgehandeld.')).toBeVisible();

  // A table's answers: one list of "Reactie toevoegen", opened on demand; axe with a form open and comments shown.
  await answersOf(page, 'Gegevens van de aanvrager').click();
  await documentView.getByText('Reageren op een antwoord in deze tabel (9)').first().click();
  await page.getByRole('button', { name: 'Reactie toevoegen bij Aanvrager – E-mailadres' }).click();
  await expect(page.getByRole('form', { name: 'Reactie bij Aanvrager – E-mailadres' })).toBeVisible();
  await expectNoAxeViolations(page, ['.review-answer__add[open]', '.comment-thread']);
  await page.setViewportSize({ width: 1280, height: 900 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('beoordelen-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('beoordelen-390.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('form', { name: 'Reactie bij Aanvrager – E-mailadres' }).getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('button', { name: 'Reactie toevoegen bij Aanvrager – E-mailadres' })).toBeFocused();

  // The comments live in the draft: a reload keeps them.
  await page.reload();
  await expect(thread(page, DURATION)).toContainText('Zie ook de planning.');

  // "Versie voor adviseur": the open comment and its reply as Word comments inside the answer's bookmark.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Versie voor adviseur maken' }).click();
  const file = testInfo.outputPath('voor-adviseur.docx');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/-met-opmerkingen\.docx$/);
  const advisorVersion = new Uint8Array(readFileSync(file));
  const parts = unzipSync(advisorVersion);
  const commentsXml = strFromU8(parts['word/comments.xml']!);
  expect(commentsXml).toContain('Is 18 maanden haalbaar met deze bezetting?');
  expect(commentsXml).toContain('Zie ook de planning.');
  expect(commentsXml).not.toContain('Noem de gemeente bij naam.');
  expect(commentsXml).toContain('w:author="Anna de Vries"');
  const documentXml = strFromU8(parts['word/document.xml']!);
  expect(bookmarkAround(documentXml, '0')).toBe(bookmarkName('nazorg:duration'));

  // The advisor adds comments in Word, answers Anna, and rewrites two answers; the author opens that file.
  const fromWord = addWordComments(
    advisorVersion,
    [
      { id: 20, author: 'Jan Jansen', date: '2026-11-27T09:00:00Z', text: 'Maak de indicatoren meetbaar.', bookmark: bookmarkName('monitoring:indicators') },
      { id: 21, author: 'Jan Jansen', date: '2026-11-27T09:05:00Z', text: 'Dat is haalbaar, prima.', bookmark: bookmarkName('nazorg:duration'), parentId: 0 },
    ],
    [
      { bookmark: bookmarkName('nazorg:handover'), text: 'De coach draagt over aan het RMC van de gemeente Lindeveld.' },
      { bookmark: bookmarkName('budget:requestedAmount'), text: '€ 400.000,00' },
    ],
  );
  await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
  await page.getByLabel('Kies een concept om te openen').setInputFiles({
    name: 'terug-van-adviseur.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(fromWord),
  });
  await expect(page.getByText('Het concept uit ‘terug-van-adviseur.docx’ is geopend.')).toBeVisible();
  await openReviewMode(page);

  // A Word comment comes back next to its answer, in view without opening the section's answers.
  await expect(page.getByRole('button', { name: `Reactie toevoegen bij ${INDICATORS}` })).toHaveCount(0);
  await expect(thread(page, INDICATORS)).toContainText('Jan Jansen');
  await expect(thread(page, INDICATORS)).toContainText('Maak de indicatoren meetbaar.');
  await expect(thread(page, INDICATORS)).toContainText('uit Word');
  await expect(thread(page, DURATION).getByRole('article')).toHaveCount(1);
  await expect(thread(page, DURATION)).toContainText('Dat is haalbaar, prima.');

  const changes = page.getByRole('region', { name: 'Gewijzigd in Word' });
  await expect(changes.getByRole('heading', { level: 3 })).toHaveText([HANDOVER, REQUESTED]);
  await expect(changes).toContainText('De coach draagt over aan het RMC van de gemeente Lindeveld.');
  await expect(changes.getByRole('link', { name: `Naar ${REQUESTED}` })).toBeVisible();
  await expect(changes.getByRole('button', { name: `Overnemen (${REQUESTED})` })).toHaveCount(0);
  // The page was checked whole above; what the Word file brought in is checked here.
  await expectNoAxeViolations(page, ['.word-changes', '.comment-thread']);

  await changes.getByRole('button', { name: `Overnemen (${HANDOVER})` }).click();
  await expect(page.getByRole('status').filter({ hasText: `De tekst uit Word staat nu in uw concept bij ${HANDOVER}.` })).toBeVisible();
  await expect(changes.getByRole('heading', { level: 3, name: REQUESTED })).toBeFocused();
  await expect(documentView).toContainText('De coach draagt over aan het RMC van de gemeente Lindeveld.');
  await changes.getByRole('button', { name: `Negeren (${REQUESTED})` }).click();
  await expect(changes).toHaveCount(0);

  await page.goto('/#/nazorg');
  await expect(page.getByLabel(/warm over/)).toHaveValue('De coach draagt over aan het RMC van de gemeente Lindeveld.');
});
