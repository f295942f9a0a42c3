import { commentSchema, draftFileSchema, type DraftComment, type DraftFile, type WordChange } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { findScheme } from '../../templates/schemes';
import { fieldAnchorOf } from '../domain/answerAnchors';
import { mergeWordComments, type MergeCounts, type WordThread } from '../domain/mergeWordComments';
import { BOOKMARK_PREFIX, bookmarkNames } from './bookmarkName';
import { buildDocumentModel } from '../document/buildDocumentModel';
import type { DocumentModel } from '../document/documentModel';
import { anchorOfTarget, bookmarkKeys, commentTarget, modelAnchors, TITLE_TARGET } from '../document/modelAnchors';
import { WORD_IMPORT } from '../text/comments';
import { readDocxTextParts } from './readDocxDraft';
import { readWordComments, scanWordDocument, type CommentPlace, type WordBookmark, type WordDocumentScan, type WordLine } from './wordReview';
import { XmlError } from './wordXml';

/** The parts read back, unzipped, together at most this large (a generous draft's document.xml is a few MB). */
export const MAX_REVIEW_XML_BYTES = 40_000_000;

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const COMMENTS_EXTENDED = 'word/commentsExtended.xml';
const CORE_PROPERTIES = 'docProps/core.xml';

export interface WordReview {
  threads: WordThread[];
  changes: WordChange[];
  /** Word comments (replies included) that could not be read, or did not fit in a draft. */
  skipped: number;
  /** Comments whose date was impossible (year 275760, before 1980): they got the date the file was saved. */
  redated: number;
  /** The document's text could not be read: comments are placed at the application as a whole, changes are not seen. */
  placesLost: boolean;
}

/** What opening a Word file did with its comments, for the message to the user. */
export interface WordImportReport extends MergeCounts {
  redated: number;
  placesLost: boolean;
  /** The comments part is there but could not be read at all (damaged, or too large). */
  commentsLost: boolean;
}

export interface WithWordReview {
  draft: DraftFile;
  /** Absent when the file has no Word comments. */
  comments?: WordImportReport;
}

/** The Dutch message about the Word comments of an opened file (parseDraft's OpenNotice); a warning when some did not come in. */
export function wordImportNotice(report: WordImportReport): { text: string; warning: boolean } {
  return { text: WORD_IMPORT.report(report), warning: report.skipped > 0 || report.commentsLost || report.placesLost };
}

/**
 * A .docx exported by the app and sent back by an advisor: the draft inside it keeps its answers,
 * and gets the Word comments (each at the answer whose bookmark holds it) and the answers whose
 * text was changed in Word ("Gewijzigd in Word"). What is odd is skipped or mended, one comment at
 * a time, and counted in the report, so one strange comment never costs the others. Whatever
 * cannot be read leaves the draft as it is: the comments are extra, the draft is what matters.
 */
export function withWordReview(bytes: Uint8Array, draft: DraftFile, now: Date = new Date()): WithWordReview {
  try {
    const scheme = findScheme(draft.schemeId);
    if (!scheme) return { draft };
    const parts = readDocxTextParts(bytes, [DOCUMENT, COMMENTS, COMMENTS_EXTENDED, CORE_PROPERTIES], MAX_REVIEW_XML_BYTES);
    if (!parts) return { draft, ...(hasPart(bytes, COMMENTS) ? { comments: unreadableReport() } : {}) };
    const documentXml = parts[DOCUMENT] ?? '';
    const model = buildDocumentModel(draft, scheme, getDocumentTemplate(scheme.id), { now });
    // A comment without a date gets the moment the file was last saved, so reading the same file twice gives the same result.
    const saved = plausibleDate(/<dcterms:modified\b[^>]*>([^<]{1,40})</.exec(parts[CORE_PROPERTIES] ?? '')?.[1]);
    const review = readWordReview(model, documentXml, parts[COMMENTS], parts[COMMENTS_EXTENDED], { now, savedAt: saved ?? now.toISOString() });
    const { answerKeys, sections } = modelAnchors(model);
    const merged = mergeWordComments(
      draft.comments,
      review.threads,
      (anchor) => commentTarget(anchor, answerKeys, sections),
      (target) => anchorOfTarget(target, sections),
    );
    const counts = { ...merged.counts, skipped: merged.counts.skipped + review.skipped };
    const comments = keepValid(draft.comments ?? [], merged.comments, counts);
    const next: DraftFile = { ...draft };
    if (comments.length > 0) next.comments = comments;
    const changes = mergeChanges(draft.wordChanges, review.changes);
    if (changes.length > 0) next.wordChanges = changes;
    const report: WordImportReport = { ...counts, redated: review.redated, placesLost: review.placesLost, commentsLost: false };
    const hasComments = parts[COMMENTS] !== undefined && counts.added + counts.known + counts.skipped > 0;
    const checked = draftFileSchema.safeParse(next);
    if (checked.success) return { draft: checked.data, ...(hasComments ? { comments: report } : {}) };
    return { draft, ...(hasComments ? { comments: { ...report, added: 0, known: 0, skipped: counts.added + counts.known + counts.skipped } } : {}) };
  } catch {
    return { draft };
  }
}

const unreadableReport = (): WordImportReport => ({ added: 0, known: 0, skipped: 0, redated: 0, placesLost: false, commentsLost: true });

/** Whether the zip names a part, without reading it: names are stored as plain bytes. */
function hasPart(bytes: Uint8Array, name: string): boolean {
  const needle = new TextEncoder().encode(name);
  for (let i = bytes.indexOf(needle[0]!); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(needle[0]!, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/**
 * The merged comments, each new or changed one checked on its own: one that the draft's schema
 * would refuse is left out (or, for a comment that got replies, kept as it was) and counted as
 * skipped, instead of failing the whole draft and losing every comment.
 */
function keepValid(before: readonly DraftComment[], merged: readonly DraftComment[], counts: MergeCounts): DraftComment[] {
  const kept: DraftComment[] = [];
  merged.forEach((comment, i) => {
    const old = before[i];
    if (comment === old || commentSchema.safeParse(comment).success) {
      kept.push(comment);
      return;
    }
    const lost = old ? comment.replies.length - old.replies.length : 1 + comment.replies.length;
    counts.added -= lost;
    counts.skipped += lost;
    if (old) kept.push(old);
  });
  return kept;
}

/**
 * A date as the draft stores it, or undefined when there is none or it is impossible:
 * unparseable, outside the years an ISO date string has four digits for (+275760-09-13,
 * -000001-01-01), or outside 1980–2199 (Windows' "no date" is 1601-01-01). Not checked against
 * today: a computer's clock may be wrong, and a comment is not odd because of that.
 */
export function plausibleDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const time = new Date(text).getTime();
  if (Number.isNaN(time) || time < EARLIEST || time >= LATEST) return undefined;
  return new Date(time).toISOString();
}

const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Newer changes replace older ones for the same answer; older ones the advisor did not touch again stay. */
function mergeChanges(old: readonly WordChange[] | undefined, fresh: readonly WordChange[]): WordChange[] {
  const key = (c: WordChange) => `${c.anchor.step}:${c.anchor.field ?? ''}`;
  const freshKeys = new Set(fresh.map(key));
  return [...(old ?? []).filter((c) => !freshKeys.has(key(c))), ...fresh].slice(0, LIMITS.comments);
}

/** Characters the Word file cannot hold, and any run of white space, do not count as a change. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const normalized = (lines: readonly string[]) =>
  lines
    .map((line) => line.replace(NOT_XML, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The answer as the advisor left it: paragraphs as lines, bullets as "- ". */
const typedText = (lines: readonly WordLine[]) =>
  lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+$/, '') }))
    .filter((l) => l.text.trim() !== '')
    .map((l) => (l.list ? `- ${l.text.trim()}` : l.text))
    .join('\n');

/** The comments and changed answers of an exported Word file, placed by the model of the draft it holds. Pure. */
export function readWordReview(
  model: DocumentModel,
  documentXml: string,
  commentsXml: string | undefined,
  extendedXml: string | undefined,
  { now, savedAt = now.toISOString() }: { now: Date; /** When the file was last saved: the date of a comment that has none. */ savedAt?: string },
): WordReview {
  const { places } = modelAnchors(model);
  const names = bookmarkNames(bookmarkKeys(model.body));
  // Word compares bookmark names without regard to case; so does this.
  const keyOfName = new Map([...names].map(([key, name]) => [name.toLowerCase(), key]));
  let scan: WordDocumentScan = { bookmarks: [], comments: new Map() };
  let placesLost = false;
  try {
    scan = scanWordDocument(documentXml, (name) => name.toLowerCase().startsWith(BOOKMARK_PREFIX));
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    placesLost = true;
  }
  const bookmarks = new Map<string, WordBookmark>();
  for (const mark of scan.bookmarks) {
    const key = keyOfName.get(mark.name.toLowerCase());
    if (key && !bookmarks.has(key)) bookmarks.set(key, mark);
  }

  const importedAt = now.toISOString();
  const changes: WordChange[] = [];
  for (const place of places) {
    const anchor = fieldAnchorOf(place.key);
    const mark = bookmarks.get(place.key);
    if (!anchor || !mark) continue;
    const wordLines = mark.lines.map((l) => l.text);
    if (normalized(wordLines) === normalized(place.lines)) continue;
    changes.push({
      anchor,
      wordText: typedText(mark.lines).slice(0, LIMITS.longText),
      documentText: place.lines.join('\n').replace(NOT_XML, '').slice(0, LIMITS.longText),
      importedAt,
    });
  }

  const read = commentsXml ? wordThreads(commentsXml, extendedXml, scan.comments, bookmarks, keyOfName, { savedAt }) : { threads: [], skipped: 0, redated: 0 };
  return { ...read, changes: changes.slice(0, LIMITS.comments), placesLost: placesLost && read.threads.length > 0 };
}

function wordThreads(
  commentsXml: string,
  extendedXml: string | undefined,
  places: ReadonlyMap<string, CommentPlace>,
  bookmarks: ReadonlyMap<string, WordBookmark>,
  keyOfName: ReadonlyMap<string, string>,
  { savedAt }: { savedAt: string },
): { threads: WordThread[]; skipped: number; redated: number } {
  const read = readWordComments(commentsXml, extendedXml);
  // More than a draft can hold are not read at all (the merge would skip them anyway).
  const entries = read.entries.slice(0, LIMITS.comments);
  let skipped = read.unreadable + read.entries.length - entries.length;
  let redated = 0;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootOf = (id: string) => {
    let entry = byId.get(id);
    for (let hops = 0; entry?.parentId !== undefined && byId.has(entry.parentId) && hops < 50; hops++) entry = byId.get(entry.parentId);
    return entry;
  };
  const marks = [...bookmarks.entries()].map(([key, mark]) => ({ key, mark }));
  const sectionMarks = marks.filter((m) => m.key.startsWith('section:'));
  const dateOf = (text: string | undefined) => {
    const date = plausibleDate(text);
    if (date === undefined && text) redated++;
    return date ?? savedAt;
  };

  /** The innermost of the app's bookmarks around the comment; else an answer starting inside its range; else the section before it; else the title. */
  const targetOf = (place: CommentPlace | undefined): string => {
    if (!place) return TITLE_TARGET;
    for (const name of [...place.enclosing].reverse()) {
      const key = keyOfName.get(name.toLowerCase());
      if (key) return key;
    }
    const at = place.start ?? place.reference;
    if (at === undefined) return TITLE_TARGET;
    const end = place.end ?? place.reference ?? at;
    const inside = marks.find((m) => !m.key.startsWith('section:') && m.mark.start > at && m.mark.start < end);
    if (inside) return inside.key;
    const before = sectionMarks.filter((m) => m.mark.start < at).at(-1);
    return before?.key ?? TITLE_TARGET;
  };

  const threads = new Map<string, WordThread>();
  for (const entry of entries) {
    const root = rootOf(entry.id);
    if (!root || root.id !== entry.id) continue;
    threads.set(entry.id, {
      wordId: entry.id,
      author: entry.author,
      text: entry.text,
      createdAt: dateOf(entry.date),
      done: entry.done,
      target: targetOf(places.get(entry.id)),
      replies: [],
    });
  }
  for (const entry of entries) {
    const root = rootOf(entry.id);
    if (root?.id === entry.id) continue;
    const thread = root && threads.get(root.id);
    if (thread) thread.replies.push({ wordId: entry.id, author: entry.author, text: entry.text, createdAt: dateOf(entry.date) });
    else skipped++;
  }
  return { threads: [...threads.values()], skipped, redated };
}
