import { useId, type ChangeEvent } from 'react';
import { DRAFT_PANEL } from '../text/storage';
import type { DraftOpener } from './useOpenDraft';
import '../components/field.css';
import './DraftPanel.css';

/** "Kies een concept om te openen": a .json draft or a .docx from this app, opened as a new draft. */
export function DraftFileInput({ opener }: { opener: DraftOpener }) {
  const id = useId();
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again opens it again.
    input.value = '';
    if (file) void opener.openFile(file);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {DRAFT_PANEL.openLabel}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {DRAFT_PANEL.openHint}
      </p>
      <input
        id={id}
        className="draft-panel__file"
        type="file"
        accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby={`${id}-hint`}
        onChange={onFile}
        aria-disabled={opener.busy || undefined}
      />
    </div>
  );
}
