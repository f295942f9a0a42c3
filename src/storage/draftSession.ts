import type { DraftFile } from '../../schemas/draft';
import { createAutosave, type Autosave, type AutosaveOptions, type SaveStatus } from './autosave';
import { draftFileName, draftFileText } from './draftFile';
import { draftFingerprint, draftHasAnswers } from './draftFingerprint';
import { createDraftLibrary, newLibraryId, type DraftLibrary, type DraftVersion, type LibraryEntry, type Removed } from './draftLibrary';
import { parseDraft } from './parseDraft';
import { LIBRARY } from '../text/storage';
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
  /** The open draft's id among the drafts on this device. */
  activeId: string;
  /** Goes up on every change to the other drafts or the versions, so lists know to read again. */
  libraryChanges: number;
}

/** A library action's outcome; `undo` after a removal. */
export type LibraryResult = { ok: true; undo?: () => Promise<boolean> } | { ok: false; message: string };

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
  /** The other drafts on this device and the versions (read only; changes go through the methods below). */
  library: Pick<DraftLibrary, 'list' | 'versions'>;
  switchTo(id: string): Promise<LibraryResult>;
  createNew(): Promise<LibraryResult>;
  rename(id: string, title: string): Promise<LibraryResult>;
  duplicate(id: string): Promise<LibraryResult>;
  remove(id: string): Promise<LibraryResult>;
  saveVersion(name: string): Promise<LibraryResult>;
  restoreVersion(version: DraftVersion): Promise<LibraryResult>;
  removeVersion(version: DraftVersion): Promise<LibraryResult>;
  downloadDraft(draft: DraftFile): string;
  /** "Wis alles op dit apparaat"; the caller reloads the page afterwards. */
  wipeDevice(): Promise<boolean>;
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
  /** A new, empty draft ("Nieuw concept"). */
  createEmpty: () => DraftFile;
  now?: () => Date;
  autosave?: Pick<AutosaveOptions, 'delayMs' | 'maxWaitMs'>;
}

export function createDraftSession(start: DraftSessionStart, store: DraftStoreLike, options: SessionOptions): DraftSession {
  const { appVersion, schemeIds, download, confirmReplace, createEmpty, now = () => new Date() } = options;
  const { vault, lock } = start;
  const library = createDraftLibrary(vault.primary, schemeIds);
  const listeners = new Set<() => void>();
  let state: SessionState = {
    save: vault.available ? { kind: 'idle' } : { kind: 'failed', error: 'unavailable' },
    role: 'pending',
    handedOver: false,
    fileSave: start.fileSave,
    restoredFrom: start.restoredFrom,
    restoreReport: start.report,
    keptAside: start.keptAside,
    activeId: start.activeId,
    libraryChanges: 0,
  };
  const setState = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  let askedPersistence = false;
  const autosave: Autosave = createAutosave({
    vault,
    // The library id travels inside the autosave copy, so id and content are always written together.
    serialize: () => JSON.stringify({ ...store.getSnapshot(), libraryId: state.activeId }),
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

  const libraryChanged = () => setState({ libraryChanges: state.libraryChanges + 1 });
  const canWrite = (): LibraryResult | undefined => {
    if (state.role === 'reader') return { ok: false, message: LIBRARY.readOnly };
    if (!vault.primary) return { ok: false, message: LIBRARY.noStorage };
    return undefined;
  };
  /** Puts the open draft in the library (unless it is empty), so switching never loses it. */
  const stashActive = async (): Promise<boolean> => {
    await autosave.flush();
    const draft = store.getSnapshot();
    if (!draftHasAnswers(draft) && !draft.title?.trim()) return true;
    return library.write(state.activeId, draft, state.fileSave);
  };
  /** Makes `draft` the open draft under `id`, and stores it before anything is removed. */
  const activate = async (id: string, draft: DraftFile, fileSave: FileSave | undefined) => {
    setState({ activeId: id });
    store.replace(draft);
    writeFileSave(fileSave);
    await autosave.flush();
    libraryChanged();
  };
  const undoOf = (removed: Removed | undefined) =>
    removed &&
    (async () => {
      const ok = await library.putBack(removed);
      libraryChanged();
      return ok;
    });
  const entryOrActive = async (id: string): Promise<LibraryEntry | undefined> =>
    id === state.activeId ? { id, ok: true, draft: store.getSnapshot(), fileSave: state.fileSave } : library.read(id);

  async function switchTo(id: string): Promise<LibraryResult> {
    const refusal = canWrite();
    if (refusal) return refusal;
    if (id === state.activeId) return { ok: true };
    if (!(await stashActive())) return { ok: false, message: LIBRARY.notStored };
    const entry = await library.read(id);
    if (!entry) return { ok: false, message: LIBRARY.gone };
    if (!entry.ok) return { ok: false, message: entry.message };
    await activate(id, entry.draft, entry.fileSave);
    // Only now that it is the open (stored) draft does its library copy go.
    if (autosave.status().kind !== 'failed') await library.forget(id);
    return { ok: true };
  }

  async function createNew(): Promise<LibraryResult> {
    const refusal = canWrite();
    if (refusal) return refusal;
    if (!(await stashActive())) return { ok: false, message: LIBRARY.notStored };
    await activate(newLibraryId(), createEmpty(), undefined);
    return { ok: true };
  }

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

    library: { list: () => library.list(), versions: (draftId) => library.versions(draftId) },

    switchTo,
    createNew,

    async rename(id, title) {
      const refusal = canWrite();
      if (refusal) return refusal;
      const name = title.trim().slice(0, 300);
      if (id === state.activeId) {
        store.replace({ ...store.getSnapshot(), title: name, updatedAt: now().toISOString() });
        libraryChanged();
        return { ok: true };
      }
      const entry = await library.read(id);
      if (!entry?.ok) return { ok: false, message: LIBRARY.gone };
      const ok = await library.write(id, { ...entry.draft, title: name, updatedAt: now().toISOString() }, entry.fileSave);
      libraryChanged();
      return ok ? { ok: true } : { ok: false, message: LIBRARY.notStored };
    },

    async duplicate(id) {
      const refusal = canWrite();
      if (refusal) return refusal;
      const entry = await entryOrActive(id);
      if (!entry?.ok) return { ok: false, message: LIBRARY.gone };
      const at = now().toISOString();
      const copy: DraftFile = { ...entry.draft, title: LIBRARY.copyTitle(entry.draft.title), createdAt: at, updatedAt: at };
      const ok = await library.write(newLibraryId(), copy, undefined);
      libraryChanged();
      return ok ? { ok: true } : { ok: false, message: LIBRARY.notStored };
    },

    async remove(id) {
      const refusal = canWrite();
      if (refusal) return refusal;
      if (id === state.activeId) {
        // The open draft goes to the library first; another draft (or a new one) opens in its place.
        const others = (await library.list()).filter((e): e is Extract<LibraryEntry, { ok: true }> => e.ok && e.id !== id);
        const latest = others.sort((a, b) => Date.parse(b.draft.updatedAt) - Date.parse(a.draft.updatedAt))[0];
        const switched = latest ? await switchTo(latest.id) : await createNew();
        if (!switched.ok) return switched;
      }
      const removed = await library.remove(id);
      libraryChanged();
      return { ok: true, undo: undoOf(removed) };
    },

    async saveVersion(name) {
      const refusal = canWrite();
      if (refusal) return refusal;
      const at = now();
      const version = await library.addVersion(state.activeId, name.trim().slice(0, 300) || LIBRARY.defaultVersionName(at), store.getSnapshot(), at);
      libraryChanged();
      return version ? { ok: true } : { ok: false, message: LIBRARY.notStored };
    },

    async restoreVersion(version) {
      const refusal = canWrite();
      if (refusal) return refusal;
      const at = now();
      // The draft as it is now becomes a version first: going back can itself be undone.
      if (!(await library.addVersion(state.activeId, LIBRARY.beforeRestore(version.name), store.getSnapshot(), at))) {
        return { ok: false, message: LIBRARY.notStored };
      }
      store.replace({ ...version.draft, updatedAt: at.toISOString() });
      await autosave.flush();
      libraryChanged();
      return { ok: true };
    },

    async removeVersion(version) {
      const refusal = canWrite();
      if (refusal) return refusal;
      const removed = await library.removeVersion(version.draftId, version.id);
      libraryChanged();
      return { ok: true, undo: undoOf(removed) };
    },

    downloadDraft(draft) {
      const fileName = draftFileName(draft, now());
      download(new Blob([draftFileText(draft, appVersion)], { type: 'application/json' }), fileName);
      return fileName;
    },

    async wipeDevice() {
      if (state.role === 'reader') return false;
      autosave.pause();
      return vault.wipeAll();
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
