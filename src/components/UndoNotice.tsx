import { useEffect, useRef } from 'react';
import { SUMMARY_CARD } from '../text/nl';
import './UndoNotice.css';

interface Props {
  message: string;
  /** Hidden after "Ongedaan maken": what it puts back. */
  undoContext?: string;
  /** Without it, the notice only says what happened (e.g. after the undo). */
  onUndo?: () => void;
}

/**
 * What a removal (or its undo) did, with "Ongedaan maken". It takes the focus when it appears:
 * the button that was pressed is gone with its card. Give each new notice a new `key`.
 */
export function UndoNotice({ message, undoContext, onUndo }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice--success undo-notice" role="status" tabIndex={-1} ref={ref}>
      <p>
        {message}
        {onUndo && (
          <>
            {' '}
            <button type="button" className="button button--subtle" onClick={onUndo}>
              {SUMMARY_CARD.undo}
              {undoContext && <span className="visually-hidden">{undoContext}</span>}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
