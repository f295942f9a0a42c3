/**
 * The single-file edition opened from disk (file://) shares the browser's storage with every other
 * HTML file on this computer: Chromium gives all of them one origin. There the user may choose to
 * keep drafts only in files. The choice is a preference, not user data: it is kept under its own
 * key, outside the app's keys, so "Wis alles" leaves it as it is.
 */
const KEY = 'aanvraagwijzer-alleen-bestanden';

type GetStorage = () => Storage | undefined;
const browserStorage: GetStorage = () => globalThis.localStorage;

/** The app was opened as a file from disk (the single-file edition). */
export const openedFromDisk = (location: Pick<Location, 'protocol'> | undefined = globalThis.location) => location?.protocol === 'file:';

/** Whether the user chose to keep drafts only in files (only honoured when opened from disk). */
export function filesOnlyChosen(storage: GetStorage = browserStorage): boolean {
  try {
    return storage()?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the choice; false when this browser cannot remember it (then it holds until the window closes). */
export function chooseFilesOnly(on: boolean, storage: GetStorage = browserStorage): boolean {
  try {
    if (on) storage()?.setItem(KEY, '1');
    else storage()?.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
