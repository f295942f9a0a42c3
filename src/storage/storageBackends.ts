/**
 * The browser's storage behind one small interface that never throws. IndexedDB first (large
 * quota); localStorage as the fallback and as the synchronous write on pagehide. Browser storage
 * is a cache, not a vault: private windows, Safari's 7-day rule and users clearing data all end it,
 * so the app also pushes the draft file.
 */

export type StorageKind = 'indexeddb' | 'localstorage';
export type StorageFailure = 'quota' | 'unavailable';

export type ReadResult = { ok: true; value: string | undefined } | { ok: false; error: StorageFailure };
export type WriteResult = { ok: true } | { ok: false; error: StorageFailure };

export interface StorageBackend {
  kind: StorageKind;
  get(key: string): Promise<ReadResult>;
  set(key: string, value: string): Promise<WriteResult>;
  remove(key: string): Promise<WriteResult>;
  /** Keys starting with a prefix (for drafts kept aside). */
  keys(prefix: string): Promise<string[]>;
}

/** localStorage also writes synchronously, for the last moment before the page goes away. */
export interface SyncStorageBackend extends StorageBackend {
  setSync(key: string, value: string): WriteResult;
}

const DB_NAME = 'aanvraagwijzer';
const DB_VERSION = 1;
const STORE = 'kv';
/** Some browsers never answer indexedDB.open in private mode; do not wait for them. */
const OPEN_TIMEOUT_MS = 3_000;

export function failureOf(error: unknown): StorageFailure {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'unavailable';
}

/** Undefined when IndexedDB is missing, blocked or does not open in time. */
export async function openIndexedDbBackend(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<StorageBackend | undefined> {
  const opened = await openDb(factory);
  if (!opened) return undefined;
  const db = opened;
  let broken = false;
  // Another tab opening a newer version of the app asks us to step aside: close, then work without IndexedDB.
  db.onversionchange = () => {
    broken = true;
    db.close();
  };
  db.onclose = () => {
    broken = true;
  };

  function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<{ ok: true; value: T } | { ok: false; error: StorageFailure }> {
    return new Promise((resolve) => {
      if (broken) return resolve({ ok: false, error: 'unavailable' });
      try {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve({ ok: true, value: request.result });
        tx.onerror = () => resolve({ ok: false, error: failureOf(tx.error ?? request.error) });
        tx.onabort = () => resolve({ ok: false, error: failureOf(tx.error) });
      } catch (error) {
        resolve({ ok: false, error: failureOf(error) });
      }
    });
  }

  return {
    kind: 'indexeddb',
    async get(key) {
      const result = await run('readonly', (s) => s.get(key) as IDBRequest<unknown>);
      return result.ok ? { ok: true, value: typeof result.value === 'string' ? result.value : undefined } : result;
    },
    async set(key, value) {
      const result = await run('readwrite', (s) => s.put(value, key));
      return result.ok ? { ok: true } : result;
    },
    async remove(key) {
      const result = await run('readwrite', (s) => s.delete(key));
      return result.ok ? { ok: true } : result;
    },
    async keys(prefix) {
      const result = await run('readonly', (s) => s.getAllKeys());
      return result.ok ? result.value.filter((k): k is string => typeof k === 'string' && k.startsWith(prefix)) : [];
    },
  };
}

function openDb(factory: IDBFactory | undefined): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (db: IDBDatabase | undefined) => {
      if (settled) {
        db?.close();
        return;
      }
      settled = true;
      resolve(db);
    };
    setTimeout(() => done(undefined), OPEN_TIMEOUT_MS);
    try {
      if (!factory) return done(undefined);
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => done(request.result);
      request.onerror = () => done(undefined);
      // An older tab keeps the database open on an older version; it gets versionchange and closes.
      request.onblocked = () => undefined;
    } catch {
      done(undefined);
    }
  });
}

const LS_PREFIX = 'aanvraagwijzer:';

/**
 * Undefined when localStorage is missing or refuses a first small write (old Safari private mode
 * had a quota of 0; some settings block it and the getter itself throws).
 */
export function localStorageBackend(getStorage: () => Storage = () => globalThis.localStorage): SyncStorageBackend | undefined {
  let storage: Storage;
  try {
    storage = getStorage();
    if (!storage) return undefined;
    storage.setItem(`${LS_PREFIX}probe`, '1');
    storage.removeItem(`${LS_PREFIX}probe`);
  } catch {
    return undefined;
  }
  const setSync = (key: string, value: string): WriteResult => {
    try {
      storage.setItem(LS_PREFIX + key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: failureOf(error) };
    }
  };
  return {
    kind: 'localstorage',
    setSync,
    async get(key) {
      try {
        return { ok: true, value: storage.getItem(LS_PREFIX + key) ?? undefined };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },
    set: async (key, value) => setSync(key, value),
    async remove(key) {
      try {
        storage.removeItem(LS_PREFIX + key);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },
    async keys(prefix) {
      try {
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(LS_PREFIX + prefix)) keys.push(key.slice(LS_PREFIX.length));
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}
