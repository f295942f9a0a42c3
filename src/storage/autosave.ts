import type { DraftVault } from './draftVault';
import type { StorageFailure, StorageKind } from './storageBackends';

export type SaveStatus =
  /** Nothing changed since the draft was opened or restored. */
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date; where: StorageKind }
  /** The last change could not be stored: it lives only in this window. */
  | { kind: 'failed'; error: StorageFailure }
  /** Another tab owns the draft; this tab does not write. */
  | { kind: 'paused' };

export interface Autosave {
  /** Call on every change of the draft. */
  changed(): void;
  /** Saves a pending change now (e.g. when the tab is hidden); resolves when it is stored or failed. */
  flush(): Promise<void>;
  /** For pagehide: a synchronous copy first, then the normal save. */
  flushSync(): void;
  pause(): void;
  resume(): void;
  /** A change that is not stored yet, or whose saving failed. */
  hasUnsaved(): boolean;
  status(): SaveStatus;
  dispose(): void;
}

export interface AutosaveOptions {
  vault: DraftVault;
  /** The draft's current text; called at save time, so the newest state is stored. */
  serialize: () => string;
  onStatus?: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest time a change waits while the user keeps typing: the "within 1 second" promise. */
  maxWaitMs?: number;
  now?: () => Date;
}

/** Debounced saving of the open draft. Never throws; failures become a status. */
export function createAutosave({ vault, serialize, onStatus, delayMs = 300, maxWaitMs = 1_000, now = () => new Date() }: AutosaveOptions): Autosave {
  let status: SaveStatus = vault.available ? { kind: 'idle' } : { kind: 'failed', error: 'unavailable' };
  let dirty = false;
  let failed = !vault.available;
  let lastFailure: StorageFailure = 'unavailable';
  let lastSaved: SaveStatus = { kind: 'idle' };
  let paused = false;
  let firstDirtyAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const setStatus = (next: SaveStatus) => {
    status = next;
    try {
      onStatus?.(next);
    } catch {
      // A broken listener must not stop saving.
    }
  };

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const save = async () => {
    if (!dirty || paused) return;
    dirty = false;
    firstDirtyAt = undefined;
    let text: string;
    try {
      text = serialize();
    } catch {
      failed = true;
      setStatus({ kind: 'failed', error: 'unavailable' });
      return;
    }
    const result = await vault.save(text);
    // A change made while saving keeps its own timer; only report what this save did.
    if (result.ok) {
      failed = false;
      setStatus((lastSaved = { kind: 'saved', at: now(), where: result.kind }));
    } else {
      failed = true;
      lastFailure = result.error;
      setStatus({ kind: 'failed', error: result.error });
    }
  };

  const flush = () => {
    clear();
    chain = chain.then(save, save);
    return chain;
  };

  const changed = () => {
    dirty = true;
    if (paused) return;
    const at = now().getTime();
    firstDirtyAt ??= at;
    clear();
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, firstDirtyAt + maxWaitMs - at)));
  };

  return {
    changed,
    flush,
    flushSync() {
      if (paused || (!dirty && !failed)) return;
      try {
        if (vault.saveSync(serialize()) && failed) {
          failed = false;
          setStatus((lastSaved = { kind: 'saved', at: now(), where: 'localstorage' }));
        }
      } catch {
        // Best effort: the asynchronous save below still runs.
      }
      void flush();
    },
    pause() {
      clear();
      paused = true;
      setStatus({ kind: 'paused' });
    },
    resume() {
      paused = false;
      setStatus(failed ? { kind: 'failed', error: lastFailure } : lastSaved);
      if (dirty) changed();
    },
    hasUnsaved: () => dirty || failed,
    status: () => status,
    dispose: clear,
  };
}
