import './zodConfig';
// First, so every component's stylesheet comes after the tokens and the base it builds on.
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SCHEME_ID, SCHEMES, getScheme } from '../templates/schemes';
import { App, createAppStore } from './app/App';
import { connectDraftSessionToPage } from './app/connectDraftSessionToPage';
import { DraftSessionContext } from './shell/DraftSessionContext';
import { lastStepRoute } from './app/lastStepRoute';
import { createDraftSession } from './storage/draftSession';
import { downloadBlob } from './shell/downloadBlob';
import { startDraftSession } from './storage/startDraftSession';
import { createEmptyDraft } from './shell/draftStore';
import { startServiceWorker } from './shell/serviceWorkerUpdates';

const scheme = getScheme(DEFAULT_SCHEME_ID);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

// Restore the autosaved draft before the first render (never throws), and return to its step.
// Not a top-level await: the 'load' listener below must be registered before the page loads.
async function renderApp(root: HTMLElement) {
  const schemeIds = SCHEMES.map((s) => s.id);
  const start = await startDraftSession({ emptyDraft: createEmptyDraft(scheme.id), schemeIds });
  const route = lastStepRoute(window.location.hash, start.draft);
  if (route) history.replaceState(null, '', route);
  const store = createAppStore(start.draft, scheme);
  const session = createDraftSession(start, store, {
    appVersion: __APP_VERSION__,
    schemeIds,
    download: downloadBlob,
    createEmpty: () => createEmptyDraft(scheme.id),
  });
  connectDraftSessionToPage(session, store);

  createRoot(root).render(
    <StrictMode>
      <DraftSessionContext.Provider value={session}>
        <App scheme={scheme} initialDraft={start.draft} store={store} />
      </DraftSessionContext.Provider>
    </StrictMode>,
  );
}
void renderApp(root);

// After the first render: offline support must not slow the first page down.
window.addEventListener('load', () => void startServiceWorker(), { once: true });
