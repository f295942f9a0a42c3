import '../zodConfig';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { DEFAULT_SCHEME_ID, SCHEMES, getScheme } from '../../templates/schemes';
import { App, createAppStore } from './App';
import { connectDraftSessionToPage } from './connectDraftSessionToPage';
import { lastStepRoute } from './lastStepRoute';
import { DraftSessionContext } from '../shell/DraftSessionContext';
import { createDraftSession } from '../storage/draftSession';
import { downloadBlob } from '../shell/downloadBlob';
import { startDraftSession } from '../storage/startDraftSession';
import { createEmptyDraft } from '../shell/draftStore';
import { markNavigated } from '../shell/navigationFocus';

/**
 * The app proper, loaded by main.tsx right after the first paint: restores the autosaved draft
 * (through parseDraft and zod, never throws), returns to the step the user was on, starts the
 * session and draws the app in the root, over the start page's first paint if there was one.
 * `firstHash`: the address when the page was opened; when the user followed a link of the first
 * paint meanwhile, the new page is a page moved to, and its heading takes the focus.
 */
export async function boot(root: Root, firstHash: string): Promise<void> {
  const scheme = getScheme(DEFAULT_SCHEME_ID);
  const schemeIds = SCHEMES.map((s) => s.id);
  const start = await startDraftSession({ emptyDraft: createEmptyDraft(scheme.id), schemeIds });
  const route = lastStepRoute(window.location.hash, start.draft);
  if (route) history.replaceState(null, '', route);
  else if (window.location.hash !== firstHash) markNavigated();
  const store = createAppStore(start.draft, scheme);
  const session = createDraftSession(start, store, {
    appVersion: __APP_VERSION__,
    schemeIds,
    download: downloadBlob,
    createEmpty: (schemeId = scheme.id) => createEmptyDraft(schemeId),
  });
  connectDraftSessionToPage(session, store);

  // The app replaces the first paint's elements with its own: the focus goes back to the same
  // link or control, before anything is painted.
  const focused = describeFocus();
  flushSync(() =>
    root.render(
      <StrictMode>
        <DraftSessionContext.Provider value={session}>
          <App scheme={scheme} initialDraft={start.draft} store={store} />
        </DraftSessionContext.Provider>
      </StrictMode>,
    ),
  );
  if (focused) restoreFocus(focused);
}

interface FocusedElement {
  tag: string;
  id: string;
  href: string | null;
  text: string;
}

function describeFocus(): FocusedElement | undefined {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return undefined;
  return { tag: element.tagName, id: element.id, href: element.getAttribute('href'), text: element.textContent ?? '' };
}

function restoreFocus({ tag, id, href, text }: FocusedElement) {
  if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) return;
  const same = id
    ? document.getElementById(id)
    : [...document.getElementsByTagName(tag)].find((e) => e.getAttribute('href') === href && e.textContent === text);
  if (same instanceof HTMLElement) same.focus({ preventScroll: true });
}
