import { useId, useState, type ChangeEvent } from 'react';
import { houseStyleFields } from '../document/houseStyleFields';
import { HOUSE_STYLE } from '../text/houseStyle';
import { downloadDocx } from '../shell/downloadBlob';
import { useDraftStore, useScheme } from '../shell/DraftContext';
import { TableRegion } from '../components/TableRegion';
import '../components/field.css';
import '../shell/ExportButton.css';
import './HouseStyleExport.css';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string; warnings: string[] }
  | { kind: 'refused'; message: string };

/** "Use your own Word file": fills its {{placeholders}}; docx is loaded only when a file is chosen. */
export function HouseStyleExport() {
  const store = useDraftStore();
  const scheme = useScheme();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();
  const hintId = useId();
  const fields = [...houseStyleFields(scheme, HOUSE_STYLE.wholeDocument).entries()];

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      const { exportHouseStyle } = await import('../word/exportDocx');
      const result = await exportHouseStyle(new Uint8Array(await file.arrayBuffer()), store.getSnapshot(), scheme);
      setState(result.ok ? { kind: 'done', fileName: downloadDocx(result), warnings: result.warnings } : { kind: 'refused', message: result.message });
    } catch (error) {
      console.error(error);
      setState({ kind: 'refused', message: HOUSE_STYLE.failed });
    }
  };

  return (
    <section className="house-style" aria-labelledby={`${inputId}-kop`}>
      <h2 id={`${inputId}-kop`} className="section-heading">
        {HOUSE_STYLE.heading}
      </h2>
      <p>{HOUSE_STYLE.intro}</p>
      <details className="guidance">
        <summary>{HOUSE_STYLE.fieldsSummary}</summary>
        <div>
          <p>{HOUSE_STYLE.blockNote}</p>
          <TableRegion label={HOUSE_STYLE.fieldsCaption}>
            <table className="table">
              <caption className="visually-hidden">{HOUSE_STYLE.fieldsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{HOUSE_STYLE.fieldColumn}</th>
                  <th scope="col">{HOUSE_STYLE.meaningColumn}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map(([name, field]) => (
                  <tr key={name}>
                    <td>
                      <code>{`{{${name}}}`}</code>
                    </td>
                    <td>{field.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      </details>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {HOUSE_STYLE.fileLabel}
        </label>
        <p className="field__hint" id={hintId}>
          {HOUSE_STYLE.fileHint}
        </p>
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={hintId}
          onChange={onChange}
          disabled={state.kind === 'busy'}
        />
      </div>
      {/* The warnings (empty fields, what was taken out of the template) are read out with the result. */}
      <div role="status" className="export__status">
        {state.kind === 'busy' && <p>{HOUSE_STYLE.busy}</p>}
        {state.kind === 'done' && <p>{HOUSE_STYLE.done(state.fileName)}</p>}
        {state.kind === 'done' &&
          state.warnings.map((w) => (
            <p key={w} className="notice notice--warning">
              {w}
            </p>
          ))}
      </div>
      {state.kind === 'refused' && (
        <p role="alert" className="notice notice--error">
          {state.message}
        </p>
      )}
    </section>
  );
}
