import { useSyncExternalStore } from 'react';
import { UPDATE } from '../text/nl';
import { serviceWorkerUpdates } from './serviceWorkerUpdates';

/** "Nieuwe versie beschikbaar": the user decides when to reload, so no typing is interrupted. */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(serviceWorkerUpdates.subscribe, serviceWorkerUpdates.isUpdateWaiting);
  if (!waiting) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{UPDATE.available}</p>
      <button type="button" className="button button--secondary" onClick={() => void serviceWorkerUpdates.reload()}>
        {UPDATE.reload}
      </button>
    </div>
  );
}
