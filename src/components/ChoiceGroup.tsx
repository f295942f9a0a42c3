import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { FIELD } from '../text/nl';
import { FieldError } from './FieldError';
import { fieldId } from '../routes/fieldId';
import { useFieldError } from './useFieldError';
import './field.css';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the option while it is checked (conditional reveal). */
  reveal?: ReactNode;
  /** A longer explanation behind a disclosure under the option, closed until the user opens it (keeps long lists short). */
  more?: { summary: string; content: ReactNode };
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

type InputProps = (value: string) => React.ComponentProps<'input'>;

/** A fieldset of checkboxes or radios bound to react-hook-form; the fieldset id is the error target. */
export function ChoiceGroup(props: Props) {
  return props.kind === 'checkbox' ? <CheckboxGroup {...props} /> : <RadioGroup {...props} />;
}

function RadioGroup(props: Props) {
  const { register } = useFormContext();
  const registered = register(props.name);
  return <Fieldset {...props} inputProps={() => registered} />;
}

/**
 * Checkbox groups always hold an array of the checked values. react-hook-form's own checkbox
 * handling yields `false` or a single string for a group with one option or no touched option,
 * which the draft schema (rightly) refuses.
 */
function CheckboxGroup(props: Props) {
  const { field } = useController({ name: props.name });
  const values: string[] = Array.isArray(field.value) ? field.value : typeof field.value === 'string' && field.value ? [field.value] : [];
  const first = props.choices.find((c) => values.includes(c.value))?.value ?? props.choices[0]?.value;
  return (
    <Fieldset
      {...props}
      inputProps={(value) => ({
        name: field.name,
        checked: values.includes(value),
        onBlur: field.onBlur,
        onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
          field.onChange(event.target.checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value)),
        // react-hook-form focuses this option when it focuses the field.
        ref: value === first ? field.ref : undefined,
      })}
    />
  );
}

function Fieldset({ name, legend, hint, choices, kind, optional, inline, checked, legendAsHeading, inputProps }: Props & { inputProps: InputProps }) {
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
                  {...inputProps(choice.value)}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <p className="choice__hint" id={`${optionId}-hint`}>
                    {choice.hint}
                  </p>
                )}
                {choice.more && (
                  <details className="choice__more">
                    <summary>
                      {choice.more.summary}
                      <span className="visually-hidden"> ({choice.label})</span>
                    </summary>
                    <div className="choice__more-content">{choice.more.content}</div>
                  </details>
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
