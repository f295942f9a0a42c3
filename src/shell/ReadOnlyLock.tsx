import { Fragment, type ReactNode } from 'react';
import { useDraftSession, useSessionState } from './DraftSessionContext';
import './ReadOnlyLock.css';

/**
 * Only a tab that writes the draft accepts typing. While another tab holds it, while this tab is
 * still learning whether one does, and from the moment it starts handing over, every form field
 * here is disabled: typing that could not be saved is never accepted in the first place. Links and
 * reading keep working; the status bar above offers "Hier verder werken".
 */
export function ReadOnlyLock({ children }: { children: ReactNode }) {
  const state = useSessionState(useDraftSession());
  const readOnly = state !== null && state.role !== 'writer';
  return (
    <fieldset className="read-only-lock" disabled={readOnly} aria-disabled={readOnly || undefined}>
      {/* A new generation: the draft was read again from storage, so the forms start afresh from it. */}
      <Fragment key={state?.generation ?? 0}>{children}</Fragment>
    </fieldset>
  );
}
