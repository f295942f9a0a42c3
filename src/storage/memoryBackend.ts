import { describeNotText, type Owner, type ReadResult, type StorageFailure, type StorageKind, type SyncStorageBackend, type WriteResult } from './storageBackends';

export interface MemoryBackend extends SyncStorageBackend {
  data: Map<string, string>;
  /** Records that are not strings (written by something other than this app), as IndexedDB can hold them. */
  notText: Map<string, unknown>;
  /** Set to make every write (and, for 'unavailable', every read) fail like a full or blocked browser store. */
  failWith: StorageFailure | undefined;
}

/** An in-memory storage backend for tests, with the same contract as the browser's (owned writes included). */
export function memoryBackend(kind: StorageKind = 'indexeddb', data = new Map<string, string>()): MemoryBackend {
  const backend: MemoryBackend = {
    kind,
    data,
    notText: new Map(),
    failWith: undefined,
    setSync(key: string, value: string, owner?: Owner): WriteResult {
      if (backend.failWith) return { ok: false, error: backend.failWith };
      if (owner) {
        const holder = data.get(owner.key);
        if (holder !== undefined && holder !== owner.token) return { ok: false, error: 'superseded' };
        if (holder === undefined) data.set(owner.key, owner.token);
      }
      backend.notText.delete(key);
      data.set(key, value);
      return { ok: true };
    },
    get: async (key: string): Promise<ReadResult> => {
      if (backend.failWith === 'unavailable') return { ok: false, error: 'unavailable' };
      if (backend.notText.has(key)) return { ok: true, value: undefined, notText: describeNotText(backend.notText.get(key)) };
      return { ok: true, value: data.get(key) };
    },
    set: async (key: string, value: string, owner?: Owner) => backend.setSync(key, value, owner),
    remove: async (key: string): Promise<WriteResult> => {
      data.delete(key);
      backend.notText.delete(key);
      return { ok: true };
    },
    keys: async (prefix: string) => [...new Set([...data.keys(), ...backend.notText.keys()])].filter((k) => k.startsWith(prefix)),
  };
  return backend;
}
