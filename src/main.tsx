// First, so every component's stylesheet comes after the tokens and the base it builds on.
import './styles/base.css';
import { createRoot } from 'react-dom/client';
import { StartPreview } from './app/StartPreview';
import { LoadFailed } from './app/LoadFailed';
import { readLastStep } from './storage/lastStepHint';
import { startServiceWorker } from './shell/serviceWorkerUpdates';

const element = document.getElementById('root');
if (!element) throw new Error('#root missing');
const root = createRoot(element);
const firstHash = window.location.hash;

// The app proper (the draft, its checks and zod) is fetched at once, alongside the first paint.
const app = import('./app/boot');

// The start page and its task list are painted at once, without statuses (app/StartPreview.tsx),
// so the page can be read and its links used before the draft is restored and checked. Not when
// the app will go to the step the user was on (storage/lastStepHint.ts), nor in the single file
// from disk (everything is in that page already).
const opensStartPage = firstHash === '#/' || ((firstHash === '' || firstHash === '#') && !readLastStep());
if (opensStartPage && location.protocol !== 'file:') root.render(<StartPreview />);

// Said in Dutch when the app's code does not come (boot itself never throws on bad data).
app.then(({ boot }) => boot(root, firstHash)).catch(() => root.render(<LoadFailed />));

// After the first render: offline support must not slow the first page down.
window.addEventListener('load', () => void startServiceWorker(), { once: true });
