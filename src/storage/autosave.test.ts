import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from './autosave';
import { createDraftVault, VAULT_KEYS } from './draftVault';
import { memoryBackend } from './memoryBackend';

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-02-03T14:32:00Z') }));
afterEach(() => vi.useRealTimers());

function setup() {
  const indexedDb = memoryBackend('indexeddb');
  const local = memoryBackend('localstorage');
  const vault = createDraftVault({ indexedDb, local });
  let text = 'v0';
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({ vault, serialize: () => text, onStatus: (s) => statuses.push(s), now: () => new Date() });
  return { indexedDb, local, autosave, statuses, type: (t: string) => ((text = t), autosave.changed()) };
}

describe('autosave', () => {
  it('saves after a quiet moment, the newest text', async () => {
    const { indexedDb, type, statuses } = setup();
    type('v1');
    type('v2');
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(300);
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBe('v2');
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved', where: 'indexeddb' });
  });

  it('saves within 1 second even while the user keeps typing', async () => {
    const { indexedDb, type } = setup();
    // A keystroke every 100 ms, never a quiet 300 ms: the first change must still be stored by 1 s.
    for (let i = 1; i <= 10; i++) {
      type(`v${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBe('v10');
  });

  it('falls back to localStorage when IndexedDB is full, and says when nothing works', async () => {
    const { indexedDb, local, type, statuses, autosave } = setup();
    indexedDb.failWith = 'quota';
    type('v1');
    await autosave.flush();
    expect(local.data.get(VAULT_KEYS.current)).toBe('v1');
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved', where: 'localstorage' });

    local.failWith = 'quota';
    type('v2');
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', error: 'quota' });
    expect(autosave.hasUnsaved()).toBe(true);

    // Space again: the next change is stored, and the stale localStorage copy is removed.
    indexedDb.failWith = undefined;
    local.failWith = undefined;
    type('v3');
    await autosave.flush();
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBe('v3');
    expect(local.data.has(VAULT_KEYS.current)).toBe(false);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('writes a synchronous copy on pagehide', () => {
    const { local, type, autosave } = setup();
    type('v1');
    autosave.flushSync();
    expect(local.data.get(VAULT_KEYS.current)).toBe('v1');
  });

  it('does not write while paused, and catches up on resume', async () => {
    const { indexedDb, type, autosave } = setup();
    autosave.pause();
    type('v1');
    autosave.flushSync();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(indexedDb.data.size).toBe(0);
    expect(autosave.status()).toEqual({ kind: 'paused' });
    autosave.resume();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(indexedDb.data.get(VAULT_KEYS.current)).toBe('v1');
  });

  it('reports unavailable storage from the start', () => {
    const autosave = createAutosave({ vault: createDraftVault({}), serialize: () => '' });
    expect(autosave.status()).toEqual({ kind: 'failed', error: 'unavailable' });
  });
});
