import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/**
 * The journey with the keyboard only (#14.2): after every action the focus is somewhere a user
 * can go on from — never on <body>, not even for a frame while a lazily loaded page arrives.
 * The first Tab on a freshly opened page reaches the skip link.
 */

declare global {
  interface Window {
    __bodyFrames?: number;
    __watching?: number;
  }
}

/** From now on, counts every frame in which the focus is on <body>. */
async function watchFocus(page: Page) {
  await page.evaluate(() => {
    if (window.__watching) cancelAnimationFrame(window.__watching);
    window.__bodyFrames = 0;
    const tick = () => {
      if (document.activeElement === document.body || document.activeElement === null) window.__bodyFrames! += 1;
      window.__watching = requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Presses a key on the focused control and checks where the focus lands, and that it never fell to <body> on the way. */
async function act(page: Page, key: string, landsOn: Locator) {
  await watchFocus(page);
  await page.keyboard.press(key);
  await expect(landsOn).toBeFocused();
  // A few more frames: the focus must stay where it landed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(landsOn).toBeFocused();
  expect(await page.evaluate(() => window.__bodyFrames), `focus fell to <body> after ${key}`).toBe(0);
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
/** A success notice in a live region (the notice itself, or the one inside the region, takes the focus). */
const notice = (page: Page, text: string | RegExp) => page.locator('[role="status"].notice, [role="status"] > .notice').filter({ hasText: text });

test('the whole journey by keyboard: the focus is never lost after an action', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page, 'Uw aanvraag in stappen')).toBeVisible();
  // First load: the focus stays with the browser, so the first Tab reaches the skip link.
  await expect(h1(page, 'Uw aanvraag in stappen')).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await act(page, 'Enter', page.locator('main'));

  // A task opens its step (a lazily loaded page): its heading takes the focus.
  await tabTo(page, page.getByRole('link', { name: 'Aanvrager', exact: true }));
  await act(page, 'Enter', h1(page, 'Aanvrager'));
  await tabTo(page, page.getByLabel('Naam van de instelling'));
  await page.keyboard.type('ROC Toetsenbord');
  // Errors: the summary takes the focus; saving with errors never loses it.
  await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }), 80);
  await act(page, 'Enter', page.getByRole('alert').filter({ hasText: 'Er is een probleem' }));
  // "Terug" at the top leads to the task list, whose heading takes the focus.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Terug', exact: true })).toBeFocused();
  await act(page, 'Enter', h1(page, 'Uw aanvraag in stappen'));

  // Opening an example: the notice saying so takes the focus.
  await tabTo(page, page.getByRole('button', { name: 'Voorbeeld van een roc openen' }), 80);
  await act(page, 'Enter', notice(page, 'Het voorbeeld ‘Voorbeeld van een roc’ is geopend.'));

  // Export: the button keeps the focus while it works (aria-disabled, not disabled) and after.
  const exportButton = page.getByRole('button', { name: /^Word-document (maken|wordt gemaakt…)$/ });
  await tabTo(page, exportButton, 80);
  const download = page.waitForEvent('download');
  await act(page, 'Enter', exportButton);
  await download;
  await expect(notice(page, /Het Word-document ‘.*\.docx’ is gemaakt/)).toBeVisible();
  await expect(exportButton).toBeFocused();
  await expect(exportButton).not.toHaveAttribute('aria-disabled', 'true');
  expect(await page.evaluate(() => window.__bodyFrames)).toBe(0);

  // The drafts on this device: rename, cancel a rename, remove, undo, open another.
  await tabTo(page, page.getByRole('link', { name: /^Al uw concepten op dit apparaat/ }), 80);
  await act(page, 'Enter', h1(page, 'Uw concepten op dit apparaat'));
  const rename = page.getByRole('button', { name: 'Naam wijzigen ‘ROC Rijnstad – eerste opzet’' });
  await tabTo(page, rename);
  await act(page, 'Enter', page.getByLabel('Nieuwe naam voor ‘ROC Rijnstad – eerste opzet’'));
  await tabTo(page, page.getByRole('button', { name: 'Annuleren' }));
  await act(page, 'Enter', rename);
  await act(page, 'Enter', page.getByLabel('Nieuwe naam voor ‘ROC Rijnstad – eerste opzet’'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('ROC Toetsenbord 2026');
  await act(page, 'Enter', notice(page, 'De naam is nu ‘ROC Toetsenbord 2026’.'));

  const removeOther = page.getByRole('button', { name: 'Verwijderen ‘Naamloos concept’' });
  await tabTo(page, removeOther);
  await act(page, 'Enter', notice(page, 'Het concept ‘Naamloos concept’ is verwijderd.'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
  await act(page, 'Enter', notice(page, 'Het concept ‘Naamloos concept’ is teruggezet.'));
  await tabTo(page, page.getByRole('button', { name: 'Openen ‘Naamloos concept’' }));
  await act(page, 'Enter', notice(page, /is geopend|Naamloos concept/));

  // Versions: keep one, remove it, undo.
  await page.goto('/#/versies');
  await expect(h1(page, 'Versies van dit concept')).toBeVisible();
  await tabTo(page, page.getByLabel('Naam van de versie'));
  await page.keyboard.type('Voor de adviseur');
  await act(page, 'Enter', notice(page, 'De versie is bewaard.'));
  await tabTo(page, page.getByRole('button', { name: 'Verwijderen ‘Voor de adviseur’' }));
  await act(page, 'Enter', notice(page, 'De versie ‘Voor de adviseur’ is verwijderd.'));
  await page.keyboard.press('Tab');
  await act(page, 'Enter', notice(page, 'De versie ‘Voor de adviseur’ is teruggezet.'));

  // The privacy page leads to "Wis alles op dit apparaat", which has the focus when it opens.
  await page.goto('/#/privacy');
  await tabTo(page, page.getByRole('link', { name: 'Naar ‘Wis alles op dit apparaat’' }), 60);
  await act(page, 'Enter', page.getByRole('button', { name: 'Wis alles op dit apparaat' }));
  // "Niet wissen" puts the focus back on the button.
  await act(page, 'Enter', page.getByRole('alert').filter({ hasText: /zeker/i }));
  await tabTo(page, page.getByRole('button', { name: 'Niet wissen' }));
  await act(page, 'Enter', page.getByRole('button', { name: 'Wis alles op dit apparaat' }));
});
