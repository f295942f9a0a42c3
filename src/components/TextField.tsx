import { useFormContext, useWatch } from 'react-hook-form';
import type { InputOptions } from '../../schemas/fields/field';
import { LIMITS } from '../../schemas/limits';
import { FIELD } from '../text/nl';
import { CharacterCount, COUNT_FROM } from './CharacterCount';
import { FieldError } from './FieldError';
import { fieldId } from '../routes/fieldId';
import { useFieldError } from './useFieldError';
import './field.css';

/** How it is typed in: a field table's input options (schemas/fields/field.ts), or a form's own. */
interface Props extends Omit<InputOptions, 'inline' | 'select'> {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Render a textarea for multi-paragraph answers. */
  multiline?: boolean;
}

/** A labelled text input bound to react-hook-form, with hint and inline error. */
export function TextField({ name, label, hint, optional, type = 'text', autoComplete, inputMode, width = 'full', multiline, rows = 5, spellCheck, prefix }: Props) {
  const { register, control } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  // The answer's limit: near it the count shows, and the form's check refuses a text over it. A
  // paste over the limit is kept whole (the draft keeps far more); only what no draft keeps is cut.
  const limit = multiline ? LIMITS.longText : LIMITS.shortText;
  const value: unknown = useWatch({ control, name });
  const length = typeof value === 'string' ? value.length : 0;
  const counted = length >= limit * COUNT_FROM;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, counted && `${id}-count`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    maxLength: multiline ? LIMITS.longTextKept : LIMITS.shortTextKept,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: `input input--${width}${error ? ' input--invalid' : ''}`,
    spellCheck,
    ...register(name),
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label} {optional && <span className="field__optional">{FIELD.optional}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      {multiline ? (
        <textarea rows={rows} {...common} />
      ) : prefix ? (
        <span className="input-prefix">
          <span className="input-prefix__text" aria-hidden="true">
            {prefix}
          </span>
          <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} />
        </span>
      ) : (
        <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} />
      )}
      <CharacterCount id={`${id}-count`} length={length} limit={limit} />
    </div>
  );
}
