import type { Page } from '@playwright/test';

/** The open draft as this page's browser stored it in IndexedDB ('' when there is none, or no database). */
export function storedDraft(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('aanvraagwijzer');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kv')) {
            db.close();
            return resolve('');
          }
          const get = db.transaction('kv').objectStore('kv').get('draft:current');
          get.onsuccess = () => {
            resolve(String(get.result ?? ''));
            db.close();
          };
        };
      }),
  );
}

/** The app's keys in localStorage. */
export const localStorageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('aanvraagwijzer')));
