import type { Owner, StorageBackend, StorageFailure, StorageKind, SyncStorageBackend } from './storageBackends';

export const VAULT_KEYS = {
  current: 'draft:current',
  meta: 'draft:meta',
  /** A stored draft that no longer parses is moved here, never dropped. */
  keptAsidePrefix: 'draft:kept-aside:',
  /** The token of the tab that writes the open draft now; the draft and its meta are written only by it. */
  owner: 'draft:owner',
  /** The other drafts and the versions (draftLibrary). */
  libraryPrefix: 'library:',
  versionPrefix: 'version:',
} as const;

export type VaultSave = { ok: true; kind: StorageKind } | { ok: false; error: StorageFailure };

export interface StoredCopy {
  kind: StorageKind;
  text: string;
  /** The record was not a string: not written by this app. `text` renders it, to be kept aside. */
  notText?: boolean;
}

/**
 * Where the open draft lives on this device: IndexedDB, with localStorage when IndexedDB fails or
 * when the page is about to go away (only synchronous writes are sure to land then). Restore reads
 * both and the caller keeps the newest. No method throws.
 */
export interface DraftVault {
  /** False when neither store works: the draft lives only in this window. */
  readonly available: boolean;
  readCopies(): Promise<StoredCopy[]>;
  /**
   * From now on this tab writes the draft: its token goes into every store, and every later write
   * checks it in the same transaction. A tab that claimed earlier gets 'superseded' and writes nothing.
   */
  claim(token: string): Promise<boolean>;
  save(text: string): Promise<VaultSave>;
  /** Synchronous best effort for pagehide. */
  saveSync(text: string): boolean;
  keepAside(copy: StoredCopy, at: Date): Promise<string | undefined>;
  readMeta(): Promise<string | undefined>;
  writeMeta(text: string): Promise<boolean>;
  /** Where the other drafts and the versions live: IndexedDB, else localStorage. */
  readonly primary: StorageBackend | undefined;
  /** "Wis alles op dit apparaat": every key of the app in every store. */
  wipeAll(): Promise<boolean>;
  /** How many other drafts, versions and kept-aside drafts are stored (what wiping would take away besides the open draft). */
  countOtherRecords(): Promise<number>;
  /** Stops using browser storage ("alleen als bestand"): from now on nothing is read or written. */
  detach(): void;
  /** Uses these stores (again). */
  attach(stores: VaultStores): void;
}

export interface VaultStores {
  indexedDb?: StorageBackend;
  local?: SyncStorageBackend;
}

/** Keys of records that are drafts or versions besides the open draft (draftLibrary's and the kept-aside ones). */
const OTHER_RECORD_PREFIXES = [VAULT_KEYS.libraryPrefix, VAULT_KEYS.versionPrefix, VAULT_KEYS.keptAsidePrefix];

export function createDraftVault(stores: VaultStores): DraftVault {
  let { indexedDb, local } = stores;
  let backends: StorageBackend[] = [];
  const setStores = (next: VaultStores) => {
    ({ indexedDb, local } = next);
    backends = [indexedDb, local].filter((b): b is StorageBackend => b !== undefined);
  };
  setStores(stores);
  // A localStorage copy is only needed while it may be newer than IndexedDB's.
  let localHasCopy = true;
  let owner: Owner | undefined;

  return {
    get available() {
      return backends.length > 0;
    },

    async readCopies() {
      const copies: StoredCopy[] = [];
      for (const backend of backends) {
        const read = await backend.get(VAULT_KEYS.current);
        if (read.ok && read.value !== undefined) copies.push({ kind: backend.kind, text: read.value });
        else if (read.ok && read.notText !== undefined) copies.push({ kind: backend.kind, text: read.notText, notText: true });
      }
      localHasCopy = copies.some((c) => c.kind === 'localstorage');
      return copies;
    },

    async claim(token) {
      owner = { key: VAULT_KEYS.owner, token };
      let claimed = false;
      for (const backend of backends) claimed = (await backend.set(VAULT_KEYS.owner, token)).ok || claimed;
      return claimed;
    },

    async save(text) {
      let error: StorageFailure = 'unavailable';
      if (indexedDb) {
        const saved = await indexedDb.set(VAULT_KEYS.current, text, owner);
        if (saved.ok) {
          if (local && localHasCopy && (await local.remove(VAULT_KEYS.current)).ok) localHasCopy = false;
          return { ok: true, kind: 'indexeddb' };
        }
        // Another tab writes the draft now: no fallback may write either.
        if (saved.error === 'superseded') return saved;
        error = saved.error;
      }
      if (local) {
        const saved = local.setSync(VAULT_KEYS.current, text, owner);
        if (saved.ok) {
          localHasCopy = true;
          return { ok: true, kind: 'localstorage' };
        }
        if (saved.error !== 'unavailable') error = saved.error;
      }
      return { ok: false, error };
    },

    saveSync(text) {
      if (!local) return false;
      const saved = local.setSync(VAULT_KEYS.current, text, owner);
      if (saved.ok) localHasCopy = true;
      return saved.ok;
    },

    async keepAside(copy, at) {
      const backend = backends.find((b) => b.kind === copy.kind);
      if (!backend) return undefined;
      const key = `${VAULT_KEYS.keptAsidePrefix}${at.toISOString()}`;
      return (await backend.set(key, copy.text)).ok ? key : undefined;
    },

    async readMeta() {
      for (const backend of backends) {
        const read = await backend.get(VAULT_KEYS.meta);
        if (read.ok && read.value !== undefined) return read.value;
      }
      return undefined;
    },

    async writeMeta(text) {
      for (const backend of backends) {
        const written = await backend.set(VAULT_KEYS.meta, text, owner);
        if (written.ok) return true;
        if (written.error === 'superseded') return false;
      }
      return false;
    },

    get primary() {
      return backends[0];
    },

    async wipeAll() {
      let ok = true;
      for (const backend of backends) {
        for (const key of await backend.keys('')) ok = (await backend.remove(key)).ok && ok;
      }
      localHasCopy = false;
      return ok;
    },

    async countOtherRecords() {
      let count = 0;
      for (const backend of backends) {
        for (const prefix of OTHER_RECORD_PREFIXES) count += (await backend.keys(prefix)).length;
      }
      return count;
    },

    detach: () => setStores({}),
    attach: (next) => {
      setStores(next);
      localHasCopy = true;
    },
  };
}
