import { describe, expect, it } from 'vitest';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend } from './memoryBackend';

/** Two tabs on one device: two vaults over the same stores. */
function twoTabs() {
  const indexedDb = memoryBackend('indexeddb');
  const local = memoryBackend('localstorage');
  return { indexedDb, local, a: createDraftVault({ indexedDb, local }), b: createDraftVault({ indexedDb, local }) };
}

describe('draft vault: only the tab that claimed the draft last writes it', () => {
  it('refuses every write of a tab that claimed before another, in IndexedDB and in localStorage', async () => {
    const { indexedDb, local, a, b } = twoTabs();
    await a.claim('token-a');
    expect(await a.save('A1')).toEqual({ ok: true, kind: 'indexeddb' });
    await b.claim('token-b');
    expect(await b.save('B1')).toEqual({ ok: true, kind: 'indexeddb' });

    expect(await a.save('A2')).toEqual({ ok: false, error: 'superseded' });
    expect(a.saveSync('A3')).toBe(false);
    expect(await a.writeMeta('{"a":1}')).toBe(false);
    // Not even through the fallback when IndexedDB fails.
    indexedDb.failWith = 'quota';
    expect(await a.save('A4')).toEqual({ ok: false, error: 'superseded' });
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBe('B1');
    expect(local.data.get(VAULT_KEYS.current)).toBeUndefined();
    expect(await b.save('B2')).toEqual({ ok: true, kind: 'localstorage' });
  });

  it('a claim wiped with everything else is taken again by the next owned write', async () => {
    const { indexedDb, a } = twoTabs();
    await a.claim('token-a');
    await a.wipeAll();
    expect(await a.save('A1')).toEqual({ ok: true, kind: 'indexeddb' });
    expect(indexedDb.data.get(VAULT_KEYS.owner)).toBe('token-a');
  });

  it('writes as before when no tab claimed (no Web Locks, or a test)', async () => {
    const { a } = twoTabs();
    expect(await a.save('A1')).toEqual({ ok: true, kind: 'indexeddb' });
  });
});
