import { useState } from 'react';
import { REVIEW_MODE } from '../text/comments';
import { useDraftStore, useScheme } from '../wizard/DraftContext';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

/** "Versie voor adviseur": the Word document with the open comments in it. The docx code loads only now. */
export function AdvisorExportButton() {
  const store = useDraftStore();
  const scheme = useScheme();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'busy' });
    try {
      const { exportAdvisorDocx } = await import('../export/exportDocx');
      setState({ kind: 'done', fileName: await exportAdvisorDocx(store.getSnapshot(), scheme) });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="export">
      <button type="button" className="button button--primary" onClick={() => void onClick()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? REVIEW_MODE.exportBusy : REVIEW_MODE.exportButton}
      </button>
      <p role="status" className="export__status">
        {state.kind === 'done' && REVIEW_MODE.exportDone(state.fileName)}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {REVIEW_MODE.exportFailed}
        </p>
      )}
    </div>
  );
}
