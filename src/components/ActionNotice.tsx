import { useLayoutEffect, useRef } from 'react';

/** What an action on the drafts or versions page did: done (perhaps with undo) or failed. */
export type ActionNoticeState =
  | { kind: 'done'; text: string; undo?: () => Promise<boolean>; undoText?: string }
  | { kind: 'error'; text: string };

interface Props {
  notice: ActionNoticeState | undefined;
  undoLabel: string;
  /** Called with the notice to show after a successful undo (undefined: none). */
  onUndone: (next: ActionNoticeState | undefined) => void;
}

/**
 * The result of an action in a live region that is always in the page, with "Ongedaan maken"
 * where the action can be undone; a failure is an alert. Each new result takes the focus: the
 * button that was used may be gone (a removed draft, a finished rename), and from here the undo
 * is one key away.
 */
export function ActionNotice({ notice, undoLabel, onUndone }: Props) {
  const ref = useRef<HTMLDivElement & HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  const undo = async (current: Extract<ActionNoticeState, { kind: 'done' }>) => {
    if (await current.undo?.()) onUndone(current.undoText ? { kind: 'done', text: current.undoText } : undefined);
  };
  return (
    <>
      <div role="status" className="drafts__status">
        {notice?.kind === 'done' && (
          <div ref={ref} tabIndex={-1} className="notice notice--success action-notice">
            <p>{notice.text}</p>
            {notice.undo && (
              <button type="button" className="button button--secondary button--small" onClick={() => void undo(notice)}>
                {undoLabel}
              </button>
            )}
          </div>
        )}
      </div>
      {notice?.kind === 'error' && (
        <p ref={ref} tabIndex={-1} role="alert" className="notice notice--error action-notice">
          {notice.text}
        </p>
      )}
    </>
  );
}
