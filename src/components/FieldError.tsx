import { ERROR_SUMMARY } from '../text/nl';
import './field.css';

/** The inline error under a field; same text as in the error summary. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{ERROR_SUMMARY.visuallyHiddenPrefix}</span>
      {message}
    </p>
  );
}
