import { useEffect, useState, type ChangeEvent } from 'react';
import type { OpenResult, OpenSource } from '../storage/draftSession';
import { DRAFT_EXAMPLES, DRAFT_PANEL, LIBRARY } from '../text/storage';
import { useDraft, useDraftStore } from '../wizard/DraftContext';
import { useDraftSession, useSessionState } from './DraftSessionContext';
import { routeHref } from './hashRoute';
import { loadExampleDraft } from './loadExampleDraft';

type Feedback =
  | { kind: 'saved'; fileName: string }
  | { kind: 'opened'; text: string; report: string[]; setAside: number }
  | { kind: 'refused'; message: string };

const FILE_INPUT_ID = 'concept-openen';

/**
 * "Uw concept" on the start page: save the draft as a file (the durable copy), open one (.json or
 * a .docx from this app) or an example. Everything goes through parseDraft; a refused file
 * changes nothing and says why.
 */
export function DraftPanel() {
  const session = useDraftSession();
  const state = useSessionState(session);
  const store = useDraftStore();
  const draft = useDraft((d) => d);
  const [feedback, setFeedback] = useState<Feedback | undefined>();
  const [busy, setBusy] = useState(false);
  const [draftCount, setDraftCount] = useState(1);
  const libraryChanges = state?.libraryChanges;
  useEffect(() => {
    let current = true;
    void session?.library.list().then((others) => current && setDraftCount(others.length + 1));
    return () => {
      current = false;
    };
  }, [session, libraryChanges]);
  if (!session || !state) return null;

  const needsFileSave = session.needsFileSave(draft);
  const fileSave = state.fileSave;

  const show = (result: OpenResult, openedText: string) => {
    if (result.ok) setFeedback({ kind: 'opened', text: openedText, report: result.report, setAside: store.getSnapshot().setAside?.length ?? 0 });
    else if (result.reason === 'refused') setFeedback({ kind: 'refused', message: DRAFT_PANEL.refused(result.message) });
    else if (result.reason === 'read-only') setFeedback({ kind: 'refused', message: DRAFT_PANEL.readOnly });
    else setFeedback(undefined);
  };

  const open = async (load: () => Promise<unknown>, source: OpenSource, name: string, openedText: string) => {
    setBusy(true);
    setFeedback(undefined);
    try {
      show(await session.openDraft(await load(), source, name), openedText);
    } catch {
      setFeedback({ kind: 'refused', message: DRAFT_PANEL.exampleFailed });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again opens it again.
    input.value = '';
    if (file) void open(async () => file, 'file', file.name, DRAFT_PANEL.opened(file.name));
  };

  const openExample = (example: (typeof DRAFT_EXAMPLES)[number]) =>
    open(
      () => loadExampleDraft(example.file),
      'example',
      example.file,
      DRAFT_PANEL.exampleOpened(example.label),
    );

  return (
    <section className="draft-panel" aria-labelledby="uw-concept">
      <h2 className="section-heading" id="uw-concept">
        {DRAFT_PANEL.heading}
      </h2>
      <p>{DRAFT_PANEL.intro}</p>
      {needsFileSave ? (
        <p className="notice draft-panel__reminder">
          {!fileSave
            ? DRAFT_PANEL.neverSaved
            : fileSave.how === 'saved'
              ? DRAFT_PANEL.changedSinceSave(new Date(fileSave.at), fileSave.fileName)
              : DRAFT_PANEL.changedSinceOpen(new Date(fileSave.at), fileSave.fileName)}
        </p>
      ) : (
        fileSave?.how === 'saved' && <p className="draft-panel__saved">{DRAFT_PANEL.upToDate(new Date(fileSave.at), fileSave.fileName)}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() => setFeedback({ kind: 'saved', fileName: session.saveFile() })}
      >
        {DRAFT_PANEL.save}
      </button>

      <div role="status" className="draft-panel__feedback">
        {feedback?.kind === 'saved' && <p className="notice notice--success">{DRAFT_PANEL.saved(feedback.fileName)}</p>}
        {feedback?.kind === 'opened' && (
          <div className="notice notice--success">
            <p>{feedback.text}</p>
            {feedback.setAside > 0 && <p>{DRAFT_PANEL.openedSetAside(feedback.setAside)}</p>}
            {feedback.report.length > 0 && (
              <>
                <p>{DRAFT_PANEL.migrated}</p>
                <ul>
                  {feedback.report.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {feedback?.kind === 'refused' && (
        <p role="alert" className="notice notice--error">
          {feedback.message}
        </p>
      )}

      <ul className="draft-panel__links">
        <li>
          <a href={routeHref(['concepten'])}>{LIBRARY.linkToDrafts(draftCount)}</a>
        </li>
        <li>
          <a href={routeHref(['versies'])}>{LIBRARY.linkToVersions}</a>
        </li>
      </ul>

      <h3 className="draft-panel__heading">{DRAFT_PANEL.openHeading}</h3>
      <div className="field">
        <label className="field__label" htmlFor={FILE_INPUT_ID}>
          {DRAFT_PANEL.openLabel}
        </label>
        <p className="field__hint" id={`${FILE_INPUT_ID}-hint`}>
          {DRAFT_PANEL.openHint}
        </p>
        <input
          id={FILE_INPUT_ID}
          className="draft-panel__file"
          type="file"
          accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${FILE_INPUT_ID}-hint`}
          onChange={onFile}
          disabled={busy}
        />
      </div>

      <h3 className="draft-panel__heading">{DRAFT_PANEL.examplesHeading}</h3>
      <p>{DRAFT_PANEL.examplesIntro}</p>
      <ul className="draft-panel__examples">
        {DRAFT_EXAMPLES.map((example) => (
          <li key={example.file}>
            <button type="button" className="button button--secondary" onClick={() => void openExample(example)} disabled={busy}>
              {example.action}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
