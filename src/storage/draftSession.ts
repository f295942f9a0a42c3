import type { DraftFile } from '../../schemas/draft';
import { createAutosave, type Autosave, type AutosaveOptions, type SaveStatus } from './autosave';
import { draftFileName, draftFileText } from './draftFile';
import { draftFingerprint, draftHasAnswers } from './draftFingerprint';
import { parseDraft } from './parseDraft';
import type { DraftSessionStart, FileSave, KeptAside } from './startDraftSession';
import type { StorageKind } from './storageBackends';

/** The part of the wizard's draft store the session needs (the store itself lives in src/wizard). */
export interface DraftStoreLike {
  getSnapshot(): DraftFile;
  subscribe(listener: () => void): () => void;
  replace(draft: DraftFile): void;
}

export interface SessionState {
  save: SaveStatus;
  /** 'pending' for the moment it takes to learn whether another tab holds the draft. */
  role: 'pending' | 'writer' | 'reader';
  /** This tab held the draft until another tab took it over. */
  handedOver: boolean;
  fileSave: FileSave | undefined;
  restoredFrom: StorageKind | undefined;
  /** Dutch: what migration changed in the restored draft. */
  restoreReport: string[];
  keptAside: KeptAside[];
}

export type OpenSource = 'file' | 'example';

export type OpenResult =
  | { ok: true; report: string[] }
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'cancelled' | 'read-only' };

export interface DraftSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Downloads the draft as a .json file; returns its name. */
  saveFile(): string;
  /** Through parseDraft; replaces the open draft only when it parsed and the user agreed. */
  openDraft(input: unknown, source: OpenSource, name?: string): Promise<OpenResult>;
  /** Becomes the writer; resolves when the other tab has saved and let go. */
  takeOver(): Promise<void>;
  /** The draft changed since it was last saved as (or opened from) a file. */
  needsFileSave(draft?: DraftFile): boolean;
  /** Leaving now would lose work: nothing is stored and no file holds the latest answers. */
  wouldLoseWork(): boolean;
  downloadKeptAside(item: KeptAside): void;
  /** visibilitychange to hidden: save now. */
  pageHidden(): void;
  /** pagehide: a synchronous copy, then let other tabs have the draft. */
  pageHide(): void;
  dispose(): void;
}

export interface SessionOptions {
  appVersion: string;
  schemeIds?: readonly string[];
  download: (blob: Blob, fileName: string) => void;
  /** Asked before an open replaces a draft with changes that are in no file. */
  confirmReplace: () => boolean;
  now?: () => Date;
  autosave?: Pick<AutosaveOptions, 'delayMs' | 'maxWaitMs'>;
}

export function createDraftSession(start: DraftSessionStart, store: DraftStoreLike, options: SessionOptions): DraftSession {
  const { appVersion, schemeIds, download, confirmReplace, now = () => new Date() } = options;
  const { vault, lock } = start;
  const listeners = new Set<() => void>();
  let state: SessionState = {
    save: vault.available ? { kind: 'idle' } : { kind: 'failed', error: 'unavailable' },
    role: 'pending',
    handedOver: false,
    fileSave: start.fileSave,
    restoredFrom: start.restoredFrom,
    restoreReport: start.report,
    keptAside: start.keptAside,
  };
  const setState = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  let askedPersistence = false;
  const autosave: Autosave = createAutosave({
    vault,
    serialize: () => JSON.stringify(store.getSnapshot()),
    now,
    ...options.autosave,
    onStatus: (save) => {
      if (state.role === 'writer' || save.kind === 'failed') setState({ save });
      if (save.kind === 'saved' && !askedPersistence) {
        askedPersistence = true;
        requestPersistence();
      }
    },
  });
  // Nothing is written until this tab knows it owns the draft; changes made meanwhile wait.
  autosave.pause();
  const unsubscribe = store.subscribe(() => autosave.changed());

  void lock.ready.then((role) => {
    if (role === 'writer') {
      setState({ role });
      autosave.resume();
    } else {
      setState({ role, save: { kind: 'paused' } });
    }
  });
  lock.onHandOver(
    () => autosave.flush(),
    () => {
      autosave.pause();
      setState({ role: 'reader', handedOver: true, save: { kind: 'paused' } });
    },
  );

  const writeFileSave = (fileSave: FileSave | undefined) => {
    setState({ fileSave });
    if (state.role !== 'reader') void vault.writeMeta(fileSave ? JSON.stringify(fileSave) : '{}');
  };

  const needsFileSave = (draft = store.getSnapshot()) => draftHasAnswers(draft) && state.fileSave?.fingerprint !== draftFingerprint(draft);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    saveFile() {
      const draft = store.getSnapshot();
      const at = now();
      const fileName = draftFileName(draft, at);
      download(new Blob([draftFileText(draft, appVersion)], { type: 'application/json' }), fileName);
      writeFileSave({ at: at.toISOString(), fileName, fingerprint: draftFingerprint(draft), how: 'saved' });
      return fileName;
    },

    async openDraft(input, source, name) {
      if (state.role === 'reader') return { ok: false, reason: 'read-only' };
      const result = await parseDraft(input, { schemeIds });
      if (!result.ok) return { ok: false, reason: 'refused', message: result.message };
      if (needsFileSave() && !confirmReplace()) return { ok: false, reason: 'cancelled' };
      const at = now().toISOString();
      // The opened copy is now the working draft: newer than any stored copy.
      const draft: DraftFile = source === 'example' ? { ...result.draft, createdAt: at, updatedAt: at } : { ...result.draft, updatedAt: at };
      store.replace(draft);
      writeFileSave(source === 'file' ? { at, fileName: name ?? '', fingerprint: draftFingerprint(draft), how: 'opened' } : undefined);
      return { ok: true, report: result.report };
    },

    async takeOver() {
      await lock.takeOver();
    },

    needsFileSave,
    wouldLoseWork: () => state.save.kind === 'failed' && needsFileSave(),

    downloadKeptAside(item) {
      download(new Blob([item.text], { type: 'application/json' }), `onleesbaar-concept-${now().toISOString().slice(0, 10)}.json`);
    },

    pageHidden: () => void autosave.flush(),
    pageHide() {
      autosave.flushSync();
      // Let a reload of this page (or another tab) have the draft at once.
      lock.release();
    },
    dispose() {
      unsubscribe();
      autosave.dispose();
    },
  };
}

function requestPersistence() {
  try {
    void navigator.storage?.persist?.().catch(() => undefined);
  } catch {
    // Not offered by this browser: autosave still works, the file is the safe copy.
  }
}
