import { useEffect, useRef, useState } from 'react';
import type { SetAsidePart } from '../../schemas/draft';
import { downloadBlob } from './downloadBlob';
import { setAsideFileName, setAsideFileText } from '../draftFile/draftFile';
import { SET_ASIDE } from '../text/storage';
import { useDraft, useDraftStore } from './DraftContext';
import { useDraftSession, useSessionState } from './DraftSessionContext';
import './SetAsideNotice.css';

const TITLE_ID = 'apart-bewaard';

/**
 * At the top of every page while the open draft holds parts that could not be read (set aside by
 * parseDraft when it was restored or opened): which answers they are, a download of them as they
 * were, and, once the user has them, a way to take them out of the draft (with undo). Read from
 * the draft itself, so it shows however the draft came in: restored, opened, switched to, or
 * brought back from a version.
 */
export function SetAsideNotice() {
  const store = useDraftStore();
  const session = useDraftSession();
  const state = useSessionState(session);
  const parts = useDraft((d) => d.setAside);
  // Closed for this list of parts; a new salvage (a new list) shows again.
  const [closedFor, setClosedFor] = useState<readonly SetAsidePart[] | undefined>();
  const [removed, setRemoved] = useState<SetAsidePart[] | undefined>();
  /** Where focus goes when the button that had it is gone. */
  const [focusTo, setFocusTo] = useState<'removed' | 'notice' | undefined>();
  const removedRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusTo === 'removed') removedRef.current?.focus();
    if (focusTo === 'notice') noticeRef.current?.focus();
  }, [focusTo]);

  const showRemoved = removed !== undefined && !parts?.length;
  const show = !!parts?.length && closedFor !== parts;
  const onlyAnswers = parts?.every((p) => p.path.startsWith('answers')) ?? true;

  const download = () => {
    const draft = store.getSnapshot();
    downloadBlob(new Blob([setAsideFileText(draft)], { type: 'application/json' }), setAsideFileName(draft, new Date()));
  };
  const remove = () => {
    store.update(({ setAside: _gone, ...draft }) => draft);
    setRemoved(parts);
    setFocusTo('removed');
  };
  const undo = () => {
    store.update((d) => ({ ...d, setAside: removed }));
    setRemoved(undefined);
    setFocusTo('notice');
  };
  const close = () => {
    setClosedFor(parts);
    document.getElementById('inhoud')?.focus();
  };

  return (
    <>
      {show && (
        <div className="status-bar__inner status-bar__notices">
          <section className="notice set-aside" aria-labelledby={TITLE_ID} ref={noticeRef} tabIndex={-1}>
            <p className="notice__title" id={TITLE_ID}>
              {SET_ASIDE.heading}
            </p>
            <p>{SET_ASIDE.intro(parts.length, onlyAnswers)}</p>
            <ul className="set-aside__list">
              {parts.map((part, i) => (
                <li key={`${i}-${part.path}`}>{part.label}</li>
              ))}
            </ul>
            <p>{SET_ASIDE.why}</p>
            <div className="set-aside__actions">
              <button type="button" className="button button--secondary button--small" onClick={download}>
                {SET_ASIDE.download}
              </button>
              {state?.role === 'writer' && (
                <button type="button" className="button button--subtle" onClick={remove} aria-describedby={`${TITLE_ID}-verwijderen`}>
                  {SET_ASIDE.remove}
                </button>
              )}
            </div>
            {state?.role === 'writer' && (
              <p className="set-aside__hint" id={`${TITLE_ID}-verwijderen`}>
                {SET_ASIDE.removeHint}
              </p>
            )}
            <button type="button" className="button button--subtle set-aside__close" onClick={close}>
              {SET_ASIDE.dismiss}
            </button>
          </section>
        </div>
      )}
      {/* Always in the page, so the removal is announced. */}
      <div role="status" className={showRemoved ? 'status-bar__inner status-bar__notices' : undefined}>
        {showRemoved && (
          <div className="notice notice--success" ref={removedRef} tabIndex={-1}>
            <p>{SET_ASIDE.removed}</p>
            <button type="button" className="button button--secondary button--small" onClick={undo}>
              {SET_ASIDE.undo}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
