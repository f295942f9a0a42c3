import { describe, expect, it } from 'vitest';
import { createDraftStore, createEmptyDraft } from '../shell/draftStore';
import { sampleDraft } from '../draftFile/draftFixtures';
import { createDraftSession } from './draftSession';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend, type MemoryBackend } from './memoryBackend';
import type { DraftFile } from '../../schemas/draft';
import type { DraftSessionStart } from './startDraftSession';
import type { TabRole } from './tabLock';
import { fixtureTabLock, settle as tick } from './tabLockFixture';

const now = () => new Date('2026-02-03T14:32:00Z');

function setup({ role = 'writer', draft = sampleDraft(), indexedDb = memoryBackend('indexeddb') }: { role?: TabRole; draft?: DraftFile; indexedDb?: MemoryBackend } = {}) {
  const vault = createDraftVault({ indexedDb });
  const tab = fixtureTabLock(role);
  const start: DraftSessionStart = { draft, activeId: 'draft-a', vault, lock: tab.lock, restoredFrom: 'indexeddb', report: [], keptAside: [], fileSave: undefined };
  const store = createDraftStore(start.draft);
  const downloads: { name: string; blob: Blob }[] = [];
  const session = createDraftSession(start, store, {
    appVersion: '9.9.9',
    download: (blob, name) => downloads.push({ name, blob }),
    createEmpty: () => createEmptyDraft('ebn-mbo-2021-2022', now()),
    now,
    autosave: { delayMs: 0, maxWaitMs: 0 },
  });
  return { session, store, downloads, indexedDb, tab, handOver: tab.handOver };
}

const institutionIn = (text: string | undefined) => (JSON.parse(text!) as DraftFile).answers.applicant?.institutionName;

describe('draft session', () => {
  it('saves the draft as a pretty file with the app version, and remembers it', async () => {
    const { session, downloads, indexedDb } = setup();
    await tick();
    expect(session.needsFileSave()).toBe(true);
    expect(session.saveFile()).toBe('concept-roc-rijnstad-partners-2026-02-03.json');
    const text = await downloads[0]!.blob.text();
    expect(text.startsWith('{\n  "format": "aanvraagwijzer-draft",\n  "version": 2,\n  "schemeId": "ebn-mbo-2021-2022",\n  "appVersion": "9.9.9"')).toBe(true);
    expect(session.needsFileSave()).toBe(false);
    expect(session.getState().fileSave).toMatchObject({ fileName: 'concept-roc-rijnstad-partners-2026-02-03.json', how: 'saved' });
    expect(JSON.parse(indexedDb.data.get(VAULT_KEYS.meta)!)).toMatchObject({ how: 'saved' });
  });

  it('notices a change after the file save, but not a move to another step', () => {
    const { session, store } = setup();
    session.saveFile();
    store.replace({ ...store.getSnapshot(), progress: { lastStep: 'budget' } });
    expect(session.needsFileSave()).toBe(false);
    store.setStepValues('applicant', { institutionName: 'ROC Anders' });
    expect(session.needsFileSave()).toBe(true);
  });

  it('autosaves changes once this tab owns the draft', async () => {
    const { store, indexedDb } = setup();
    await tick();
    store.setStepValues('applicant', { institutionName: 'ROC Anders' });
    await tick();
    expect(JSON.parse(indexedDb.data.get(VAULT_KEYS.current)!).answers.applicant.institutionName).toBe('ROC Anders');
  });

  it('a refused file changes nothing', async () => {
    const { session, store } = setup();
    await tick();
    const before = store.getSnapshot();
    const result = await session.openDraft('{"format":"aanvraagwijzer-draft","version":999}', 'file', 'x.json');
    expect(result).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('Werk de app bij') });
    expect(store.getSnapshot()).toBe(before);
  });

  it('opening a file never replaces: the open draft stays in the list, the opened one is a new draft', async () => {
    const { session, store } = setup();
    await tick();
    const other = JSON.stringify({ ...sampleDraft(), title: 'Ander concept' });
    const result = await session.openDraft(other, 'file', 'ander.json');
    expect(result).toEqual({ ok: true, report: [], notices: [], previous: { id: 'draft-a', title: 'Aanvraag ROC Rijnstad' } });
    expect(store.getSnapshot()).toMatchObject({ title: 'Ander concept', updatedAt: now().toISOString() });
    expect(session.getState().activeId).not.toBe('draft-a');
    // Just opened from a file: no reminder until it changes.
    expect(session.getState().fileSave).toMatchObject({ fileName: 'ander.json', how: 'opened' });
    expect(session.needsFileSave()).toBe(false);
    const listed = await session.library.list();
    expect(listed).toMatchObject([{ id: 'draft-a', ok: true, draft: { title: 'Aanvraag ROC Rijnstad' } }]);
    // One click back.
    expect(await session.switchTo('draft-a')).toEqual({ ok: true });
    expect(store.getSnapshot().title).toBe('Aanvraag ROC Rijnstad');
    expect((await session.library.list()).map((e) => e.ok && e.draft.title)).toEqual(['Ander concept']);
  });

  it('an example opened over an empty draft simply takes its place', async () => {
    const { session, store } = setup({ draft: createEmptyDraft('ebn-mbo-2021-2022', now()) });
    await tick();
    const result = await session.openDraft(JSON.stringify(sampleDraft()), 'example', 'roc-voorbeeld.json');
    expect(result).toEqual({ ok: true, report: [], notices: [] });
    expect(store.getSnapshot().title).toBe('Aanvraag ROC Rijnstad');
    expect(session.getState().fileSave).toBeUndefined();
    expect(await session.library.list()).toEqual([]);
  });

  it('without browser storage an open draft that is in no file is never replaced', async () => {
    const store = createDraftStore(sampleDraft());
    const tab = fixtureTabLock('writer');
    const session = createDraftSession(
      { draft: sampleDraft(), activeId: 'draft-a', vault: createDraftVault({}), lock: tab.lock, restoredFrom: undefined, report: [], keptAside: [], fileSave: undefined },
      store,
      { appVersion: '1', download: () => undefined, createEmpty: () => createEmptyDraft('x'), now },
    );
    await tick();
    const other = JSON.stringify({ ...sampleDraft(), title: 'Ander concept' });
    expect(await session.openDraft(other, 'file', 'ander.json')).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('eerst op als bestand') });
    expect(store.getSnapshot().title).toBe('Aanvraag ROC Rijnstad');
    // Once a file holds it, the other draft may take its place.
    session.saveFile();
    expect(await session.openDraft(other, 'file', 'ander.json')).toEqual({ ok: true, report: [], notices: [] });
    expect(store.getSnapshot().title).toBe('Ander concept');
  });

  it('a reader tab neither writes nor opens files', async () => {
    const { session, store, indexedDb } = setup({ role: 'reader' });
    await tick();
    expect(session.getState()).toMatchObject({ role: 'reader', save: { kind: 'paused' } });
    store.setStepValues('applicant', { institutionName: 'ROC Anders' });
    await tick();
    expect(indexedDb.data.has(VAULT_KEYS.current)).toBe(false);
    expect(await session.openDraft(JSON.stringify(sampleDraft()), 'file', 'x.json')).toEqual({ ok: false, reason: 'read-only' });
  });

  it('hands over to another tab: saves first, then reads only', async () => {
    const { session, store, indexedDb, handOver } = setup();
    await tick();
    store.setStepValues('applicant', { institutionName: 'Laatste wijziging' });
    await handOver();
    expect(JSON.parse(indexedDb.data.get(VAULT_KEYS.current)!).answers.applicant.institutionName).toBe('Laatste wijziging');
    expect(session.getState()).toMatchObject({ role: 'reader', handedOver: true, unsavedKeptAs: undefined });
  });

  it('locks the fields as soon as a hand-over starts, and saves a key pressed while it saves', async () => {
    const indexedDb = memoryBackend('indexeddb');
    const { session, store, tab } = setup({ indexedDb });
    await tick();
    store.setStepValues('applicant', { institutionName: 'Eerste' });
    // The first save is under way (IndexedDB is slow) when one more key arrives.
    const slowSet = indexedDb.set;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    indexedDb.set = async (...args) => (await gate, slowSet(...args));
    const handingOver = tab.startHandOver();
    expect(session.getState().role).toBe('handing-over');
    await Promise.resolve();
    store.setStepValues('applicant', { institutionName: 'Eerste plus één toets' });
    release();
    await handingOver;
    tab.lose();
    expect(institutionIn(indexedDb.data.get(VAULT_KEYS.current))).toBe('Eerste plus één toets');
    expect(session.getState()).toMatchObject({ role: 'reader', unsavedKeptAs: undefined });
  });

  it('a frozen tab that lost the draft never overwrites the tab that took over; its last change goes into the list', async () => {
    // One device, two tabs over the same storage. Tab A writes, then freezes with a change not yet saved.
    const indexedDb = memoryBackend('indexeddb');
    const a = setup({ indexedDb });
    await tick();
    a.store.setStepValues('applicant', { institutionName: 'A, opgeslagen' });
    await tick();
    const slowSet = indexedDb.set;
    let frozen = true;
    let thaw!: () => void;
    const thawed = new Promise<void>((r) => (thaw = r));
    // Frozen: A's next write does not get to IndexedDB until it thaws.
    indexedDb.set = async (...args) => {
      if (frozen && args[0] === VAULT_KEYS.current && args[1].includes('A, niet opgeslagen')) await thawed;
      return slowSet(...args);
    };
    a.store.setStepValues('applicant', { institutionName: 'A, niet opgeslagen' });
    await tick();
    expect(institutionIn(indexedDb.data.get(VAULT_KEYS.current))).toBe('A, opgeslagen');

    // Tab B takes over (the lock is stolen from frozen A) and the user types there: "Opgeslagen".
    const b = setup({ indexedDb, role: 'reader' });
    await tick();
    await b.session.takeOver();
    const bAfterReload = setup({ indexedDb, draft: JSON.parse(indexedDb.data.get(VAULT_KEYS.current)!) as DraftFile });
    await tick();
    bAfterReload.store.setStepValues('applicant', { institutionName: 'B, getypt na de overname' });
    await tick();
    expect(bAfterReload.session.getState().save).toMatchObject({ kind: 'saved' });

    // A thaws: its pending save runs (and it learns it lost the lock). B's text must stay.
    frozen = false;
    thaw();
    await tick();
    a.tab.lose();
    await tick();
    expect(institutionIn(indexedDb.data.get(VAULT_KEYS.current))).toBe('B, getypt na de overname');
    expect(a.session.getState()).toMatchObject({ role: 'reader', handedOver: true, unsavedKeptAs: expect.stringContaining('niet opgeslagen wijzigingen uit een ander tabblad') });
    // A's last change is not lost: it is a draft of its own in the list, with a note.
    const kept = (await bAfterReload.session.library.list()).find((e) => e.ok && e.draft.answers.applicant?.institutionName === 'A, niet opgeslagen');
    expect(kept).toMatchObject({ ok: true, note: expect.stringContaining('apart bewaard') });
  });

  it('a file opened while the tab lock is still being decided waits for it, instead of being refused as open elsewhere', async () => {
    const tab = fixtureTabLock();
    let decide!: (role: TabRole) => void;
    const lock = { ...tab.lock, ready: new Promise<TabRole>((resolve) => (decide = resolve)) };
    const start: DraftSessionStart = { draft: createEmptyDraft('ebn-mbo-2021-2022', now()), activeId: 'draft-a', vault: createDraftVault({ indexedDb: memoryBackend('indexeddb') }), lock, restoredFrom: undefined, report: [], keptAside: [], fileSave: undefined };
    const session = createDraftSession(start, createDraftStore(start.draft), { appVersion: '9.9.9', download: () => undefined, createEmpty: () => createEmptyDraft('ebn-mbo-2021-2022', now()), now, autosave: { delayMs: 0, maxWaitMs: 0 } });
    expect(session.getState().role).toBe('pending');
    const opening = session.openDraft(JSON.stringify(sampleDraft()), 'file', 'concept.json');
    await tick();
    decide('writer');
    expect(await opening).toMatchObject({ ok: true });
    expect(session.getState().role).toBe('writer');
  });

  it('when a wrong clock decided between two stored copies, the other goes into the list with a note once this tab writes', async () => {
    const indexedDb = memoryBackend('indexeddb');
    const tab = fixtureTabLock('writer');
    const other = { ...sampleDraft(), title: 'Net getypt' };
    const fromTheFuture = { ...sampleDraft(), updatedAt: '2099-01-01T00:00:00.000Z' };
    const start: DraftSessionStart = { draft: fromTheFuture, activeId: 'draft-a', vault: createDraftVault({ indexedDb }), lock: tab.lock, restoredFrom: 'indexeddb', report: [], keptAside: [], fileSave: undefined, otherCopy: other };
    const session = createDraftSession(start, createDraftStore(start.draft), { appVersion: '1', download: () => undefined, createEmpty: () => createEmptyDraft('x'), now, autosave: { delayMs: 0, maxWaitMs: 0 } });
    await tick();
    expect(session.getState().otherCopyKeptAs).toBe('Net getypt (andere opgeslagen versie)');
    expect(await session.library.list()).toMatchObject([{ ok: true, draft: { title: 'Net getypt (andere opgeslagen versie)' }, note: expect.stringContaining('klok') }]);
    // The open copy is stored again with today's date, so a reload does not find two copies again.
    await tick();
    expect(JSON.parse(indexedDb.data.get(VAULT_KEYS.current)!)).toMatchObject({ title: 'Aanvraag ROC Rijnstad', updatedAt: now().toISOString() });
  });

  it('a tab that read only because a silent page held the draft reads it again when it gets the lock', async () => {
    const indexedDb = memoryBackend('indexeddb');
    const { session, store, tab } = setup({ indexedDb, role: 'reader' });
    await tick();
    // The silent page saved after this tab had read the draft, then went away.
    indexedDb.data.set(VAULT_KEYS.current, JSON.stringify({ ...sampleDraft(), title: 'Later opgeslagen', libraryId: 'draft-a' }));
    const generation = session.getState().generation;
    tab.acquire();
    await tick();
    expect(session.getState()).toMatchObject({ role: 'writer', generation: generation + 1 });
    expect(store.getSnapshot().title).toBe('Later opgeslagen');
    store.setStepValues('applicant', { institutionName: 'Nu hier' });
    await tick();
    expect(JSON.parse(indexedDb.data.get(VAULT_KEYS.current)!)).toMatchObject({ title: 'Later opgeslagen', answers: { applicant: { institutionName: 'Nu hier' } } });
  });

  it('"alleen als bestand": refused while other drafts are stored; then nothing stays in the browser, and turning it off stores the open draft again', async () => {
    const indexedDb = memoryBackend('indexeddb');
    const local = memoryBackend('localstorage');
    const vault = createDraftVault({ indexedDb, local });
    const tab = fixtureTabLock('writer');
    const store = createDraftStore(sampleDraft());
    const session = createDraftSession(
      { draft: sampleDraft(), activeId: 'draft-a', vault, lock: tab.lock, restoredFrom: 'indexeddb', report: [], keptAside: [], fileSave: undefined },
      store,
      { appVersion: '1', download: () => undefined, createEmpty: () => createEmptyDraft('x'), now, autosave: { delayMs: 0, maxWaitMs: 0 }, openStorage: async () => ({ indexedDb, local }) },
    );
    await tick();
    await session.duplicate('draft-a');
    expect(await session.keepInFilesOnly(true)).toMatchObject({ ok: false, message: expect.stringContaining('staat nog 1 ander concept of versie') });
    expect(indexedDb.data.size).toBeGreaterThan(0);

    const [copy] = await session.library.list();
    await session.remove(copy!.id);
    store.setStepValues('applicant', { institutionName: 'Alleen hier' });
    await tick();
    expect(await session.keepInFilesOnly(true)).toEqual({ ok: true });
    expect([...indexedDb.data.keys(), ...local.data.keys()]).toEqual([]);
    expect(session.getState()).toMatchObject({ filesOnly: true, save: { kind: 'failed' } });
    store.setStepValues('applicant', { institutionName: 'Nog steeds alleen hier' });
    await tick();
    expect([...indexedDb.data.keys(), ...local.data.keys()]).toEqual([]);
    expect(session.wouldLoseWork()).toBe(true);
    expect(await session.createNew()).toMatchObject({ ok: false });

    expect(await session.keepInFilesOnly(false)).toEqual({ ok: true });
    expect(session.getState()).toMatchObject({ filesOnly: false, save: { kind: 'saved' } });
    expect(institutionIn(indexedDb.data.get(VAULT_KEYS.current))).toBe('Nog steeds alleen hier');
  });

  it('warns before leaving only when nothing is stored and no file is current', () => {
    const { session, indexedDb } = setup();
    expect(session.wouldLoseWork()).toBe(false);
    indexedDb.failWith = 'quota';
    const failing = createDraftSession(
      { draft: sampleDraft(), activeId: 'draft-a', vault: createDraftVault({}), lock: fixtureTabLock().lock, restoredFrom: undefined, report: [], keptAside: [], fileSave: undefined },
      createDraftStore(sampleDraft()),
      { appVersion: '1', download: () => undefined, createEmpty: () => createEmptyDraft('x'), now },
    );
    expect(failing.wouldLoseWork()).toBe(true);
    failing.saveFile();
    expect(failing.wouldLoseWork()).toBe(false);
  });
});
