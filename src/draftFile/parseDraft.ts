import { DRAFT_FORMAT, DRAFT_VERSION, type DraftFile, type SetAsidePart } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { DRAFT_MIGRATIONS, migrateDraft, type DraftMigration, type JsonObject } from '../../schemas/migrations';
import { STEP_IDS, type StepId } from '../domain/steps';
import { STEP_TITLES } from '../text/nl';
import { DRAFT_PART_IN_STEP, DRAFT_PART_UNKNOWN, DRAFT_PARTS, DRAFT_REFUSED, MIGRATION_REPORT } from '../text/storage';
import { salvageDraft } from './salvageDraft';

/**
 * The one door in for drafts: autosave restore, "Concept openen" (.json or .docx), the examples and
 * the CLI. It never throws: either a valid, current draft or a Dutch message for the project leader.
 * A draft in the right format whose parts do not all fit is salvaged, not refused: the parts that
 * cannot be read are set aside in the draft (`setAside`, kept as they were) and reported, the rest
 * opens. Only what is not a draft at all is refused.
 */

/** Larger than any real draft (the other LIMITS keep one far below), small enough to read safely. */
export const MAX_DRAFT_BYTES = LIMITS.draftBytes;
/** A valid draft nests about 6 levels deep; anything much deeper is hostile or broken. */
export const MAX_DRAFT_DEPTH = 64;

export type DraftRefusal =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'wrong-file-type'
  | 'wrong-format'
  | 'bad-version'
  | 'too-new'
  | 'too-old'
  | 'migration-failed'
  | 'invalid'
  | 'unknown-scheme'
  | 'unreadable-docx'
  | 'unexpected';

/** Dutch: something else the user should know about an opened file (e.g. the Word comments it brought). */
export interface OpenNotice {
  text: string;
  /** Something did not come in. */
  warning: boolean;
}

export type ParseDraftResult =
  | {
      ok: true;
      draft: DraftFile;
      /** Dutch: what the migrations changed, empty for a current draft. */
      report: string[];
      /** Parts that could not be read and were set aside just now (also in `draft.setAside`); absent when none. */
      setAside?: SetAsidePart[];
      /** Dutch: what else opening the file did, e.g. the Word comments it brought; absent when nothing. */
      notices?: OpenNotice[];
    }
  | { ok: false; code: DraftRefusal; message: string };

export interface ParseDraftOptions {
  maxBytes?: number;
  /** Scheme ids this app knows; a draft for another scheme is refused. Unchecked when absent. */
  schemeIds?: readonly string[];
  /** Injected by tests to exercise the migration machinery. */
  migrations?: readonly DraftMigration[];
  currentVersion?: number;
  /** When parts are set aside (injected by tests). */
  now?: () => Date;
}

/** A file as bytes (e.g. fetched, or read in Node) with its name for the type check. */
export interface DraftBytes {
  name?: string;
  bytes: Uint8Array;
}

/** Keys that could reach a prototype if some later code merged the parsed object. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Any input: a File/Blob (size checked before reading), bytes with a name, a JSON string, or an
 * already parsed value. Async because a .docx must be unzipped (that code loads only when needed).
 */
export async function parseDraft(input: unknown, options: ParseDraftOptions = {}): Promise<ParseDraftResult> {
  try {
    const maxBytes = options.maxBytes ?? MAX_DRAFT_BYTES;
    if (typeof input === 'string') return parseDraftText(input, options);
    if (isBlob(input)) {
      const name = input instanceof File ? input.name : undefined;
      if (input.size > maxBytes) return refuse('too-large', DRAFT_REFUSED.tooLarge(input.size, maxBytes));
      const typeRefusal = checkFileType(name);
      if (typeRefusal) return typeRefusal;
      const bytes = new Uint8Array(await input.arrayBuffer());
      return await parseDraftBytes({ name, bytes }, options);
    }
    if (isDraftBytes(input)) return await parseDraftBytes(input, options);
    return parseDraftValue(input, options);
  } catch {
    return refuse('unexpected', DRAFT_REFUSED.unexpected);
  }
}

async function parseDraftBytes({ name, bytes }: DraftBytes, options: ParseDraftOptions): Promise<ParseDraftResult> {
  const maxBytes = options.maxBytes ?? MAX_DRAFT_BYTES;
  if (bytes.byteLength > maxBytes) return refuse('too-large', DRAFT_REFUSED.tooLarge(bytes.byteLength, maxBytes));
  const typeRefusal = checkFileType(name);
  if (typeRefusal) return typeRefusal;
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip || extension(name) === 'docx') {
    if (!isZip) return refuse('unreadable-docx', DRAFT_REFUSED.unreadableDocx);
    // Loaded only for a .docx, so the unzip code stays out of the first page load.
    const { readDraftJsonFromDocx } = await import('../word/readDocxDraft');
    const read = await readDraftJsonFromDocx(bytes, maxBytes);
    if (!read.ok) return refuse('unreadable-docx', read.message);
    const parsed = parseDraftText(read.json, options);
    if (!parsed.ok) return parsed;
    // An advisor's Word comments and changed answers join the draft inside (the answers stay the draft's).
    const { withWordReview, wordImportNotice } = await import('../word/readDocxReview');
    const review = withWordReview(bytes, parsed.draft);
    return { ...parsed, draft: review.draft, ...(review.comments ? { notices: [wordImportNotice(review.comments)] } : {}) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not-json', DRAFT_REFUSED.notJson);
  }
  return parseDraftText(text, options);
}

/** A value that is already in memory (e.g. from a test or another module): same checks via its JSON text. */
function parseDraftValue(value: unknown, options: ParseDraftOptions): ParseDraftResult {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Circular, BigInt or a throwing toJSON: not a draft.
    return refuse('wrong-format', DRAFT_REFUSED.wrongFormat);
  }
  if (typeof text !== 'string') return refuse('wrong-format', DRAFT_REFUSED.wrongFormat);
  return parseDraftText(text, options);
}

/** The JSON door, synchronous: for autosave restore and wherever the text is already in hand. */
export function parseDraftText(text: string, options: ParseDraftOptions = {}): ParseDraftResult {
  try {
    return parseText(text, options);
  } catch {
    return refuse('unexpected', DRAFT_REFUSED.unexpected);
  }
}

function parseText(text: string, options: ParseDraftOptions): ParseDraftResult {
  const maxBytes = options.maxBytes ?? MAX_DRAFT_BYTES;
  const currentVersion = options.currentVersion ?? DRAFT_VERSION;
  // A character is at least one byte, so this is a safe lower bound of the size in bytes.
  if (text.length > maxBytes) return refuse('too-large', DRAFT_REFUSED.tooLarge(text.length, maxBytes));
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return refuse('empty', DRAFT_REFUSED.empty);
  if (nestingDepth(trimmed, MAX_DRAFT_DEPTH) > MAX_DRAFT_DEPTH) return refuse('too-deep', DRAFT_REFUSED.tooDeep);

  let value: unknown;
  try {
    value = JSON.parse(trimmed, dropDangerousKeys);
  } catch {
    return refuse('not-json', DRAFT_REFUSED.notJson);
  }
  if (!isPlainObject(value) || value.format !== DRAFT_FORMAT) return refuse('wrong-format', DRAFT_REFUSED.wrongFormat);

  const migrated = migrateDraft(value, options.migrations ?? DRAFT_MIGRATIONS, currentVersion);
  if (!migrated.ok) {
    switch (migrated.code) {
      case 'too-new':
        return refuse('too-new', DRAFT_REFUSED.tooNew(migrated.version as number, currentVersion));
      case 'too-old':
        return refuse('too-old', DRAFT_REFUSED.tooOld(migrated.version as number));
      case 'migration-failed':
        return refuse('migration-failed', DRAFT_REFUSED.migrationFailed(migrated.version));
      default:
        return refuse('bad-version', DRAFT_REFUSED.badVersion);
    }
  }

  // Tests may run a synthetic list that ends at another version than the app's schema knows.
  const checked = currentVersion === DRAFT_VERSION ? migrated.draft : { ...migrated.draft, version: DRAFT_VERSION };
  const salvaged = salvageDraft(checked, (options.now ?? (() => new Date()))());
  if (!salvaged.ok) {
    const { path } = salvaged;
    return refuse('invalid', DRAFT_REFUSED.invalid(describePath(path), path.map(String).join('.') || '(geheel)'));
  }
  const { draft, setAside } = salvaged;
  if (options.schemeIds && !options.schemeIds.includes(draft.schemeId)) {
    return refuse('unknown-scheme', DRAFT_REFUSED.unknownScheme(draft.schemeId));
  }
  let from = value.version as number;
  const report = migrated.applied.map((m) => MIGRATION_REPORT.step(from, (from = m.version), m.description));
  return setAside.length > 0 ? { ok: true, draft, report, setAside } : { ok: true, draft, report };
}

/**
 * The deepest nesting of arrays and objects, counted without parsing, so a hostile file cannot
 * exhaust the stack inside JSON.parse. Stops counting once past `limit`.
 */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function dropDangerousKeys(key: string, value: unknown): unknown {
  return DANGEROUS_KEYS.has(key) ? undefined : value;
}

function describePath(path: readonly PropertyKey[]): string {
  const [top, step] = path;
  if (top === 'answers' && typeof step === 'string' && (STEP_IDS as readonly string[]).includes(step)) {
    return DRAFT_PART_IN_STEP(STEP_TITLES[step as StepId]);
  }
  return (typeof top === 'string' && Object.hasOwn(DRAFT_PARTS, top) ? DRAFT_PARTS[top] : undefined) ?? DRAFT_PART_UNKNOWN;
}

function checkFileType(name: string | undefined): ParseDraftResult | undefined {
  const ext = extension(name);
  if (ext === undefined || ext === 'json' || ext === 'docx') return undefined;
  return refuse('wrong-file-type', DRAFT_REFUSED.wrongFileType);
}

function extension(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function refuse(code: DraftRefusal, message: string): ParseDraftResult {
  return { ok: false, code, message };
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isDraftBytes(value: unknown): value is DraftBytes {
  return typeof value === 'object' && value !== null && (value as DraftBytes).bytes instanceof Uint8Array;
}
