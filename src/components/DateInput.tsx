import { useState } from 'react';
import { useController } from 'react-hook-form';
import { dateParts, dateValue, wrongDateParts, type DateParts } from '../../schemas/dutchDate';
import { DATE_INPUT, FIELD } from '../text/nl';
import { FieldError } from './FieldError';
import { fieldId } from '../routes/fieldId';
import { useFieldError } from './useFieldError';
import './field.css';
import './DateInput.css';

interface Props {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

const PARTS = [
  { part: 'day', label: DATE_INPUT.day, maxLength: 2, width: 'date-input__input--2' },
  { part: 'month', label: DATE_INPUT.month, maxLength: 2, width: 'date-input__input--2' },
  { part: 'year', label: DATE_INPUT.year, maxLength: 4, width: 'date-input__input--4' },
] as const;

/**
 * A date as day, month and year in three labelled boxes in a fieldset (GOV.UK / NL Design System
 * "date input"), never the browser's own date picker, whose format follows the browser's language.
 * Every keystroke reaches the draft: an ISO date once it is whole, else the parts typed so far.
 */
export function DateInput({ name, label, hint, optional }: Props) {
  const { field } = useController({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  // The boxes keep what was typed ("05", "5"); the draft gets the value made from them.
  const [parts, setParts] = useState<DateParts>(() => dateParts(field.value));
  const change = (part: keyof DateParts, typed: string) => {
    const next = { ...parts, [part]: typed.replace(/\D/g, '') };
    setParts(next);
    field.onChange(dateValue(next));
  };
  // Only the wrong boxes are marked (GOV.UK), so the error summary's link focuses the first of them.
  const wrong = error ? wrongDateParts(field.value) : [];
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <fieldset className="fieldset" id={id} role="group" aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}>
        <legend className="fieldset__legend">
          {label} {optional && <span className="field__optional">{FIELD.optional}</span>}
        </legend>
        <p className="field__hint" id={`${id}-hint`}>
          {hint ? `${hint} ${DATE_INPUT.example}` : DATE_INPUT.example}
        </p>
        <FieldError id={`${id}-error`} message={error} />
        <div className="date-input">
          {PARTS.map(({ part, label: partLabel, maxLength, width }) => (
            <div className="date-input__item" key={part}>
              <label className="date-input__label" htmlFor={`${id}-${part}`}>
                {partLabel}
              </label>
              <input
                className={`input date-input__input ${width}${wrong.includes(part) ? ' input--invalid' : ''}`}
                id={`${id}-${part}`}
                name={`${name}.${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={maxLength}
                value={parts[part]}
                aria-invalid={wrong.includes(part) ? true : undefined}
                onChange={(event) => change(part, event.target.value)}
                onBlur={field.onBlur}
                // react-hook-form focuses the day when it focuses the field.
                ref={part === 'day' ? field.ref : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
