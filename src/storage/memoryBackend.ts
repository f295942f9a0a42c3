import type { ReadResult, StorageFailure, StorageKind, SyncStorageBackend, WriteResult } from './storageBackends';

export interface MemoryBackend extends SyncStorageBackend {
  data: Map<string, string>;
  /** Set to make every write (and, for 'unavailable', every read) fail like a full or blocked browser store. */
  failWith: StorageFailure | undefined;
}

/** An in-memory storage backend for tests. */
export function memoryBackend(kind: StorageKind = 'indexeddb', data = new Map<string, string>()): MemoryBackend {
  const backend: MemoryBackend = {
    kind,
    data,
    failWith: undefined,
    setSync(key: string, value: string): WriteResult {
      if (backend.failWith) return { ok: false, error: backend.failWith };
      data.set(key, value);
      return { ok: true };
    },
    get: async (key: string): Promise<ReadResult> => (backend.failWith === 'unavailable' ? { ok: false, error: 'unavailable' } : { ok: true, value: data.get(key) }),
    set: async (key: string, value: string) => backend.setSync(key, value),
    remove: async (key: string): Promise<WriteResult> => {
      data.delete(key);
      return { ok: true };
    },
    keys: async (prefix: string) => [...data.keys()].filter((k) => k.startsWith(prefix)),
  };
  return backend;
}
