import { LIMITS } from '../../schemas/limits';
import { filesOnlyChosen, openedFromDisk } from './filesOnly';

/**
 * The name an advisor comments under, remembered on this device so it need not be typed for each
 * comment. localStorage may be missing or refuse (private mode, blocked storage, full): then the
 * name is simply not remembered, and commenting works as before.
 */
const KEY = 'aanvraagwijzer:naam-reacties';
/** Not remembered where the user chose to keep nothing in this browser (filesOnly.ts). */
const browserStorage = () => (openedFromDisk() && filesOnlyChosen() ? undefined : globalThis.localStorage);

export function loadReviewerName(storage: () => Storage | undefined = browserStorage): string {
  try {
    return storage()?.getItem(KEY)?.slice(0, LIMITS.shortText) ?? '';
  } catch {
    return '';
  }
}

export function saveReviewerName(name: string, storage: () => Storage | undefined = browserStorage): void {
  try {
    storage()?.setItem(KEY, name.trim().slice(0, LIMITS.shortText));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
