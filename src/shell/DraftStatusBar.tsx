import { useState } from 'react';
import { SAVE_STATUS } from '../text/storage';
import { useDraft } from './DraftContext';
import { useDraftSession, useSessionState } from './DraftSessionContext';
import type { SessionState } from '../storage/draftSession';
import { SetAsideNotice } from './SetAsideNotice';
import { NewStepLinks } from './NewStepLinks';
import { href } from '../routes/hashRoute';
import './DraftStatusBar.css';

/**
 * Under the header on every page: whether the answers are stored ("Opgeslagen om 14:32"), or only
 * in this window, or read-only because another tab has the draft, with the way out right there.
 */
export function DraftStatusBar() {
  const session = useDraftSession();
  const state = useSessionState(session);
  // Only what the bar shows, so a keystroke re-renders it only when that changes: the time of the
  // last change only while the bar says when the restored draft was last changed.
  const updatedAt = useDraft((d) => (state && showsUpdatedAt(state) ? d.updatedAt : undefined));
  const needsFileSave = useDraft((d) => !!session?.needsFileSave(d));
  const [takingOver, setTakingOver] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (!session || !state) return null;

  const takeOver = async () => {
    setTakingOver(true);
    await session.takeOver();
    // A fresh start reads what the other tab just saved, and the forms show it.
    window.location.reload();
  };
  const readOnly = state.role === 'reader';
  const failed = state.save.kind === 'failed';

  return (
    <div className={`status-bar${failed || readOnly ? ' status-bar--warning' : ''}`}>
      <div className="status-bar__inner">
        <p className="status-bar__text" role="status">
          {takingOver ? SAVE_STATUS.takingOver : statusText(state, new Date(updatedAt ?? 0))}
        </p>
        {failed && !readOnly && (
          <button type="button" className="button button--secondary button--small" onClick={() => session.saveFile()}>
            {SAVE_STATUS.saveFile}
          </button>
        )}
        {!failed && !readOnly && needsFileSave && (
          <button type="button" className="button button--subtle status-bar__save-file" onClick={() => session.saveFile()}>
            {SAVE_STATUS.saveFile}
          </button>
        )}
        {readOnly && (
          <button type="button" className="button button--primary button--small" onClick={takeOver} disabled={takingOver}>
            {SAVE_STATUS.takeOver}
          </button>
        )}
      </div>
      {!dismissed && (state.restoreReport.length > 0 || state.keptAside.length > 0 || state.unsavedKeptAs || state.otherCopyKeptAs) && (
        <div className="status-bar__inner status-bar__notices">
          {[state.unsavedKeptAs && SAVE_STATUS.unsavedKept(state.unsavedKeptAs), state.otherCopyKeptAs && SAVE_STATUS.otherCopyKept(state.otherCopyKeptAs)].map(
            (text) =>
              text && (
                <div className="notice notice--warning" key={text}>
                  <p>{text}</p>
                  <a href={href.page('drafts')}>{SAVE_STATUS.toDrafts}</a>
                </div>
              ),
          )}
          {state.restoreReport.length > 0 && (
            <div className="notice">
              <p>{SAVE_STATUS.migrated}</p>
              <ul>
                {state.restoreReport.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <NewStepLinks />
            </div>
          )}
          {state.keptAside.map((item, i) => (
            <div className="notice notice--warning" role="alert" key={item.key ?? i}>
              <p>{SAVE_STATUS.keptAside(item.message)}</p>
              <button type="button" className="button button--secondary button--small" onClick={() => session.downloadKeptAside(item)}>
                {SAVE_STATUS.downloadKeptAside}
              </button>
            </div>
          ))}
          <button type="button" className="button button--subtle" onClick={() => setDismissed(true)}>
            {SAVE_STATUS.dismiss}
          </button>
        </div>
      )}
      <SetAsideNotice />
    </div>
  );
}

/** Whether statusText says when the restored draft was last changed (its last branch). */
const showsUpdatedAt = (state: SessionState) =>
  !state.filesOnly && state.role !== 'reader' && state.role !== 'handing-over' && state.save.kind !== 'saved' && state.save.kind !== 'failed' && !!state.restoredFrom;

function statusText(state: SessionState, updatedAt: Date): string {
  if (state.filesOnly) return SAVE_STATUS.filesOnly;
  if (state.role === 'reader') return state.handedOver ? SAVE_STATUS.handedOver : SAVE_STATUS.reader;
  if (state.role === 'handing-over') return SAVE_STATUS.handingOver;
  switch (state.save.kind) {
    case 'saved':
      return SAVE_STATUS.saved(state.save.at);
    case 'failed':
      return state.save.error === 'quota' ? SAVE_STATUS.full : SAVE_STATUS.failed;
    default:
      return state.restoredFrom ? SAVE_STATUS.restored(updatedAt) : SAVE_STATUS.newDraft;
  }
}
