import { DRAFT_VERSION } from './draft';

/**
 * Step-by-step upgrades of saved drafts. A migration with `version: n` turns a draft of version
 * n - 1 into version n. Bump DRAFT_VERSION in draft.ts together with a new entry here; the list is
 * checked when this module loads, so a gap or a wrong order fails every test at once.
 *
 * Migrations work on plain JSON (not on the typed draft): the old shape is by definition not the
 * current one. They may mutate their input; it is a fresh JSON.parse result owned by the caller.
 */
export type JsonObject = Record<string, unknown>;

export interface DraftMigration {
  /** The version this migration produces. */
  version: number;
  /** Short English title for developers. */
  title: string;
  /** Dutch, for the project leader: what changed in their draft. Shown after opening an old file. */
  description: string;
  /** A step this version added (its id): the app links to it while it is still empty. */
  newStep?: string;
  apply: (draft: JsonObject) => JsonObject;
}

/** Released draft versions: 1 is the first (no version 0 was ever released). */
export const DRAFT_MIGRATIONS: readonly DraftMigration[] = validateMigrations(
  [
    {
      version: 2,
      title: 'New step "Aanleiding en doelen" (answers.background); nothing else changes',
      description:
        'Er is een nieuwe stap ‘Aanleiding en doelen’. Beschrijf daar het probleem met cijfers van uw instelling, uw doelen met een streefwaarde en wat het plan toevoegt aan de gewone begeleiding. Uw andere antwoorden zijn niet veranderd.',
      newStep: 'background',
      // The new step's answers are optional in a draft: an older draft is already a valid version 2.
      apply: (draft) => draft,
    },
  ],
  DRAFT_VERSION,
);

/** Throws on a broken list (at module load), so a bad migration never reaches a user's draft. */
export function validateMigrations(migrations: readonly DraftMigration[], currentVersion: number): readonly DraftMigration[] {
  migrations.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1) throw new Error(`Draft migration #${i} has an invalid version ${m.version}`);
    const previous = migrations[i - 1];
    if (previous && m.version !== previous.version + 1) {
      throw new Error(`Draft migrations must go up one version at a time: ${previous.version} is followed by ${m.version}`);
    }
    if (m.title.trim() === '' || m.description.trim() === '') throw new Error(`Draft migration to version ${m.version} needs a title and a description`);
    if (typeof m.apply !== 'function') throw new Error(`Draft migration to version ${m.version} has no apply function`);
  });
  const last = migrations.at(-1);
  if (last && last.version !== currentVersion) {
    throw new Error(`The last draft migration produces version ${last.version}, but DRAFT_VERSION is ${currentVersion}`);
  }
  return migrations;
}

/** The oldest draft version these migrations can bring up to date. */
export function oldestSupportedVersion(migrations: readonly DraftMigration[], currentVersion: number): number {
  const first = migrations[0];
  return first ? first.version - 1 : currentVersion;
}

export type MigrationResult =
  | { ok: true; draft: JsonObject; applied: readonly DraftMigration[] }
  | { ok: false; code: 'bad-version' | 'too-new' | 'too-old'; version: unknown }
  | { ok: false; code: 'migration-failed'; version: number; failedAt: number };

/** Runs the migrations after the draft's version, in order. Never throws. */
export function migrateDraft(
  draft: JsonObject,
  migrations: readonly DraftMigration[] = DRAFT_MIGRATIONS,
  currentVersion: number = DRAFT_VERSION,
): MigrationResult {
  const version = draft.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, code: 'bad-version', version };
  if (version > currentVersion) return { ok: false, code: 'too-new', version };
  if (version < oldestSupportedVersion(migrations, currentVersion)) return { ok: false, code: 'too-old', version };
  let current = draft;
  const applied: DraftMigration[] = [];
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    try {
      const next = migration.apply(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) throw new Error('migration returned no object');
      current = { ...next, version: migration.version };
    } catch {
      return { ok: false, code: 'migration-failed', version, failedAt: migration.version };
    }
    applied.push(migration);
  }
  return { ok: true, draft: current, applied };
}
