import { useFormContext } from 'react-hook-form';
import { FieldError } from './FieldError';
import { fieldId } from '../routes/fieldId';
import { useFieldError } from './useFieldError';
import './field.css';

interface Props {
  name: string;
  label: string;
  hint?: string;
  /** The first, empty option, e.g. "Kies een soort". */
  placeholder: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled select bound to react-hook-form, for a short list where radios would take too much room. */
export function SelectField({ name, label, hint, placeholder, options }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <select id={id} className={`input input--medium select${error ? ' input--invalid' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...register(name)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
