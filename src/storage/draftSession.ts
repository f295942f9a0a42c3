import type { DraftFile } from '../../schemas/draft';
import { createAutosave, type Autosave, type AutosaveOptions, type SaveStatus } from './autosave';
import { draftFileName, draftFileText } from '../draftFile/draftFile';
import { draftFingerprint, draftHasAnswers } from './draftFingerprint';
import { jsonText } from '../domain/frozen';
import { createDraftLibrary, newLibraryId, type DraftLibrary, type DraftVersion, type LibraryEntry, type Removed } from './draftLibrary';
import { parseDraft, type OpenNotice } from '../draftFile/parseDraft';
import { newId } from '../domain/newId';
import { LIBRARY } from '../text/storage';
import { openBrowserStorage, restoreFromVault, type DraftSessionStart, type KeptAside } from './startDraftSession';
import type { FileSave } from './fileSave';
import { chooseFilesOnly } from './filesOnly';
import type { VaultStores } from './draftVault';
import type { StorageKind } from './storageBackends';

/** The part of the wizard's draft store the session needs (the store itself lives in src/wizard). */
export interface DraftStoreLike {
  getSnapshot(): DraftFile;
  subscribe(listener: () => void): () => void;
  replace(draft: DraftFile): void;
}

/**
 * 'pending' for the moment it takes to learn whether another tab holds the draft; 'handing-over'
 * while this tab saves its last change for the tab that asked for the draft. Only a 'writer' tab
 * accepts typing (ReadOnlyLock) and writes.
 */
export type SessionRole = 'pending' | 'writer' | 'handing-over' | 'reader';

export interface SessionState {
  save: SaveStatus;
  role: SessionRole;
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
  /** Goes up when the open draft is read again from storage (not typed), so the forms start afresh from it. */
  generation: number;
  /** Another tab took the draft before this window's last changes were stored: they went into the drafts list under this name. */
  unsavedKeptAs: string | undefined;
  /** Two stored copies differed and a wrong clock decided between them: the other went into the drafts list under this name. */
  otherCopyKeptAs: string | undefined;
  /** Drafts are kept only in files (single-file edition from disk): nothing is stored in this browser. */
  filesOnly: boolean;
}

/** A library action's outcome; `undo` after a removal. */
export type LibraryResult = { ok: true; undo?: () => Promise<boolean> } | { ok: false; message: string };

/** 'transfer': a copy of a draft moved to another round (drafts/transferDraft), a new draft beside the original. */
export type OpenSource = 'file' | 'example' | 'transfer';

export type OpenResult =
  /** `previous`: the draft that was open before, now in the drafts list (absent when it was empty). `notices`: what else opening did (e.g. Word comments taken in). */
  | { ok: true; report: string[]; notices: OpenNotice[]; previous?: { id: string; title: string } }
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'read-only' };

export interface DraftSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Downloads the draft as a .json file; returns its name. */
  saveFile(): string;
  /**
   * Through parseDraft; the opened draft becomes a new draft in the list and the open one. The
   * draft that was open stays in the list (an empty one is simply replaced).
   */
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
  /** A new, empty draft for a round (the app's first round when absent). */
  createNew(schemeId?: string): Promise<LibraryResult>;
  rename(id: string, title: string): Promise<LibraryResult>;
  duplicate(id: string): Promise<LibraryResult>;
  remove(id: string): Promise<LibraryResult>;
  saveVersion(name: string): Promise<LibraryResult>;
  restoreVersion(version: DraftVersion): Promise<LibraryResult>;
  removeVersion(version: DraftVersion): Promise<LibraryResult>;
  downloadDraft(draft: DraftFile): string;
  /** "Wis alles op dit apparaat"; the caller reloads the page afterwards. */
  wipeDevice(): Promise<boolean>;
  /**
   * On: nothing of the app stays in this browser (refused while other drafts, versions or
   * kept-aside drafts are stored: those go first, as files or removed); the open draft lives in
   * this window until it is saved as a file. Off: browser storage again, starting with the open draft.
   */
  keepInFilesOnly(on: boolean): Promise<LibraryResult>;
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
  /** A new, empty draft ("Nieuw concept"), for a round. */
  createEmpty: (schemeId?: string) => DraftFile;
  now?: () => Date;
  autosave?: Pick<AutosaveOptions, 'delayMs' | 'maxWaitMs'>;
  /** Opens browser storage when the user turns "alleen als bestand" off (tests inject memory stores). */
  openStorage?: () => Promise<VaultStores>;
}

export function createDraftSession(start: DraftSessionStart, store: DraftStoreLike, options: SessionOptions): DraftSession {
  const { appVersion, schemeIds, download, createEmpty, now = () => new Date() } = options;
  const { vault, lock } = start;
  const library = createDraftLibrary(() => vault.primary, schemeIds);
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
    generation: 0,
    unsavedKeptAs: undefined,
    otherCopyKeptAs: undefined,
    filesOnly: start.filesOnly ?? false,
  };
  const setState = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  let askedPersistence = false;
  const autosave: Autosave = createAutosave({
    vault,
    // The library id travels inside the autosave copy, so id and content are always written together.
    // jsonText reuses the text of every part the last change did not touch (domain/frozen.ts).
    serialize: () => jsonText({ ...store.getSnapshot(), libraryId: state.activeId }),
    now,
    ...options.autosave,
    onStatus: (save) => {
      // Another tab claimed the draft while this one was not looking (frozen, or asleep).
      if (save.kind === 'failed' && save.error === 'superseded') return lostDraft();
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

  const libraryChanged = () => setState({ libraryChanges: state.libraryChanges + 1 });

  /** A new token in storage: from now on a write of any tab that wrote before is refused. */
  const claim = () => vault.claim(newId(16));

  /** Puts a draft in the list under a new id with a note; when that fails, offers it as a download. */
  const keepAsOther = async (draft: DraftFile, title: string, note: string): Promise<boolean> => {
    if (await library.write(newLibraryId(), { ...draft, title }, undefined, note)) {
      libraryChanged();
      return true;
    }
    setState({ keptAside: [...state.keptAside, { key: undefined, text: JSON.stringify(draft), message: note }] });
    return false;
  };

  const becomeWriter = async () => {
    await claim();
    if (start.otherCopy) {
      const title = LIBRARY.otherCopyTitle(start.otherCopy.title);
      if (await keepAsOther(start.otherCopy, title, LIBRARY.otherCopyNote)) setState({ otherCopyKeptAs: title });
      // Stored once more with today's date: one copy is left, so the next start finds nothing to choose.
      store.replace({ ...store.getSnapshot(), updatedAt: now().toISOString() });
    }
    setState({ role: 'writer' });
    autosave.resume();
  };

  /** This tab no longer holds the draft: it reads only; changes it could not store go into the list. */
  function lostDraft() {
    if (state.role === 'reader') return;
    autosave.pause();
    setState({ role: 'reader', handedOver: true, save: { kind: 'paused' } });
    // A save may be under way (refused or not): what it did not store is kept.
    void autosave.flush().then(async () => {
      if (!autosave.hasUnsaved()) return;
      const draft = store.getSnapshot();
      const title = LIBRARY.unsavedTitle(draft.title);
      if (await keepAsOther(draft, title, LIBRARY.unsavedNote)) setState({ unsavedKeptAs: title });
    });
  }

  /** Resolves once this tab knows whether it writes: an action right after the page opened waits for that, not refused. */
  const roleDecided = () =>
    state.role !== 'pending'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const listener = () => {
            if (state.role === 'pending') return;
            listeners.delete(listener);
            resolve();
          };
          listeners.add(listener);
        });

  void lock.ready.then((role) => {
    if (role === 'writer') return becomeWriter();
    setState({ role, save: { kind: 'paused' } });
  });
  lock.onHandOver(async () => {
    // The fields lock at once (ReadOnlyLock), so no key pressed from now on can go unsaved, and
    // everything typed until now is stored before this tab lets go.
    setState({ role: 'handing-over' });
    for (let i = 0; i < 3 && autosave.hasUnsaved(); i++) await autosave.flush();
  }, lostDraft);
  lock.onAcquired(() => {
    // This tab read only while a page that did not answer held the draft; that page has gone, and
    // may have saved after this one read the draft: read it again before writing.
    void (async () => {
      await claim();
      const restored = await restoreFromVault(vault, { schemeIds, now });
      if (restored.draft) {
        setState({ activeId: restored.activeId ?? state.activeId, restoredFrom: restored.restoredFrom, generation: state.generation + 1 });
        store.replace(restored.draft);
      }
      if (restored.keptAside.length > 0) setState({ keptAside: [...state.keptAside, ...restored.keptAside] });
      setState({ role: 'writer', handedOver: false });
      autosave.resume();
    })();
  });

  const writeFileSave = (fileSave: FileSave | undefined) => {
    setState({ fileSave });
    if (state.role === 'writer') void vault.writeMeta(fileSave ? JSON.stringify(fileSave) : '{}');
  };

  const needsFileSave = (draft = store.getSnapshot()) => draftHasAnswers(draft) && state.fileSave?.fingerprint !== draftFingerprint(draft);

  const canWrite = (): LibraryResult | undefined => {
    if (state.role !== 'writer') return { ok: false, message: LIBRARY.readOnly };
    if (!vault.primary) return { ok: false, message: LIBRARY.noStorage };
    return undefined;
  };
  /** Puts the open draft in the library (unless it is empty), so switching never loses it. */
  const stashActive = async (): Promise<boolean> => {
    await autosave.flush();
    const draft = store.getSnapshot();
    if (isBlank(draft)) return true;
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

  async function createNew(schemeId?: string): Promise<LibraryResult> {
    const refusal = canWrite();
    if (refusal) return refusal;
    if (!(await stashActive())) return { ok: false, message: LIBRARY.notStored };
    await activate(newLibraryId(), createEmpty(schemeId), undefined);
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
      // A file chosen while the tab lock is still being decided (a busy machine): not "open in another tab".
      await roleDecided();
      if (state.role !== 'writer') return { ok: false, reason: 'read-only' };
      const result = await parseDraft(input, { schemeIds });
      if (!result.ok) return { ok: false, reason: 'refused', message: result.message };
      const before = store.getSnapshot();
      const previous = isBlank(before) ? undefined : { id: state.activeId, title: before.title?.trim() || LIBRARY.untitled };
      if (previous) {
        // Without browser storage only one draft fits; the open one may go only when a file holds it.
        if (!vault.primary && needsFileSave()) return { ok: false, reason: 'refused', message: LIBRARY.saveBeforeOpening };
        if (vault.primary && !(await stashActive())) return { ok: false, reason: 'refused', message: LIBRARY.notStored };
      }
      const at = now().toISOString();
      // The opened copy is now the working draft: newer than any stored copy.
      const draft: DraftFile = source === 'file' ? { ...result.draft, updatedAt: at } : { ...result.draft, createdAt: at, updatedAt: at };
      await activate(newLibraryId(), draft, source === 'file' ? { at, fileName: name ?? '', fingerprint: draftFingerprint(draft), how: 'opened' } : undefined);
      return { ok: true, report: result.report, notices: result.notices ?? [], ...(previous && vault.primary ? { previous } : {}) };
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
      const ok = await library.write(id, { ...entry.draft, title: name, updatedAt: now().toISOString() }, entry.fileSave, entry.note);
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
      const before = store.getSnapshot();
      // The draft as it is now becomes a version first: nothing is lost, and undo goes back to it.
      const saved = await library.addVersion(state.activeId, LIBRARY.beforeRestore(version.name), before, at);
      if (!saved) return { ok: false, message: LIBRARY.notStored };
      const restored: DraftFile = { ...version.draft, updatedAt: at.toISOString() };
      store.replace(restored);
      await autosave.flush();
      libraryChanged();
      const undo = async () => {
        if (state.role !== 'writer') return false;
        const current = store.getSnapshot();
        // Changed since going back (another page)? That state is kept as a version too.
        if (draftFingerprint(current) !== draftFingerprint(restored) && !(await library.addVersion(state.activeId, LIBRARY.beforeUndo, current, now()))) return false;
        store.replace({ ...before, updatedAt: now().toISOString() });
        await autosave.flush();
        await library.removeVersion(saved.draftId, saved.id);
        libraryChanged();
        return true;
      };
      return { ok: true, undo };
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
      if (state.role !== 'writer') return false;
      autosave.pause();
      return vault.wipeAll();
    },

    async keepInFilesOnly(on) {
      if (state.role !== 'writer') return { ok: false, message: LIBRARY.readOnly };
      if (on === state.filesOnly) return { ok: true };
      if (on) {
        const others = await vault.countOtherRecords();
        if (others > 0) return { ok: false, message: LIBRARY.filesOnlyOthers(others) };
        autosave.pause();
        const wiped = await vault.wipeAll();
        if (wiped) vault.detach();
        autosave.resume();
        if (!wiped) return { ok: false, message: LIBRARY.filesOnlyWipeFailed };
        chooseFilesOnly(true);
        setState({ filesOnly: true, save: { kind: 'failed', error: 'unavailable' }, restoredFrom: undefined });
        libraryChanged();
        return { ok: true };
      }
      vault.attach(await (options.openStorage ?? openBrowserStorage)());
      if (!vault.available) return { ok: false, message: LIBRARY.noStorage };
      chooseFilesOnly(false);
      await claim();
      setState({ filesOnly: false });
      // The open draft is the first thing stored.
      autosave.changed();
      await autosave.flush();
      libraryChanged();
      return { ok: true };
    },

    async takeOver() {
      await lock.takeOver();
      // Before anything else: should the tab that had the draft be frozen and wake up later, its
      // writes are refused from here on, so it can never overwrite what is typed in this tab.
      await claim();
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

/** Nothing typed and no name: nothing to keep. */
function isBlank(draft: DraftFile): boolean {
  return !draftHasAnswers(draft) && !draft.title?.trim();
}

function requestPersistence() {
  try {
    void navigator.storage?.persist?.().catch(() => undefined);
  } catch {
    // Not offered by this browser: autosave still works, the file is the safe copy.
  }
}
