import { draftFileSchema, type DraftFile, type WordChange } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { findScheme } from '../../templates/schemes';
import { fieldAnchorOf } from '../domain/answerAnchors';
import { mergeWordComments, type WordThread } from '../domain/mergeWordComments';
import { BOOKMARK_PREFIX, bookmarkNames } from '../export/bookmarkName';
import { buildDocumentModel } from '../export/buildDocumentModel';
import type { DocumentModel } from '../export/documentModel';
import { anchorOfTarget, bookmarkKeys, commentTarget, modelAnchors, TITLE_TARGET } from '../export/modelAnchors';
import { readDocxTextParts } from './readDocxDraft';
import { readWordComments, scanWordDocument, type CommentPlace, type WordBookmark, type WordLine } from './wordReview';

/** The parts read back, unzipped, together at most this large (a generous draft's document.xml is a few MB). */
export const MAX_REVIEW_XML_BYTES = 40_000_000;

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const COMMENTS_EXTENDED = 'word/commentsExtended.xml';
const CORE_PROPERTIES = 'docProps/core.xml';

export interface WordReview {
  threads: WordThread[];
  changes: WordChange[];
}

/**
 * A .docx exported by the app and sent back by an advisor: the draft inside it keeps its answers,
 * and gets the Word comments (each at the answer whose bookmark holds it) and the answers whose
 * text was changed in Word ("Gewijzigd in Word"). Whatever cannot be read leaves the draft as it
 * is: the comments are extra, the draft is what matters.
 */
export function withWordReview(bytes: Uint8Array, draft: DraftFile, now: Date = new Date()): DraftFile {
  try {
    const scheme = findScheme(draft.schemeId);
    if (!scheme) return draft;
    const parts = readDocxTextParts(bytes, [DOCUMENT, COMMENTS, COMMENTS_EXTENDED, CORE_PROPERTIES], MAX_REVIEW_XML_BYTES);
    const documentXml = parts?.[DOCUMENT];
    if (!parts || !documentXml) return draft;
    const model = buildDocumentModel(draft, scheme, getDocumentTemplate(scheme.id), { now });
    // A comment without a date gets the moment the file was last saved, so reading the same file twice gives the same result.
    const saved = new Date(/<dcterms:modified\b[^>]*>([^<]{1,40})</.exec(parts[CORE_PROPERTIES] ?? '')?.[1] ?? '');
    const review = readWordReview(model, documentXml, parts[COMMENTS], parts[COMMENTS_EXTENDED], { now, savedAt: Number.isNaN(saved.getTime()) ? now : saved });
    if (review.threads.length === 0 && review.changes.length === 0) return draft;
    const { answerKeys, sections } = modelAnchors(model);
    const { comments } = mergeWordComments(
      draft.comments,
      review.threads,
      (anchor) => commentTarget(anchor, answerKeys, sections),
      (target) => anchorOfTarget(target, sections),
    );
    const next: DraftFile = { ...draft };
    if (comments.length > 0) next.comments = comments;
    const changes = mergeChanges(draft.wordChanges, review.changes);
    if (changes.length > 0) next.wordChanges = changes;
    const checked = draftFileSchema.safeParse(next);
    return checked.success ? checked.data : draft;
  } catch {
    return draft;
  }
}

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
  { now, savedAt = now }: { now: Date; /** When the file was last saved: the date of a comment that has none. */ savedAt?: Date },
): WordReview {
  const { places } = modelAnchors(model);
  const names = bookmarkNames(bookmarkKeys(model.body));
  // Word compares bookmark names without regard to case; so does this.
  const keyOfName = new Map([...names].map(([key, name]) => [name.toLowerCase(), key]));
  const scan = scanWordDocument(documentXml, (name) => name.toLowerCase().startsWith(BOOKMARK_PREFIX));
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

  const threads = commentsXml ? wordThreads(commentsXml, extendedXml, scan.comments, bookmarks, keyOfName, savedAt) : [];
  return { threads, changes: changes.slice(0, LIMITS.comments) };
}

function wordThreads(
  commentsXml: string,
  extendedXml: string | undefined,
  places: ReadonlyMap<string, CommentPlace>,
  bookmarks: ReadonlyMap<string, WordBookmark>,
  keyOfName: ReadonlyMap<string, string>,
  undated: Date,
): WordThread[] {
  const entries = readWordComments(commentsXml, extendedXml).slice(0, LIMITS.comments);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootOf = (id: string) => {
    let entry = byId.get(id);
    for (let hops = 0; entry?.parentId !== undefined && byId.has(entry.parentId) && hops < 50; hops++) entry = byId.get(entry.parentId);
    return entry;
  };
  const marks = [...bookmarks.entries()].map(([key, mark]) => ({ key, mark }));
  const sectionMarks = marks.filter((m) => m.key.startsWith('section:'));
  const dateOf = (text: string | undefined) => {
    const date = text ? new Date(text) : undefined;
    return (date && !Number.isNaN(date.getTime()) ? date : undated).toISOString();
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
    if (!root || root.id === entry.id) continue;
    threads.get(root.id)?.replies.push({ wordId: entry.id, author: entry.author, text: entry.text, createdAt: dateOf(entry.date) });
  }
  return [...threads.values()];
}
