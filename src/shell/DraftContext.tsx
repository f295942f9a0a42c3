import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DraftStore } from './draftStore';

export const DraftStoreContext = createContext<DraftStore | null>(null);
export const SchemeContext = createContext<Scheme | null>(null);

export function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error('useDraftStore outside DraftStoreContext');
  return store;
}

export function useScheme(): Scheme {
  const scheme = useContext(SchemeContext);
  if (!scheme) throw new Error('useScheme outside SchemeContext');
  return scheme;
}

/** Reads part of the draft; the component re-renders only when that part changes (by identity). */
export function useDraft<T>(select: (draft: DraftFile) => T): T {
  const store = useDraftStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
