import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { FIELD } from '../text/nl';
import { FieldError } from './FieldError';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the option while it is checked (conditional reveal). */
  reveal?: ReactNode;
}

interface Props {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  /** checkbox: several values (array); radio: one value. */
  kind: 'checkbox' | 'radio';
  optional?: boolean;
  inline?: boolean;
  /** Current value(s), needed to show conditional reveals; pass from useWatch. */
  checked?: readonly string[] | string;
  legendAsHeading?: boolean;
}

/** A fieldset of checkboxes or radios bound to react-hook-form; the fieldset id is the error target. */
export function ChoiceGroup({ name, legend, hint, choices, kind, optional, inline, checked, legendAsHeading }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const isChecked = (value: string) => (Array.isArray(checked) ? checked.includes(value) : checked === value);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy}>
        <legend className={legendAsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {legend} {optional && <span className="field__optional">{FIELD.optional}</span>}
        </legend>
        {hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <FieldError id={`${id}-error`} message={error} />
        <div className={`choices${inline ? ' choices--inline' : ''}`}>
          {choices.map((choice) => {
            const optionId = `${id}-${choice.value}`;
            return (
              <div className="choice" key={choice.value}>
                <input
                  className="choice__input"
                  type={kind}
                  id={optionId}
                  value={choice.value}
                  aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
                  {...register(name)}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <p className="choice__hint" id={`${optionId}-hint`}>
                    {choice.hint}
                  </p>
                )}
                {choice.reveal && isChecked(choice.value) && <div className="choice__reveal">{choice.reveal}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
