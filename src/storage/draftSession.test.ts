import { describe, expect, it } from 'vitest';
import { createDraftStore, createEmptyDraft } from '../wizard/draftStore';
import { sampleDraft } from './draftFixtures';
import { createDraftSession } from './draftSession';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend } from './memoryBackend';
import type { DraftSessionStart } from './startDraftSession';
import type { TabLock, TabRole } from './tabLock';

const now = () => new Date('2026-02-03T14:32:00Z');

function setup({ role = 'writer', confirm = true }: { role?: TabRole; confirm?: boolean } = {}) {
  const indexedDb = memoryBackend('indexeddb');
  const vault = createDraftVault({ indexedDb });
  let handOver: (() => Promise<void>) | undefined;
  let afterwards: (() => void) | undefined;
  const lock: TabLock = {
    ready: Promise.resolve(role),
    onHandOver: (h, a) => ((handOver = h), (afterwards = a)),
    takeOver: async () => undefined,
    release: () => undefined,
  };
  const start: DraftSessionStart = { draft: sampleDraft(), activeId: 'draft-a', vault, lock, restoredFrom: 'indexeddb', report: [], keptAside: [], fileSave: undefined };
  const store = createDraftStore(start.draft);
  const downloads: { name: string; blob: Blob }[] = [];
  let asked = 0;
  const session = createDraftSession(start, store, {
    appVersion: '9.9.9',
    download: (blob, name) => downloads.push({ name, blob }),
    confirmReplace: () => (asked++, confirm),
    createEmpty: () => createEmptyDraft('ebn-mbo-2021-2022', now()),
    now,
    autosave: { delayMs: 0, maxWaitMs: 0 },
  });
  return { session, store, downloads, indexedDb, asked: () => asked, handOver: async () => (await handOver?.(), afterwards?.()) };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('draft session', () => {
  it('saves the draft as a pretty file with the app version, and remembers it', async () => {
    const { session, downloads, indexedDb } = setup();
    expect(session.needsFileSave()).toBe(true);
    expect(session.saveFile()).toBe('concept-roc-rijnstad-partners-2026-02-03.json');
    const text = await downloads[0]!.blob.text();
    expect(text.startsWith('{\n  "format": "aanvraagwijzer-draft",\n  "version": 1,\n  "schemeId": "ebn-mbo-2021-2022",\n  "appVersion": "9.9.9"')).toBe(true);
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
    const before = store.getSnapshot();
    const result = await session.openDraft('{"format":"aanvraagwijzer-draft","version":999}', 'file', 'x.json');
    expect(result).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('Werk de app bij') });
    expect(store.getSnapshot()).toBe(before);
  });

  it('asks before replacing unsaved answers, and keeps them when the user says no', async () => {
    const other = JSON.stringify({ ...sampleDraft(), title: 'Ander concept' });
    const declined = setup({ confirm: false });
    expect(await declined.session.openDraft(other, 'file', 'ander.json')).toEqual({ ok: false, reason: 'cancelled' });
    expect(declined.store.getSnapshot().title).toBe('Aanvraag ROC Rijnstad');

    const agreed = setup();
    expect(await agreed.session.openDraft(other, 'file', 'ander.json')).toEqual({ ok: true, report: [] });
    expect(agreed.asked()).toBe(1);
    expect(agreed.store.getSnapshot()).toMatchObject({ title: 'Ander concept', updatedAt: now().toISOString() });
    // Just opened from a file: no reminder until it changes.
    expect(agreed.session.getState().fileSave).toMatchObject({ fileName: 'ander.json', how: 'opened' });
    expect(agreed.session.needsFileSave()).toBe(false);
  });

  it('does not ask when the answers are safe in a file', async () => {
    const { session, asked } = setup();
    session.saveFile();
    await session.openDraft(JSON.stringify(sampleDraft()), 'example', 'roc-voorbeeld.json');
    expect(asked()).toBe(0);
    expect(session.getState().fileSave).toBeUndefined();
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
    expect(session.getState()).toMatchObject({ role: 'reader', handedOver: true });
  });

  it('warns before leaving only when nothing is stored and no file is current', () => {
    const { session, indexedDb } = setup();
    expect(session.wouldLoseWork()).toBe(false);
    indexedDb.failWith = 'quota';
    const failing = createDraftSession(
      { draft: sampleDraft(), activeId: 'draft-a', vault: createDraftVault({}), lock: { ready: Promise.resolve('writer'), onHandOver: () => undefined, takeOver: async () => undefined, release: () => undefined }, restoredFrom: undefined, report: [], keptAside: [], fileSave: undefined },
      createDraftStore(sampleDraft()),
      { appVersion: '1', download: () => undefined, confirmReplace: () => true, createEmpty: () => createEmptyDraft('x'), now },
    );
    expect(failing.wouldLoseWork()).toBe(true);
    failing.saveFile();
    expect(failing.wouldLoseWork()).toBe(false);
  });
});
