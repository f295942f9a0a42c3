import { useLayoutEffect, useRef } from 'react';
import { DRAFT_PANEL } from '../text/storage';
import { useDraftSession } from '../shell/DraftSessionContext';
import { href } from '../routes/hashRoute';
import type { OpenedState } from './useOpenDraft';
import { NewStepLinks } from '../shell/NewStepLinks';
import './OpenedNotice.css';

interface Props {
  outcome: OpenedState | undefined;
  onChange: (next: OpenedState | undefined) => void;
  /** Hide the link to the drafts page when the notice is on that page. */
  linkToDrafts?: boolean;
}

/**
 * At the top of the page: what opening a file or an example did. It takes focus, so a
 * screen reader reads it and a keyboard user is right there; the draft that was open before is
 * one click away ("Terug naar …").
 */
export function OpenedNotice({ outcome, onChange, linkToDrafts = true }: Props) {
  const session = useDraftSession();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  if (!outcome) return null;

  if (outcome.kind === 'refused') {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="notice notice--error opened-notice">
        <p>{outcome.message}</p>
      </div>
    );
  }

  const previous = outcome.kind === 'opened' ? outcome.previous : undefined;
  const goBack = async () => {
    if (!session || !previous) return;
    const result = await session.switchTo(previous.id);
    onChange(result.ok ? { kind: 'back', text: DRAFT_PANEL.backDone(previous.title) } : { kind: 'refused', message: result.message });
  };
  const notices = outcome.kind === 'opened' ? outcome.notices : [];
  // Opened, but something in the file did not come in (e.g. Word comments that were skipped): a warning, not a success.
  const leftOut = outcome.kind === 'opened' ? (outcome.leftOut?.lines ?? []) : [];
  const tone = notices.some((n) => n.warning) || leftOut.length > 0 ? 'notice--warning' : 'notice--success';
  return (
    <div ref={ref} tabIndex={-1} role="status" className={`notice ${tone} opened-notice`}>
      <p>{outcome.text}</p>
      {notices.map((n) => (
        <p key={n.text}>{n.text}</p>
      ))}
      {outcome.kind === 'opened' && outcome.leftOut && (
        <>
          <p>{outcome.leftOut.intro}</p>
          {leftOut.length > 0 && (
            <ul className="opened-notice__left-out">
              {leftOut.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {outcome.kind === 'opened' && outcome.setAside > 0 && <p>{DRAFT_PANEL.openedSetAside(outcome.setAside)}</p>}
      {previous && <p>{DRAFT_PANEL.previousKept(previous.title)}</p>}
      {outcome.kind === 'opened' && outcome.report.length > 0 && (
        <>
          <p>{DRAFT_PANEL.migrated}</p>
          <ul>
            {outcome.report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <NewStepLinks />
        </>
      )}
      {(previous || linkToDrafts) && (
        <div className="opened-notice__actions">
          {previous && (
            <button type="button" className="button button--secondary button--small" onClick={() => void goBack()}>
              {DRAFT_PANEL.backTo(previous.title)}
            </button>
          )}
          {linkToDrafts && <a href={href.page('drafts')}>{DRAFT_PANEL.toDrafts}</a>}
        </div>
      )}
    </div>
  );
}
