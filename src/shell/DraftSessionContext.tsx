import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftSession, SessionState } from '../storage/draftSession';

/** The autosave and draft-file session; absent in tests that render the app without storage. */
export const DraftSessionContext = createContext<DraftSession | null>(null);

export function useDraftSession(): DraftSession | null {
  return useContext(DraftSessionContext);
}

const NO_SESSION = () => () => undefined;

export function useSessionState(session: DraftSession | null): SessionState | null {
  return useSyncExternalStore(session?.subscribe ?? NO_SESSION, () => session?.getState() ?? null);
}
