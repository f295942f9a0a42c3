import { useEffect, useState } from 'react';
import { DRAFT_EXAMPLES, DRAFT_PANEL, LIBRARY } from '../text/storage';
import { useDraft } from '../shell/DraftContext';
import { useDraftSession, useSessionState } from '../shell/DraftSessionContext';
import { DraftFileInput } from './DraftFileInput';
import { href } from '../routes/hashRoute';
import type { DraftOpener } from './useOpenDraft';
import './DraftPanel.css';

/**
 * "Uw concept" on the start page: save the draft as a file (the durable copy), open one (.json or
 * a .docx from this app) or an example as a new draft. What opening did is shown at the top of
 * the page (the opener's OpenedNotice); a refused file changes nothing and says why.
 */
export function DraftPanel({ opener }: { opener: DraftOpener }) {
  const session = useDraftSession();
  const state = useSessionState(session);
  const draft = useDraft((d) => d);
  const [savedAs, setSavedAs] = useState<string | undefined>();
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

  return (
    <section className="draft-panel" aria-labelledby="uw-concept">
      <h2 className="section-heading" id="uw-concept">
        {DRAFT_PANEL.heading}
      </h2>
      <p>{state.filesOnly ? DRAFT_PANEL.introFilesOnly : DRAFT_PANEL.intro}</p>
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
      {/* Secondary: the start page has one primary action, "Word-document maken". */}
      <button type="button" className="button button--secondary" onClick={() => setSavedAs(session.saveFile())}>
        {DRAFT_PANEL.save}
      </button>

      <div role="status" className="draft-panel__feedback">
        {savedAs && <p className="notice notice--success">{DRAFT_PANEL.saved(savedAs)}</p>}
      </div>

      <ul className="draft-panel__links">
        <li>
          <a href={href.page('drafts')}>{LIBRARY.linkToDrafts(draftCount)}</a>
        </li>
        <li>
          <a href={href.page('versions')}>{LIBRARY.linkToVersions}</a>
        </li>
      </ul>

      <h3 className="draft-panel__heading">{DRAFT_PANEL.openHeading}</h3>
      <DraftFileInput opener={opener} />

      <h3 className="draft-panel__heading">{DRAFT_PANEL.examplesHeading}</h3>
      <p>{DRAFT_PANEL.examplesIntro}</p>
      <ul className="draft-panel__examples">
        {DRAFT_EXAMPLES.map((example) => (
          <li key={example.file}>
            <button type="button" className="button button--secondary" onClick={() => void opener.openExample(example)} aria-disabled={opener.busy || undefined}>
              {example.action}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
