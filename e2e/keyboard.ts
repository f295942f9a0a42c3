import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard helpers shared by the step journeys and the whole-application journey. They press keys
 * the way a keyboard user would; a locator's focus() is only used to reach a control directly.
 */

/** Moves focus with Tab and checks it lands on the expected control: the keyboard order is part of the test. */
export async function tab(page: Page, target: Locator) {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Presses Tab until the element has focus: proves it is reachable by keyboard, in a sane number of steps. */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reached with ${max} tabs: ${target.toString()}`);
}

/** Reaches a control directly and presses a key on it (Enter for links and buttons, Space for boxes). */
export async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

