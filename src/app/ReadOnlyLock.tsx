import type { ReactNode } from 'react';
import { useDraftSession, useSessionState } from './DraftSessionContext';

/**
 * While another tab holds this draft, every form field here is disabled: typing that could not
 * be saved is never accepted in the first place. Links and reading keep working; the status bar
 * above offers "Hier verder werken".
 */
export function ReadOnlyLock({ children }: { children: ReactNode }) {
  const state = useSessionState(useDraftSession());
  const readOnly = state?.role === 'reader';
  return (
    <fieldset className="read-only-lock" disabled={readOnly} aria-disabled={readOnly || undefined}>
      {children}
    </fieldset>
  );
}
