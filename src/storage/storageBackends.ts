/**
 * The browser's storage behind one small interface that never throws. IndexedDB first (large
 * quota); localStorage as the fallback and as the synchronous write on pagehide. Browser storage
 * is a cache, not a vault: private windows, Safari's 7-day rule and users clearing data all end it,
 * so the app also pushes the draft file.
 */

export type StorageKind = 'indexeddb' | 'localstorage';
/** 'superseded': an owned write refused because another tab has claimed the draft since (see Owner). */
export type StorageFailure = 'quota' | 'unavailable' | 'superseded';

export type ReadResult =
  /** `notText`: the record is not a string, so this app did not write it; rendered as text to be kept aside. */
  | { ok: true; value: string | undefined; notText?: string }
  | { ok: false; error: StorageFailure };
export type WriteResult = { ok: true } | { ok: false; error: StorageFailure };

/**
 * An owned write: it lands only while the record under `key` still holds `token` (or holds
 * nothing, then it claims it), checked in the same transaction as the write. A tab that has lost
 * the draft to another tab (which wrote its own token there) can never overwrite that tab's work.
 */
export interface Owner {
  key: string;
  token: string;
}

export interface StorageBackend {
  kind: StorageKind;
  get(key: string): Promise<ReadResult>;
  set(key: string, value: string, owner?: Owner): Promise<WriteResult>;
  remove(key: string): Promise<WriteResult>;
  /** Keys starting with a prefix (for drafts kept aside). */
  keys(prefix: string): Promise<string[]>;
}

/** localStorage also writes synchronously, for the last moment before the page goes away. */
export interface SyncStorageBackend extends StorageBackend {
  setSync(key: string, value: string, owner?: Owner): WriteResult;
}

/** Longest text kept of a record this app did not write (it is kept aside and offered as a download). */
const NOT_TEXT_MAX_CHARS = 10_000_000;

/** A stored value that is not a string, as text a person can read: JSON where possible. */
export function describeNotText(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    try {
      text = String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.slice(0, NOT_TEXT_MAX_CHARS);
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

  /** Check and write in one readwrite transaction: IndexedDB runs overlapping ones one after another. */
  function putOwned(key: string, value: string, owner: Owner): Promise<WriteResult> {
    return new Promise((resolve) => {
      if (broken) return resolve({ ok: false, error: 'unavailable' });
      let failure: StorageFailure | undefined;
      try {
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const check = store.get(owner.key);
        check.onsuccess = () => {
          const holder: unknown = check.result;
          if (holder !== undefined && holder !== owner.token) {
            failure = 'superseded';
            tx.abort();
            return;
          }
          try {
            if (holder === undefined) store.put(owner.token, owner.key);
            store.put(value, key);
          } catch (error) {
            // A put can throw (e.g. QuotaExceededError): say why, not just "aborted".
            failure = failureOf(error);
            tx.abort();
          }
        };
        tx.oncomplete = () => resolve({ ok: true });
        tx.onerror = () => resolve({ ok: false, error: failure ?? failureOf(tx.error ?? check.error) });
        tx.onabort = () => resolve({ ok: false, error: failure ?? failureOf(tx.error) });
      } catch (error) {
        resolve({ ok: false, error: failureOf(error) });
      }
    });
  }

  return {
    kind: 'indexeddb',
    async get(key) {
      const result = await run('readonly', (s) => s.get(key) as IDBRequest<unknown>);
      if (!result.ok) return result;
      const value = result.value;
      if (typeof value === 'string' || value === undefined) return { ok: true, value };
      return { ok: true, value: undefined, notText: describeNotText(value) };
    },
    async set(key, value, owner) {
      if (owner) return putOwned(key, value, owner);
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
  const setSync = (key: string, value: string, owner?: Owner): WriteResult => {
    try {
      // Synchronous: nothing else runs in this page between the check and the write.
      if (owner) {
        const holder = storage.getItem(LS_PREFIX + owner.key);
        if (holder !== null && holder !== owner.token) return { ok: false, error: 'superseded' };
        if (holder === null) storage.setItem(LS_PREFIX + owner.key, owner.token);
      }
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
    set: async (key, value, owner) => setSync(key, value, owner),
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
