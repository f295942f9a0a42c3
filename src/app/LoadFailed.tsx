import { LOAD_FAILED } from '../text/nl';
import { Frame } from './Frame';

/**
 * Drawn instead of the app when its code did not load (a broken connection on a first visit, or a
 * new version that replaced the files): never the first paint's links that lead nowhere.
 */
export function LoadFailed() {
  return (
    <Frame statusBar={null}>
      <div role="alert">
        <h1>{LOAD_FAILED.title}</h1>
        <p>{LOAD_FAILED.body}</p>
      </div>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {LOAD_FAILED.reload}
      </button>
    </Frame>
  );
}
