import { Suspense, useMemo, useSyncExternalStore } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { pruneHidden } from '../domain/pruneHidden';
import { findScheme } from '../../templates/schemes';
import { dutchToday, roundStatus } from '../domain/roundStatus';
import { ROUNDS } from '../text/rounds';
import { matchRoute } from '../routes/routeTable';
import { SHELL } from '../text/nl';
import { DraftStoreContext, SchemeContext } from '../shell/DraftContext';
import { createDraftStore, type DraftStore } from '../shell/draftStore';
import { PageHeading } from '../shell/PageHeading';
import { PAGE_COMPONENTS } from './pages';
import { Frame } from './Frame';
import { DraftStatusBar } from '../shell/DraftStatusBar';
import { UpdatePrompt } from '../shell/UpdatePrompt';
import { ReadOnlyLock } from '../shell/ReadOnlyLock';
import { useHashRoute } from '../shell/useHashRoute';
import { href } from '../routes/hashRoute';

interface Props {
  /** The round of a draft whose round the app does not know (drafts of unknown rounds are refused on the way in, so only a test's). */
  scheme: Scheme;
  initialDraft: DraftFile;
  /** From main.tsx (autosave watches it) or a test; otherwise one store for the app's lifetime. */
  store?: DraftStore;
}

/** The app's draft store; main.tsx creates it before the first render so autosave can watch it. */
export function createAppStore(initialDraft: DraftFile, fallback: Scheme): DraftStore {
  return createDraftStore(initialDraft, { normalize: (a, draft) => pruneHidden(a, findScheme(draft.schemeId) ?? fallback) });
}

export function App({ scheme: fallback, initialDraft, store: injected }: Props) {
  const store = useMemo(() => injected ?? createAppStore(initialDraft, fallback), [injected, initialDraft, fallback]);
  // Every page works in the round of the open draft (its data: facts, fields, checks, document).
  const schemeId = useSyncExternalStore(store.subscribe, () => store.getSnapshot().schemeId);
  const scheme = findScheme(schemeId) ?? fallback;
  // The round in the header of every page but the start page: that page is painted before the app
  // (StartPreview) and must not move when the app takes over, so it names the round below its tasks.
  const onStartPage = matchRoute(useHashRoute().segments)?.id === 'start';
  const round = onStartPage ? undefined : ROUNDS.header(scheme.shortName, ROUNDS.status(roundStatus(scheme, dutchToday())));
  return (
    <SchemeContext.Provider value={scheme}>
      <DraftStoreContext.Provider value={store}>
        <Frame statusBar={<DraftStatusBar />} round={round}>
          <UpdatePrompt />
          <ReadOnlyLock>
            <Routes />
          </ReadOnlyLock>
        </Frame>
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>
  );
}

/** One branch for every route: the route table says which page, PAGE_COMPONENTS which component. */
function Routes() {
  const route = useHashRoute();
  const match = matchRoute(route.segments);
  const Page = match ? PAGE_COMPONENTS[match.id] : NotFound;
  const sub = match && 'sub' in match ? match.sub : undefined;
  // key: a new page per route, and per sub-page a new form with fresh default values from the draft
  return (
    <Suspense fallback={<p className="loading">{SHELL.loading}</p>}>
      <Page key={`${match?.id ?? ''}/${sub ?? ''}`} sub={sub} focusField={route.focusField} />
    </Suspense>
  );
}

function NotFound() {
  return (
    <>
      <PageHeading>{SHELL.notFoundTitle}</PageHeading>
      <p>
        <a href={href.start()}>{SHELL.notFoundBody}</a>
      </p>
    </>
  );
}

