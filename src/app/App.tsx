import { Suspense, useMemo } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { pruneHidden } from '../domain/pruneHidden';
import { stepIdFromSlug } from '../domain/steps';
import { APP_NAME, SHELL } from '../text/nl';
import { DraftStoreContext, SchemeContext } from '../shell/DraftContext';
import { createDraftStore, type DraftStore } from '../shell/draftStore';
import { PageHeading } from '../shell/PageHeading';
import { STEP_COMPONENTS } from '../wizard/stepComponents';
import { DraftStatusBar } from '../shell/DraftStatusBar';
import { DRAFT_PAGES, isDraftPageSlug } from './draftPages';
import { isReviewSlug, REVIEW_PAGES } from '../review/reviewPages';
import { StartPage } from './StartPage';
import { UpdatePrompt } from '../shell/UpdatePrompt';
import { ReadOnlyLock } from '../shell/ReadOnlyLock';
import { useHashRoute } from '../shell/useHashRoute';
import { routeHref } from '../routes/hashRoute';
import { PreviewPage, PREVIEW_SLUG } from './previewRoute';

interface Props {
  scheme: Scheme;
  initialDraft: DraftFile;
  /** From main.tsx (autosave watches it) or a test; otherwise one store for the app's lifetime. */
  store?: DraftStore;
}

/** The app's draft store; main.tsx creates it before the first render so autosave can watch it. */
export function createAppStore(initialDraft: DraftFile, scheme: Scheme): DraftStore {
  return createDraftStore(initialDraft, { normalize: (a) => pruneHidden(a, scheme) });
}

export function App({ scheme, initialDraft, store: injected }: Props) {
  const store = useMemo(() => injected ?? createAppStore(initialDraft, scheme), [injected, initialDraft, scheme]);
  return (
    <SchemeContext.Provider value={scheme}>
      <DraftStoreContext.Provider value={store}>
        <a className="skip-link" href="#inhoud" onClick={skipToContent}>
          {SHELL.skipLink}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="site-header__name" href={routeHref([])}>
              {APP_NAME}
            </a>
            <span className="site-header__tagline">{SHELL.tagline}</span>
          </div>
        </header>
        <DraftStatusBar />
        <main id="inhoud" className="page" tabIndex={-1}>
          <UpdatePrompt />
          <ReadOnlyLock>
            <Routes />
          </ReadOnlyLock>
        </main>
        <footer className="site-footer">
          <p>{SHELL.privacyNote}</p>
          <p>{SHELL.footer}</p>
        </footer>
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>
  );
}

function Routes() {
  const route = useHashRoute();
  const [first, second] = route.segments;
  if (first === undefined) return <StartPage />;
  if (isDraftPageSlug(first)) {
    const DraftPage = DRAFT_PAGES[first];
    return (
      <Suspense fallback={<p className="loading">{SHELL.loading}</p>}>
        <DraftPage key={first} />
      </Suspense>
    );
  }
  if (first === PREVIEW_SLUG) {
    return (
      <Suspense fallback={<p className="loading">{SHELL.loading}</p>}>
        <PreviewPage />
      </Suspense>
    );
  }
  if (isReviewSlug(first)) {
    const Review = REVIEW_PAGES[first];
    return (
      <Suspense fallback={<p className="loading">{SHELL.loading}</p>}>
        <Review key={first} />
      </Suspense>
    );
  }
  const step = stepIdFromSlug(first);
  if (step) {
    const Step = STEP_COMPONENTS[step];
    // key: a new form per step and per sub-page, with fresh default values from the draft
    return (
      <Suspense fallback={<p className="loading">{SHELL.loading}</p>}>
        <Step key={`${first}/${second ?? ''}`} sub={second} focusField={route.focusField} />
      </Suspense>
    );
  }
  return (
    <>
      <PageHeading>{SHELL.notFoundTitle}</PageHeading>
      <p>
        <a href={routeHref([])}>{SHELL.notFoundBody}</a>
      </p>
    </>
  );
}

function skipToContent(event: React.MouseEvent) {
  // "#inhoud" is not a route; focus main without changing the hash route.
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}
