import { useState } from 'react';
import { EXPORT } from '../text/nl';
import { useDraftStore, useScheme } from '../wizard/DraftContext';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

/** Builds the Word draft; the docx library is loaded only now, not with the first page. */
export function ExportButton() {
  const store = useDraftStore();
  const scheme = useScheme();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'busy' });
    try {
      const { exportDocx } = await import('../export/exportDocx');
      const fileName = await exportDocx(store.getSnapshot(), scheme);
      setState({ kind: 'done', fileName });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="export">
      <button type="button" className="button button--primary" onClick={onClick} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? EXPORT.busy : EXPORT.button}
      </button>
      <p role="status" className="export__status">
        {state.kind === 'done' && EXPORT.done(state.fileName)}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {EXPORT.failed}
        </p>
      )}
    </div>
  );
}
