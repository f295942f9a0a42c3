import { useEffect, useState } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocxFile } from '../word/docxFile';
import { ADVISOR_EXPORT, EXPORT, REPORT_EXPORT } from '../text/nl';
import { useDraftStore, useScheme } from './DraftContext';
import { downloadDocx } from './downloadBlob';
import './ExportButton.css';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

const TEXT = { clean: EXPORT, advisor: ADVISOR_EXPORT, report: REPORT_EXPORT };

/** The Word chunk (docx library and the document model); loading it early makes the first click fast. */
const loadWord = () => import('../word/exportDocx');
let wordChunk: ReturnType<typeof loadWord> | undefined;
/** One load at a time; a failed one (offline, say) is forgotten, so the click tries again. */
const preloadWord = () =>
  (wordChunk ??= loadWord().catch((error: unknown) => {
    wordChunk = undefined;
    throw error;
  }));

type WordModule = Awaited<ReturnType<typeof loadWord>>;
type Variant = 'clean' | 'advisor' | 'report';

/**
 * The file each variant made last. Drafts are immutable snapshots, so a repeated click on the same
 * draft (same scheme, same day: the date is in the document and its name) hands out the same file
 * again instead of building it anew (#14.7). Only docx's creation time inside differs from a fresh one.
 */
const lastMade = new Map<Variant, { draft: DraftFile; scheme: Scheme; day: string; file: Promise<DocxFile> }>();

function makeOnce(variant: Variant, draft: DraftFile, scheme: Scheme, make: (word: WordModule) => Promise<DocxFile>): Promise<DocxFile> {
  const day = new Date().toDateString();
  const last = lastMade.get(variant);
  if (last && last.draft === draft && last.scheme === scheme && last.day === day) return last.file;
  const made = { draft, scheme, day, file: preloadWord().then(make) };
  lastMade.set(variant, made);
  // A failure is not kept: the next click tries again.
  made.file.catch(() => lastMade.get(variant) === made && lastMade.delete(variant));
  return made.file;
}

/**
 * Builds the Word draft: the clean one, "versie voor adviseur" with the open comments in it, or
 * the activiteitenverslag.
 * The docx library is not in the first page load: it loads when the user points at or tabs to
 * the button, or when the browser is idle after the page has loaded, so the click itself is fast.
 * While busy the button is aria-disabled, not disabled: it keeps the focus, and a second click
 * does nothing. What it made is said in a success notice under it (a live region).
 */
export function ExportButton({ variant = 'clean' }: { variant?: Variant }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const text = TEXT[variant];
  const busy = state.kind === 'busy';
  useEffect(preloadWordWhenIdle, []);
  const onClick = async () => {
    if (busy) return;
    setState({ kind: 'busy' });
    try {
      const draft = store.getSnapshot();
      const file = await makeOnce(variant, draft, scheme, (word) =>
        (variant === 'advisor' ? word.exportAdvisorDocx : variant === 'report' ? word.exportReportDocx : word.exportDocx)(draft, scheme),
      );
      setState({ kind: 'done', fileName: downloadDocx(file) });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="export">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void onClick()}
        onPointerEnter={() => void preloadWord().catch(() => undefined)}
        onFocus={() => void preloadWord().catch(() => undefined)}
        aria-disabled={busy || undefined}
      >
        {busy ? text.busy : text.button}
      </button>
      <div role="status" className="export__status">
        {state.kind === 'done' && (
          <div className="notice notice--success">
            <p>{text.done(state.fileName)}</p>
            <p className="export__hint">{EXPORT.fieldsHint}</p>
          </div>
        )}
      </div>
      {state.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {text.failed}
        </p>
      )}
    </div>
  );
}

/** Loads the Word chunk when the browser has nothing else to do (an effect: returns its cancel). */
function preloadWordWhenIdle(): () => void {
  const start = () => void preloadWord().catch(() => undefined);
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(start, 3_000);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(start);
  return () => window.cancelIdleCallback(handle);
}
