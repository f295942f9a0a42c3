import type { DraftSession, DraftStoreLike } from '../storage/draftSession';
import { SAVE_STATUS } from '../text/storage';
import { parseHash } from '../routes/hashRoute';
import { matchRoute } from '../routes/routeTable';
import { rememberLastStep } from '../storage/lastStepHint';

/**
 * The page events the session needs: save when the tab is hidden or the page goes away, remember
 * the step the user is on, and warn before leaving only while leaving would lose work (a
 * beforeunload listener that is always there would keep the page out of the back/forward cache).
 * Also keeps the hint main.tsx reads before the draft is restored (storage/lastStepHint.ts) in
 * step with the draft's last step, whatever changed it (a step visited, a file or draft opened).
 */
export function connectDraftSessionToPage(session: DraftSession, store: DraftStoreLike): () => void {
  const onPageHide = () => session.pageHide();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') session.pageHidden();
  };
  // Back from the back/forward cache: this page let go of the draft on pagehide; start afresh.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) window.location.reload();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = SAVE_STATUS.leaveWarning;
  };
  let warning = false;
  const updateWarning = () => {
    const lose = session.wouldLoseWork();
    if (lose === warning) return;
    warning = lose;
    if (lose) window.addEventListener('beforeunload', onBeforeUnload);
    else window.removeEventListener('beforeunload', onBeforeUnload);
  };
  const rememberStep = () => {
    const route = parseHash(window.location.hash);
    const match = route && matchRoute(route.segments);
    const step = match?.kind === 'step' ? match.id : undefined;
    const draft = store.getSnapshot();
    if (step && draft.progress?.lastStep !== step) store.replace({ ...draft, progress: { ...draft.progress, lastStep: step } });
  };
  const onDraftChange = () => {
    updateWarning();
    // Nothing stays on the device when the user keeps drafts only in files.
    rememberLastStep(session.getState().filesOnly ? undefined : store.getSnapshot().progress?.lastStep);
  };

  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('hashchange', rememberStep);
  const unsubscribeSession = session.subscribe(onDraftChange);
  const unsubscribeStore = store.subscribe(onDraftChange);
  rememberStep();
  onDraftChange();
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('hashchange', rememberStep);
    window.removeEventListener('beforeunload', onBeforeUnload);
    unsubscribeSession();
    unsubscribeStore();
  };
}
