import { attribute, DEFAULT_LIMITS, MC_NS, readXml, W14_NS, W15_NS, W_NS, XmlError, type XmlElement } from './wordXml';

/**
 * What an advisor did to a Word file the app exported: the text now inside each of the app's
 * bookmarks (one bookmark per answer), where each Word comment sits, and the comments themselves
 * (comments.xml, with replies from commentsExtended.xml). Pure: XML text in, plain data out.
 */

export interface WordLine {
  text: string;
  /** A bulleted or numbered paragraph. */
  list: boolean;
}

export interface WordBookmark {
  name: string;
  /** Position of its start and end among the document's markers (see CommentPlace). */
  start: number;
  end: number;
  lines: WordLine[];
}

export interface CommentPlace {
  id: string;
  start?: number;
  end?: number;
  reference?: number;
  /** The app's bookmarks open where the comment starts (or, without a range, where its mark is), outermost first. */
  enclosing: string[];
}

export interface WordDocumentScan {
  bookmarks: WordBookmark[];
  comments: Map<string, CommentPlace>;
}

const isW = (e: XmlElement, local: string) => e.ns === W_NS && e.local === local;

/** Text that is not the document's current text: tracked deletions and moves, and the fallback copy of a drawing. */
const SKIPPED = (e: XmlElement) => (e.ns === MC_NS && e.local === 'Fallback') || (e.ns === W_NS && (e.local === 'del' || e.local === 'moveFrom'));

/** Reads document.xml. `ours` picks the bookmarks to follow (the app's own, "aw_…"). */
export function scanWordDocument(xml: string, ours: (name: string) => boolean): WordDocumentScan {
  const bookmarks: WordBookmark[] = [];
  const comments = new Map<string, CommentPlace>();
  const open = new Map<string, { mark: WordBookmark; current?: WordLine; cell: number }>();
  let position = 0;
  let cellDepth = 0;
  let skipDepth = 0;
  let inText = 0;
  let inParagraphProperties = 0;
  let list = false;

  const placeOf = (id: string) => {
    let place = comments.get(id);
    if (!place) comments.set(id, (place = { id, enclosing: [] }));
    return place;
  };
  const newLine = (lineBreak: boolean) => {
    for (const entry of open.values()) {
      if (entry.current || lineBreak) entry.mark.lines.push(entry.current ?? { text: '', list });
      entry.current = lineBreak ? { text: '', list } : undefined;
    }
  };

  readXml(xml, {
    open(e) {
      if (skipDepth > 0 || SKIPPED(e)) {
        skipDepth++;
        return;
      }
      if (e.ns !== W_NS) return;
      switch (e.local) {
        case 'p':
          list = false;
          break;
        case 'pPr':
          inParagraphProperties++;
          break;
        case 'tc':
          cellDepth++;
          break;
        case 'numPr':
          if (inParagraphProperties > 0) list = true;
          break;
        case 't':
          inText++;
          break;
        case 'tab':
          if (inParagraphProperties === 0) addText('\t');
          break;
        case 'br':
        case 'cr':
          newLine(true);
          break;
        case 'bookmarkStart': {
          const name = attribute(e, W_NS, 'name') ?? '';
          const id = attribute(e, W_NS, 'id');
          if (id === undefined || !ours(name) || open.has(id)) break;
          // LibreOffice writes a bookmark over several paragraphs of a table cell as a start without an end and a
          // second start (same name) around the last paragraph: the second continues the first.
          const same = [...open.entries()].find(([, o]) => o.mark.name.toLowerCase() === name.toLowerCase());
          if (same) {
            open.delete(same[0]);
            open.set(id, same[1]);
            break;
          }
          const mark: WordBookmark = { name, start: ++position, end: Number.POSITIVE_INFINITY, lines: [] };
          bookmarks.push(mark);
          open.set(id, { mark, cell: cellDepth });
          break;
        }
        case 'bookmarkEnd':
          closeBookmark(attribute(e, W_NS, 'id') ?? '');
          break;
        case 'commentRangeStart': {
          const place = placeOf(attribute(e, W_NS, 'id') ?? '');
          place.start = ++position;
          place.enclosing = [...open.values()].map((o) => o.mark.name);
          break;
        }
        case 'commentRangeEnd':
          placeOf(attribute(e, W_NS, 'id') ?? '').end = ++position;
          break;
        case 'commentReference': {
          const place = placeOf(attribute(e, W_NS, 'id') ?? '');
          place.reference = ++position;
          if (place.start === undefined) place.enclosing = [...open.values()].map((o) => o.mark.name);
          break;
        }
      }
    },
    close(e) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (isW(e, 't')) inText--;
      else if (isW(e, 'pPr')) inParagraphProperties--;
      else if (isW(e, 'p')) newLine(false);
      else if (isW(e, 'tc')) {
        // The app's bookmarks never leave their cell; one still open here lost its end.
        for (const [id, entry] of open) if (entry.cell === cellDepth) closeBookmark(id);
        cellDepth--;
      }
    },
    text(text) {
      if (skipDepth === 0 && inText > 0) addText(text);
    },
  });
  return { bookmarks, comments };

  function closeBookmark(id: string) {
    const entry = open.get(id);
    if (!entry) return;
    if (entry.current) entry.mark.lines.push(entry.current);
    entry.mark.end = ++position;
    open.delete(id);
  }

  function addText(text: string) {
    for (const entry of open.values()) (entry.current ??= { text: '', list }).text += text;
  }
}

export interface WordCommentEntry {
  id: string;
  author: string;
  /** As written in the file (ISO 8601, with or without a time zone), if at all. */
  date?: string;
  text: string;
  /** The Word comment this one answers (from commentsExtended.xml). */
  parentId?: string;
  /** Marked done in Word. */
  done: boolean;
}

export interface WordComments {
  entries: WordCommentEntry[];
  /** Comments that could not be read (damaged XML around them); the others are in `entries`. */
  unreadable: number;
}

/** An advisor's comments are read leniently: a stray `&#1;` loses that character, not the comments. */
const COMMENT_LIMITS = { ...DEFAULT_LIMITS, dropForbiddenCharacters: true };

interface RawComment {
  id: string;
  author: string;
  date?: string;
  lines: string[];
  paraId?: string;
}

/**
 * Reads comments.xml and, if there is one, commentsExtended.xml (replies and "done"). When
 * comments.xml as a whole cannot be read, each comment is read on its own, so one damaged
 * comment costs only itself. Without a readable commentsExtended.xml, replies become comments.
 */
export function readWordComments(commentsXml: string, extendedXml?: string): WordComments {
  const { raws, unreadable } = readEachComment(commentsXml);
  const extended = new Map<string, { parent?: string; done: boolean }>();
  if (extendedXml) {
    try {
      readXml(
        extendedXml,
        {
          open(e) {
            if (e.ns !== W15_NS || e.local !== 'commentEx') return;
            const paraId = attribute(e, W15_NS, 'paraId');
            if (paraId) extended.set(paraId.toUpperCase(), { parent: attribute(e, W15_NS, 'paraIdParent')?.toUpperCase(), done: attribute(e, W15_NS, 'done') === '1' });
          },
        },
        COMMENT_LIMITS,
      );
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      extended.clear();
    }
  }
  const byParaId = new Map(raws.flatMap((r) => (r.paraId ? [[r.paraId.toUpperCase(), r.id] as const] : [])));
  const entries = raws.map((raw) => {
    const ex = raw.paraId ? extended.get(raw.paraId.toUpperCase()) : undefined;
    const parentId = ex?.parent ? byParaId.get(ex.parent) : undefined;
    return {
      id: raw.id,
      author: raw.author,
      ...(raw.date ? { date: raw.date } : {}),
      text: raw.lines.join('\n').trim(),
      ...(parentId !== undefined && parentId !== raw.id ? { parentId } : {}),
      done: ex?.done ?? false,
    };
  });
  return { entries, unreadable };
}

const COMMENT_START = /<([A-Za-z_][\w.-]*:)?comment[\s/>]/g;

/**
 * The whole part at once; if that fails, each `<w:comment>` alone inside a copy of the root's start
 * tag (which declares the namespaces). Pieces run from one comment's start to the next, so this
 * stays linear even when end tags are missing.
 */
function readEachComment(xml: string): { raws: RawComment[]; unreadable: number } {
  try {
    return { raws: commentsIn(xml), unreadable: 0 };
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
  }
  const root = /<(([A-Za-z_][\w.-]*:)?comments)[\s>][^>]*>/.exec(xml);
  const starts = [...xml.matchAll(COMMENT_START)].map((m) => m.index);
  if (!root || starts.length === 0) return { raws: [], unreadable: Math.max(1, starts.length) };
  const raws: RawComment[] = [];
  let unreadable = 0;
  starts.forEach((start, i) => {
    let piece = xml.slice(start, starts[i + 1] ?? xml.length);
    const rootEnd = piece.lastIndexOf(`</${root[1]}>`);
    if (rootEnd >= 0) piece = piece.slice(0, rootEnd);
    try {
      const read = commentsIn(`${root[0]}${piece}</${root[1]}>`);
      if (read.length === 1) raws.push(read[0]!);
      else unreadable++;
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      unreadable++;
    }
  });
  return { raws, unreadable };
}

function commentsIn(commentsXml: string): RawComment[] {
  const raws: RawComment[] = [];
  let current: RawComment | undefined;
  let inText = 0;
  let skipDepth = 0;
  readXml(
    commentsXml,
    {
      open(e) {
        if (skipDepth > 0 || SKIPPED(e)) {
          skipDepth++;
          return;
        }
        if (isW(e, 'comment')) {
          current = { id: attribute(e, W_NS, 'id') ?? '', author: attribute(e, W_NS, 'author') ?? '', date: attribute(e, W_NS, 'date'), lines: [] };
        } else if (!current) return;
        else if (isW(e, 'p')) {
          current.lines.push('');
          current.paraId = attribute(e, W14_NS, 'paraId') ?? current.paraId;
        } else if (isW(e, 't')) inText++;
        else if (isW(e, 'tab')) append('\t');
        else if (isW(e, 'br') || isW(e, 'cr')) append('\n');
      },
      close(e) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (isW(e, 't')) inText--;
        else if (isW(e, 'comment') && current) {
          raws.push(current);
          current = undefined;
        }
      },
      text(text) {
        if (skipDepth === 0 && inText > 0) append(text);
      },
    },
    COMMENT_LIMITS,
  );
  return raws;

  function append(text: string) {
    if (!current) return;
    if (current.lines.length === 0) current.lines.push('');
    current.lines[current.lines.length - 1] += text;
  }
}
