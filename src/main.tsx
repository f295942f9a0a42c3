import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SCHEME_ID, getScheme } from '../templates/schemes';
import { App } from './app/App';
import { createEmptyDraft } from './wizard/draftStore';
import { startServiceWorker } from './app/serviceWorkerUpdates';
import './styles/app.css';

const scheme = getScheme(DEFAULT_SCHEME_ID);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <App scheme={scheme} initialDraft={createEmptyDraft(scheme.id)} />
  </StrictMode>,
);

// After the first render: offline support must not slow the first page down.
window.addEventListener('load', () => void startServiceWorker(), { once: true });
