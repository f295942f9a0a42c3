import { z } from 'zod/mini';
import type { DraftFile } from '../../schemas/draft';
import { isLibraryId, newLibraryId } from './draftLibrary';
import { createDraftVault, type DraftVault, type StoredCopy } from './draftVault';
import { parseDraftText } from './parseDraft';
import { localStorageBackend, openIndexedDbBackend, type StorageKind } from './storageBackends';
import { createTabLock, type TabLock } from './tabLock';

/** When the draft was last written to (or read from) a file, to remind the user to save a new one. */
const fileSaveSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  fileName: z.string().check(z.maxLength(300)),
  fingerprint: z.string().check(z.maxLength(100)),
  how: z.enum(['saved', 'opened']),
});
export type FileSave = z.infer<typeof fileSaveSchema>;

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
}

export interface StartOptions {
  emptyDraft: DraftFile;
  schemeIds?: readonly string[];
  now?: () => Date;
  /** Injected by tests. */
  vault?: DraftVault;
  lock?: TabLock;
}

/**
 * Everything that happens before the first render: open storage, restore the newest stored copy
 * through parseDraft, keep broken copies aside, claim the draft for this tab. Never throws: at
 * worst the user starts with an empty draft that lives in this window, and is told so.
 */
export async function startDraftSession({ emptyDraft, schemeIds, now = () => new Date(), vault: injectedVault, lock: injectedLock }: StartOptions): Promise<DraftSessionStart> {
  const lock = injectedLock ?? createTabLock();
  const vault = injectedVault ?? createDraftVault({ indexedDb: await openIndexedDbBackend(), local: localStorageBackend() });
  const copies = await vault.readCopies();
  const keptAside: KeptAside[] = [];
  let best: { copy: StoredCopy; draft: DraftFile; report: string[] } | undefined;
  for (const copy of copies) {
    const parsed = parseDraftText(copy.text, { schemeIds });
    if (!parsed.ok) {
      keptAside.push({ key: await vault.keepAside(copy, now()), text: copy.text, message: parsed.message });
      continue;
    }
    // The newest wins; on a tie the localStorage copy, which is only written when the page went away.
    const age = best ? Date.parse(parsed.draft.updatedAt) - Date.parse(best.draft.updatedAt) : 1;
    if (age > 0 || (age === 0 && copy.kind === 'localstorage')) {
      best = { copy, draft: parsed.draft, report: parsed.report };
    }
  }
  return {
    draft: best?.draft ?? emptyDraft,
    activeId: (best && libraryIdOf(best.copy.text)) ?? newLibraryId(),
    vault,
    lock,
    restoredFrom: best?.copy.kind,
    report: best?.report ?? [],
    keptAside,
    fileSave: parseFileSave(await vault.readMeta()),
  };
}

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

export function parseFileSave(text: string | undefined): FileSave | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = fileSaveSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
