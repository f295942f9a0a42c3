import { describe, expect, it } from 'vitest';
import { createEmptyDraft } from '../shell/draftStore';
import { sampleDraft } from '../draftFile/draftFixtures';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend } from './memoryBackend';
import { startDraftSession } from './startDraftSession';
import { fixtureTabLock } from './tabLockFixture';

const { lock } = fixtureTabLock();
const emptyDraft = createEmptyDraft('ebn-mbo-2021-2022', new Date('2026-01-01T00:00:00Z'));
const at = new Date('2026-02-04T08:00:00Z');

function start(idb: Record<string, string>, ls: Record<string, string> = {}) {
  const indexedDb = memoryBackend('indexeddb', new Map(Object.entries(idb)));
  const local = memoryBackend('localstorage', new Map(Object.entries(ls)));
  const vault = createDraftVault({ indexedDb, local });
  return { indexedDb, local, session: startDraftSession({ emptyDraft, vault, lock, now: () => at, schemeIds: ['ebn-mbo-2021-2022'] }) };
}

describe('startDraftSession', () => {
  it('starts empty on a new device', async () => {
    const { session } = start({});
    expect(await session).toMatchObject({ draft: emptyDraft, restoredFrom: undefined, keptAside: [], fileSave: undefined });
  });

  it('restores the stored draft through parseDraft', async () => {
    const { session } = start({ [VAULT_KEYS.current]: JSON.stringify(sampleDraft()) });
    expect(await session).toMatchObject({ draft: sampleDraft(), restoredFrom: 'indexeddb' });
  });

  it('keeps the newest of the IndexedDB and localStorage copies', async () => {
    const newer = { ...sampleDraft(), updatedAt: '2026-02-03T14:33:00.000Z', title: 'Nieuwer' };
    const { session } = start({ [VAULT_KEYS.current]: JSON.stringify(sampleDraft()) }, { [VAULT_KEYS.current]: JSON.stringify(newer) });
    expect(await session).toMatchObject({ draft: { title: 'Nieuwer' }, restoredFrom: 'localstorage' });
  });

  it('keeps a stored draft that no longer parses aside, reports it and starts empty', async () => {
    const broken = '{"format":"aanvraagwijzer-draft","version":1,"answers":';
    const { session, indexedDb } = start({ [VAULT_KEYS.current]: broken });
    const started = await session;
    expect(started.draft).toEqual(emptyDraft);
    expect(started.keptAside).toEqual([{ key: `${VAULT_KEYS.keptAsidePrefix}${at.toISOString()}`, text: broken, message: expect.stringContaining('niet leesbaar') }]);
    expect(indexedDb.data.get(`${VAULT_KEYS.keptAsidePrefix}${at.toISOString()}`)).toBe(broken);
  });

  it('keeps a stored record that is not text aside (it is offered as a download), and does not open it', async () => {
    const indexedDb = memoryBackend('indexeddb');
    indexedDb.notText.set(VAULT_KEYS.current, { ...sampleDraft(), title: 'Van een ander programma' });
    const started = await startDraftSession({ emptyDraft, vault: createDraftVault({ indexedDb }), lock, now: () => at });
    expect(started.draft).toEqual(emptyDraft);
    const key = `${VAULT_KEYS.keptAsidePrefix}${at.toISOString()}`;
    expect(started.keptAside).toEqual([{ key, text: expect.stringContaining('Van een ander programma'), message: expect.stringContaining('niet door de Aanvraagwijzer geschreven') }]);
    expect(indexedDb.data.get(key)).toContain('Van een ander programma');
  });

  it('when a copy wins only by a date in the future (a wrong clock), the other, different copy is kept too', async () => {
    const future = { ...sampleDraft(), title: 'Uit de toekomst', updatedAt: '2027-01-01T00:00:00.000Z' };
    const recent = { ...sampleDraft(), title: 'Net getypt', updatedAt: '2026-02-04T07:59:00.000Z' };
    const started = await start({ [VAULT_KEYS.current]: JSON.stringify(future) }, { [VAULT_KEYS.current]: JSON.stringify(recent) }).session;
    expect(started.draft.title).toBe('Uit de toekomst');
    expect(started.otherCopy?.title).toBe('Net getypt');
    // Dates in the past: the newest wins and the older copy is just an earlier state.
    const earlier = { ...recent, updatedAt: '2026-02-04T07:00:00.000Z' };
    expect((await start({ [VAULT_KEYS.current]: JSON.stringify(earlier) }, { [VAULT_KEYS.current]: JSON.stringify(recent) }).session).otherCopy).toBeUndefined();
    // The same content twice: nothing to choose.
    expect((await start({ [VAULT_KEYS.current]: JSON.stringify(future) }, { [VAULT_KEYS.current]: JSON.stringify({ ...future, updatedAt: recent.updatedAt }) }).session).otherCopy).toBeUndefined();
  });

  it('reads when the draft was last saved as a file, ignoring a damaged record', async () => {
    const fileSave = { at: '2026-02-03T14:00:00.000Z', fileName: 'concept-roc-2026-02-03.json', fingerprint: 'abc', how: 'saved' };
    expect((await start({ [VAULT_KEYS.meta]: JSON.stringify(fileSave) }).session).fileSave).toEqual(fileSave);
    expect((await start({ [VAULT_KEYS.meta]: '{"at": 5' }).session).fileSave).toBeUndefined();
  });

  it('never throws when storage is unavailable', async () => {
    const indexedDb = memoryBackend('indexeddb');
    indexedDb.failWith = 'unavailable';
    const started = await startDraftSession({ emptyDraft, vault: createDraftVault({ indexedDb }), lock });
    expect(started.draft).toEqual(emptyDraft);
  });
});
