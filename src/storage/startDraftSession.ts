import type { DraftFile } from '../../schemas/draft';
import { isLibraryId, newLibraryId } from './draftLibrary';
import { parseFileSave, type FileSave } from './fileSave';
import { createDraftVault, type DraftVault, type StoredCopy, type VaultStores } from './draftVault';
import { parseDraftText } from '../draftFile/parseDraft';
import { STORED_NOT_TEXT } from '../text/storage';
import { localStorageBackend, openIndexedDbBackend, type StorageKind } from './storageBackends';
import { createTabLock, soloTabLock, type TabLock } from './tabLock';
import { filesOnlyChosen, openedFromDisk } from './filesOnly';

/** A stored draft that no longer opens: kept under `key` (when storing worked) and offered as a download. */
export interface KeptAside {
  key: string | undefined;
  text: string;
  message: string;
}

export interface DraftSessionStart {
  draft: DraftFile;
  /** The open draft's id in the list of drafts on this device (stored inside the autosave copy). */
  activeId: string;
  vault: DraftVault;
  lock: TabLock;
  /** Where the draft came from; undefined for a new, empty draft. */
  restoredFrom: StorageKind | undefined;
  /** Dutch: what migration changed in the restored draft. */
  report: string[];
  keptAside: KeptAside[];
  fileSave: FileSave | undefined;
  /**
   * Another stored copy of the open draft that differs from it, when the one that opened won only
   * by a date in the future (a clock that was wrong): which one is right is the user's choice, so
   * the session puts this one in the drafts list once it writes.
   */
  otherCopy?: DraftFile;
  /** The user chose to keep drafts only in files (single-file edition from disk): nothing is read or stored here. */
  filesOnly?: boolean;
}

export interface StartOptions {
  emptyDraft: DraftFile;
  schemeIds?: readonly string[];
  now?: () => Date;
  /** Injected by tests; by default: opened from disk and chosen there (filesOnly.ts). */
  filesOnly?: boolean;
  /** Injected by tests. */
  vault?: DraftVault;
  lock?: TabLock;
}

/**
 * Everything that happens before the first render: open storage, restore the newest stored copy
 * through parseDraft, keep broken copies aside, claim the draft for this tab. Never throws: at
 * worst the user starts with an empty draft that lives in this window, and is told so.
 */
export async function startDraftSession({
  emptyDraft,
  schemeIds,
  now = () => new Date(),
  filesOnly = openedFromDisk() && filesOnlyChosen(),
  vault: injectedVault,
  lock: injectedLock,
}: StartOptions): Promise<DraftSessionStart> {
  // Only in files: browser storage is not even opened (opening IndexedDB would create the database).
  const lock = injectedLock ?? (filesOnly ? soloTabLock() : createTabLock());
  const vault = injectedVault ?? createDraftVault(filesOnly ? {} : await openBrowserStorage());
  const restored = await restoreFromVault(vault, { schemeIds, now });
  return {
    ...restored,
    draft: restored.draft ?? emptyDraft,
    activeId: restored.activeId ?? newLibraryId(),
    vault,
    lock,
    fileSave: parseFileSave(await vault.readMeta()),
    filesOnly,
  };
}

/** IndexedDB and localStorage, each only if it works here. */
export async function openBrowserStorage(): Promise<VaultStores> {
  return { indexedDb: await openIndexedDbBackend(), local: localStorageBackend() };
}

export interface Restored {
  /** Undefined when nothing stored could be opened. */
  draft: DraftFile | undefined;
  activeId: string | undefined;
  restoredFrom: StorageKind | undefined;
  report: string[];
  keptAside: KeptAside[];
  otherCopy?: DraftFile;
}

/** A copy dated more than this after the device's clock now was written while a clock was wrong. */
const FUTURE_TOLERANCE_MS = 60_000;

/** The newest stored copy of the open draft, through parseDraft; what does not open is kept aside. */
export async function restoreFromVault(vault: DraftVault, { schemeIds, now = () => new Date() }: { schemeIds?: readonly string[]; now?: () => Date }): Promise<Restored> {
  const copies = await vault.readCopies();
  const keptAside: KeptAside[] = [];
  const opened: { copy: StoredCopy; draft: DraftFile; report: string[] }[] = [];
  for (const copy of copies) {
    const parsed = copy.notText ? { ok: false as const, message: STORED_NOT_TEXT } : parseDraftText(copy.text, { schemeIds });
    if (!parsed.ok) {
      keptAside.push({ key: await vault.keepAside(copy, now()), text: copy.text, message: parsed.message });
      continue;
    }
    opened.push({ copy, draft: parsed.draft, report: parsed.report });
  }
  // The newest wins; on a tie the localStorage copy, which is only written when the page went away.
  const ageOf = (c: (typeof opened)[number]) => Date.parse(c.draft.updatedAt);
  const best = opened.reduce<(typeof opened)[number] | undefined>((a, c) => (!a || ageOf(c) > ageOf(a) || (ageOf(c) === ageOf(a) && c.copy.kind === 'localstorage') ? c : a), undefined);
  const wonByFutureDate = best !== undefined && ageOf(best) > now().getTime() + FUTURE_TOLERANCE_MS;
  const other = wonByFutureDate ? opened.find((c) => c !== best && contentOf(c.draft) !== contentOf(best.draft)) : undefined;
  return {
    draft: best?.draft,
    activeId: best && libraryIdOf(best.copy.text),
    restoredFrom: best?.copy.kind,
    report: best?.report ?? [],
    keptAside,
    ...(other ? { otherCopy: other.draft } : {}),
  };
}

/** What the user wrote, to tell two copies apart (not when they were saved or which step was open). */
const contentOf = (draft: DraftFile) => JSON.stringify([draft.schemeId, draft.title ?? '', draft.answers]);

/**
 * The autosave copy carries the draft's library id next to the draft fields (parseDraft drops
 * it), so the id and the content are always written together.
 */
function libraryIdOf(text: string): string | undefined {
  try {
    const id: unknown = (JSON.parse(text) as { libraryId?: unknown }).libraryId;
    return typeof id === 'string' && isLibraryId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
