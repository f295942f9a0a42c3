import { Suspense, useMemo } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { pruneHidden } from '../domain/pruneHidden';
import { matchRoute } from '../routes/routeTable';
import { APP_NAME, SHELL } from '../text/nl';
import { DraftStoreContext, SchemeContext } from '../shell/DraftContext';
import { createDraftStore, type DraftStore } from '../shell/draftStore';
import { PageHeading } from '../shell/PageHeading';
import { PAGE_COMPONENTS } from './pages';
import { DraftStatusBar } from '../shell/DraftStatusBar';
import { UpdatePrompt } from '../shell/UpdatePrompt';
import { ReadOnlyLock } from '../shell/ReadOnlyLock';
import { useHashRoute } from '../shell/useHashRoute';
import { href } from '../routes/hashRoute';
import './App.css';

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
            <a className="site-header__name" href={href.start()}>
              {APP_NAME}
            </a>
            <span className="site-header__tagline">{SHELL.tagline}</span>
          </div>
        </header>
        <div className="phase-banner">
          <p className="phase-banner__content">
            <strong className="tag phase-banner__tag">{SHELL.phase}</strong>
            <span>
              {SHELL.phaseText} <a href={href.page('contact')}>{SHELL.phaseFeedback}</a>.
            </span>
          </p>
        </div>
        <DraftStatusBar />
        <main id="inhoud" className="page" tabIndex={-1}>
          <UpdatePrompt />
          <ReadOnlyLock>
            <Routes />
          </ReadOnlyLock>
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <nav aria-label={SHELL.footerLinks}>
              <ul className="site-footer__links">
                <li>
                  <a href={href.page('accessibility')}>{SHELL.accessibility}</a>
                </li>
                <li>
                  <a href={href.page('privacy')}>{SHELL.privacy}</a>
                </li>
                <li>
                  <a href={href.page('contact')}>{SHELL.contact}</a>
                </li>
              </ul>
            </nav>
            <p>{SHELL.privacyNote}</p>
            <p>{SHELL.footer}</p>
          </div>
        </footer>
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>
  );
}

/** One branch for every route: the route table says which page, PAGE_COMPONENTS which component. */
function Routes() {
  const route = useHashRoute();
  const match = matchRoute(route.segments);
  const Page = match ? PAGE_COMPONENTS[match.id] : NotFound;
  const sub = match?.kind === 'step' ? match.sub : undefined;
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

function skipToContent(event: React.MouseEvent) {
  // "#inhoud" is not a route; focus main without changing the hash route.
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}
