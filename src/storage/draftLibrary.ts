import { z } from 'zod/mini';
import type { DraftFile } from '../../schemas/draft';
import { newId } from '../domain/newId';
import { DRAFT_REFUSED, STORED_NOT_TEXT } from '../text/storage';
import { MAX_DRAFT_BYTES, parseDraftText } from '../draftFile/parseDraft';
import { parseFileSave, type FileSave } from './fileSave';
import type { StorageBackend } from './storageBackends';
import { VAULT_KEYS } from './draftVault';

/**
 * The drafts on this device besides the open one, and the named versions of each draft. The open
 * draft itself lives in the autosave slot (draftVault); switching moves it in here first, so a
 * switch that stops halfway leaves a copy too many, never one too few. Every read goes through
 * parseDraft; a record that no longer parses is listed as damaged and kept.
 */

const LIBRARY_PREFIX = VAULT_KEYS.libraryPrefix;
const VERSION_PREFIX = VAULT_KEYS.versionPrefix;

const envelopeSchema = z.object({
  text: z.string().check(z.maxLength(MAX_DRAFT_BYTES)),
  fileSave: z.optional(z.unknown()),
  /** Why the app put this draft here itself (e.g. the other of two differing copies), in Dutch. */
  note: z.optional(z.string().check(z.maxLength(1_000))),
});

const versionSchema = z.object({
  name: z.string().check(z.maxLength(300)),
  at: z.iso.datetime({ offset: true }),
  text: z.string().check(z.maxLength(MAX_DRAFT_BYTES)),
});

export type LibraryEntry =
  | { id: string; ok: true; draft: DraftFile; fileSave: FileSave | undefined; note?: string }
  | { id: string; ok: false; text: string; message: string };

export interface DraftVersion {
  id: string;
  draftId: string;
  name: string;
  at: string;
  draft: DraftFile;
}

/** What a removal took away, so "Ongedaan maken" can put it back exactly. */
export interface Removed {
  records: [key: string, value: string][];
}

export interface DraftLibrary {
  list(): Promise<LibraryEntry[]>;
  read(id: string): Promise<LibraryEntry | undefined>;
  write(id: string, draft: DraftFile, fileSave: FileSave | undefined, note?: string): Promise<boolean>;
  /** Removes a draft and its versions; undefined when nothing was removed. */
  remove(id: string): Promise<Removed | undefined>;
  /** Only the library copy, not the versions (after the draft became the open one). */
  forget(id: string): Promise<void>;
  putBack(removed: Removed): Promise<boolean>;
  versions(draftId: string): Promise<DraftVersion[]>;
  addVersion(draftId: string, name: string, draft: DraftFile, at: Date): Promise<DraftVersion | undefined>;
  removeVersion(draftId: string, versionId: string): Promise<Removed | undefined>;
}

export const isLibraryId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);
export const newLibraryId = () => newId(12);

/** `store`: where the drafts live, asked on every use (browser storage can be switched off while the app runs). */
export function createDraftLibrary(store: () => StorageBackend | undefined, schemeIds?: readonly string[]): DraftLibrary {
  const get = async (key: string) => {
    const read = await store()?.get(key);
    return read?.ok ? read.value : undefined;
  };
  /** A record this app did not write (not a string) is listed as damaged, with its text to download. */
  const readEntry = async (id: string): Promise<LibraryEntry | undefined> => {
    const read = await store()?.get(LIBRARY_PREFIX + id);
    if (!read?.ok) return undefined;
    if (read.notText !== undefined) return { id, ok: false, text: read.notText, message: STORED_NOT_TEXT };
    return read.value === undefined ? undefined : entryOf(id, read.value);
  };
  const set = async (key: string, value: string) => (await store()?.set(key, value))?.ok ?? false;
  const keys = async (prefix: string) => (await store()?.keys(prefix)) ?? [];

  const entryOf = (id: string, value: string): LibraryEntry => {
    const envelope = safeJson(value, envelopeSchema);
    if (!envelope) return { id, ok: false, text: value, message: DRAFT_REFUSED.notJson };
    const parsed = parseDraftText(envelope.text, { schemeIds });
    if (!parsed.ok) return { id, ok: false, text: envelope.text, message: parsed.message };
    const fileSave = envelope.fileSave === undefined ? undefined : parseFileSave(JSON.stringify(envelope.fileSave));
    return { id, ok: true, draft: parsed.draft, fileSave, ...(envelope.note ? { note: envelope.note } : {}) };
  };

  const removeKeys = async (keysToRemove: string[]): Promise<Removed | undefined> => {
    const backend = store();
    if (!backend) return undefined;
    const records: Removed['records'] = [];
    for (const key of keysToRemove) {
      const value = await get(key);
      if (value === undefined) continue;
      if ((await backend.remove(key)).ok) records.push([key, value]);
    }
    return records.length > 0 ? { records } : undefined;
  };

  return {
    async list() {
      const entries: LibraryEntry[] = [];
      for (const key of await keys(LIBRARY_PREFIX)) {
        const id = key.slice(LIBRARY_PREFIX.length);
        const entry = isLibraryId(id) ? await readEntry(id) : undefined;
        if (entry) entries.push(entry);
      }
      return entries;
    },

    read: readEntry,

    write: (id, draft, fileSave, note) => set(LIBRARY_PREFIX + id, JSON.stringify({ text: JSON.stringify(draft), fileSave, note })),

    async remove(id) {
      return removeKeys([LIBRARY_PREFIX + id, ...(await keys(`${VERSION_PREFIX}${id}:`))]);
    },

    async forget(id) {
      await store()?.remove(LIBRARY_PREFIX + id);
    },

    async putBack(removed) {
      let ok = true;
      for (const [key, value] of removed.records) ok = (await set(key, value)) && ok;
      return ok;
    },

    async versions(draftId) {
      const versions: DraftVersion[] = [];
      for (const key of await keys(`${VERSION_PREFIX}${draftId}:`)) {
        const record = safeJson((await get(key)) ?? '', versionSchema);
        const parsed = record && parseDraftText(record.text, { schemeIds });
        if (record && parsed?.ok) {
          versions.push({ id: key.slice(`${VERSION_PREFIX}${draftId}:`.length), draftId, name: record.name, at: record.at, draft: parsed.draft });
        }
      }
      return versions.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    },

    async addVersion(draftId, name, draft, at) {
      const id = newLibraryId();
      const record = { name, at: at.toISOString(), text: JSON.stringify(draft) };
      return (await set(`${VERSION_PREFIX}${draftId}:${id}`, JSON.stringify(record))) ? { id, draftId, name, at: record.at, draft } : undefined;
    },

    removeVersion: (draftId, versionId) => removeKeys([`${VERSION_PREFIX}${draftId}:${versionId}`]),
  };
}

function safeJson<T>(text: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
