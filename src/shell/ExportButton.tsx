import { useState } from 'react';
import { ADVISOR_EXPORT, EXPORT } from '../text/nl';
import { useDraftStore, useScheme } from './DraftContext';
import { downloadDocx } from './downloadBlob';
import './ExportButton.css';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

const TEXT = { clean: EXPORT, advisor: ADVISOR_EXPORT };

/**
 * Builds the Word draft: the clean one, or "versie voor adviseur" with the open comments in it.
 * The docx library is loaded only now, not with the first page.
 */
export function ExportButton({ variant = 'clean' }: { variant?: 'clean' | 'advisor' }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const text = TEXT[variant];
  const onClick = async () => {
    setState({ kind: 'busy' });
    try {
      const { exportDocx, exportAdvisorDocx } = await import('../word/exportDocx');
      const run = variant === 'advisor' ? exportAdvisorDocx : exportDocx;
      setState({ kind: 'done', fileName: downloadDocx(await run(store.getSnapshot(), scheme)) });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="export">
      <button type="button" className="button button--primary" onClick={() => void onClick()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? text.busy : text.button}
      </button>
      <p role="status" className="export__status">
        {state.kind === 'done' && text.done(state.fileName)}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {text.failed}
        </p>
      )}
    </div>
  );
}
