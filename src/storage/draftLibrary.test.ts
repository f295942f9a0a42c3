import { describe, expect, it } from 'vitest';
import { createDraftStore, createEmptyDraft } from '../shell/draftStore';
import { sampleDraft } from '../draftFile/draftFixtures';
import { createDraftSession } from './draftSession';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend } from './memoryBackend';
import { startDraftSession } from './startDraftSession';
import { fixtureTabLock, settle } from './tabLockFixture';
let clock = Date.parse('2026-02-03T14:00:00Z');
const now = () => new Date((clock += 60_000));
const emptyDraft = () => createEmptyDraft('ebn-mbo-2021-2022', now());

/** A device: its storage survives "reloads" (new sessions over the same backends). */
function device() {
  const indexedDb = memoryBackend('indexeddb');
  const local = memoryBackend('localstorage');
  const open = async () => {
    const vault = createDraftVault({ indexedDb, local });
    const start = await startDraftSession({ emptyDraft: emptyDraft(), vault, lock: fixtureTabLock().lock, now });
    const store = createDraftStore(start.draft, { clock: now });
    const session = createDraftSession(start, store, {
      appVersion: '1',
      download: () => undefined,
      createEmpty: emptyDraft,
      now,
      autosave: { delayMs: 0, maxWaitMs: 0 },
    });
    await settle();
    return { session, store };
  };
  return { indexedDb, open };
}

const titles = async (session: Awaited<ReturnType<ReturnType<typeof device>['open']>>['session']) =>
  (await session.library.list()).map((e) => (e.ok ? e.draft.title : '(kapot)')).sort();

describe('several drafts on one device', () => {
  it('a new draft keeps the old one in the list, and opening it swaps them; a reload keeps all', async () => {
    const phone = device();
    const { session, store } = await phone.open();
    store.replace({ ...sampleDraft(), title: 'Eerste' });
    const first = session.getState().activeId;
    expect(await session.createNew()).toEqual({ ok: true });
    expect(store.getSnapshot().answers).toEqual({});
    expect(await titles(session)).toEqual(['Eerste']);

    store.setStepValues('applicant', { institutionName: 'ROC Tweede' });
    store.replace({ ...store.getSnapshot(), title: 'Tweede' });
    const second = session.getState().activeId;
    expect(await session.switchTo(first)).toEqual({ ok: true });
    expect(store.getSnapshot().title).toBe('Eerste');
    expect(await titles(session)).toEqual(['Tweede']);

    // A reload opens the same draft under the same id, with the other in the list.
    const again = await phone.open();
    expect(again.session.getState().activeId).toBe(first);
    expect(again.store.getSnapshot().title).toBe('Eerste');
    expect(await titles(again.session)).toEqual(['Tweede']);
    expect((await again.session.library.list())[0]!.id).toBe(second);
  });

  it('does not keep an untouched empty draft', async () => {
    const { session } = await device().open();
    await session.createNew();
    await session.createNew();
    expect(await session.library.list()).toEqual([]);
  });

  it('renames, duplicates, and removes with undo', async () => {
    const { session, store } = await device().open();
    store.replace({ ...sampleDraft(), title: 'Origineel' });
    const original = session.getState().activeId;
    await session.duplicate(original);
    expect(await titles(session)).toEqual(['Kopie van Origineel']);
    const copy = (await session.library.list())[0]!.id;
    await session.rename(copy, '  Variant B ');
    await session.rename(original, 'Variant A');
    expect(store.getSnapshot().title).toBe('Variant A');
    expect(await titles(session)).toEqual(['Variant B']);

    const removed = await session.remove(copy);
    expect(await titles(session)).toEqual([]);
    expect(removed.ok && (await removed.undo?.())).toBe(true);
    expect(await titles(session)).toEqual(['Variant B']);
  });

  it('removing the open draft opens the most recent other one, and can be undone', async () => {
    const { session, store } = await device().open();
    store.replace({ ...sampleDraft(), title: 'A' });
    const a = session.getState().activeId;
    await session.createNew();
    store.replace({ ...sampleDraft(), title: 'B', updatedAt: now().toISOString() });
    const removed = await session.remove(session.getState().activeId);
    expect(session.getState().activeId).toBe(a);
    expect(store.getSnapshot().title).toBe('A');
    expect(await titles(session)).toEqual([]);
    expect(removed.ok && (await removed.undo?.())).toBe(true);
    expect(await titles(session)).toEqual(['B']);
  });

  it('versions: save, restore (the current state becomes a version first), remove with undo', async () => {
    const { session, store } = await device().open();
    store.replace({ ...sampleDraft(), title: 'Concept' });
    expect(await session.saveVersion('versie naar adviseur, 3 feb')).toEqual({ ok: true });
    store.setStepValues('applicant', { institutionName: 'Na de adviseur' });
    await session.saveVersion('');

    const versions = await session.library.versions(session.getState().activeId);
    expect(versions.map((v) => v.name)).toEqual([expect.stringMatching(/^Versie van \d+ februari 2026, \d{2}:\d{2}$/), 'versie naar adviseur, 3 feb']);
    await session.restoreVersion(versions[1]!);
    expect(store.getSnapshot().answers.applicant?.institutionName).toBe('ROC Rijnstad & Partners');
    const after = await session.library.versions(session.getState().activeId);
    expect(after[0]!.name).toBe('Automatisch bewaard vóór het terugzetten van ‘versie naar adviseur, 3 feb’');
    expect(after[0]!.draft.answers.applicant?.institutionName).toBe('Na de adviseur');

    // Going back can be undone: the draft is as it was, and the automatic version goes again.
    const restoredAgain = await session.restoreVersion(versions[0]!);
    expect(store.getSnapshot().answers.applicant?.institutionName).toBe('Na de adviseur');
    expect(restoredAgain.ok && (await restoredAgain.undo?.())).toBe(true);
    expect(store.getSnapshot().answers.applicant?.institutionName).toBe('ROC Rijnstad & Partners');
    expect(await session.library.versions(session.getState().activeId)).toHaveLength(3);

    const removed = await session.removeVersion(after[0]!);
    expect(await session.library.versions(session.getState().activeId)).toHaveLength(2);
    expect(removed.ok && (await removed.undo?.())).toBe(true);
    expect(await session.library.versions(session.getState().activeId)).toHaveLength(3);
  });

  it('"Wis alles op dit apparaat" leaves nothing behind', async () => {
    const phone = device();
    const { session, store } = await phone.open();
    store.replace({ ...sampleDraft(), title: 'A' });
    await session.saveVersion('v1');
    await session.createNew();
    expect(phone.indexedDb.data.size).toBeGreaterThan(0);
    expect(await session.wipeDevice()).toBe(true);
    expect(phone.indexedDb.data.size).toBe(0);
    const again = await phone.open();
    expect(again.store.getSnapshot().answers).toEqual({});
    expect(await again.session.library.list()).toEqual([]);
  });

  it('a damaged draft in the list is shown as damaged, not dropped', async () => {
    const phone = device();
    phone.indexedDb.data.set('library:kapot', '{"text": "{\\"format\\":"}');
    const { session } = await phone.open();
    expect(await session.library.list()).toEqual([{ id: 'kapot', ok: false, text: '{"format":', message: expect.stringContaining('niet leesbaar') }]);
    expect(await session.switchTo('kapot')).toMatchObject({ ok: false });
    expect(phone.indexedDb.data.has('library:kapot')).toBe(true);
    expect(phone.indexedDb.data.has(VAULT_KEYS.current)).toBe(false);
  });

  it('a record in the list that is not text (not written by this app) is shown as damaged, with its text, not skipped', async () => {
    const phone = device();
    phone.indexedDb.notText.set('library:vreemd', { title: 'Van elders', answers: 1 });
    const { session } = await phone.open();
    expect(await session.library.list()).toEqual([{ id: 'vreemd', ok: false, text: '{"title":"Van elders","answers":1}', message: expect.stringContaining('niet door de Aanvraagwijzer geschreven') }]);
  });
});
