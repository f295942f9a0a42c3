import { useFormContext } from 'react-hook-form';
import { FieldError } from './FieldError';
import { fieldId } from '../routes/fieldId';
import { useFieldError } from './useFieldError';
import './field.css';

/** One checkbox with a boolean value (e.g. a confirmation). */
export function SingleCheckbox({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <FieldError id={`${id}-error`} message={error} />
      <div className="choice">
        <input className="choice__input" type="checkbox" id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...register(name)} />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p className="choice__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
