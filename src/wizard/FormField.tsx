import type { ReactNode } from 'react';
import type { LeafField, SchemeGroup } from '../../schemas/fields/field';
import { YES_NO } from '../../schemas/fields/kinds';
import { questionHint, questionLabel, type Question } from '../../schemas/fields/questions';
import type { Scheme } from '../../schemas/scheme';
import { ChoiceGroup, type Choice } from '../components/ChoiceGroup';
import { DateInput } from '../components/DateInput';
import { SelectField } from '../components/SelectField';
import { SingleCheckbox } from '../components/SingleCheckbox';
import { TextField } from '../components/TextField';

/** What a step may change about how one field is asked; the rest comes from the field table. */
export interface FieldOverride {
  /** Something of the step's own in the field's place (a field asked its own way, a field with a neighbour). */
  element?: ReactNode;
  label?: string;
  hint?: string;
  /** The options in another order or with other hints (e.g. the mechanisms chosen first). */
  choices?: readonly Choice[];
  /** Shown under an option while it is chosen (conditional reveal), by option value. */
  reveals?: Readonly<Record<string, ReactNode>>;
  /** The chosen value(s), needed for reveals (from useValue). */
  checked?: readonly string[] | string;
  /** Whether "(niet verplicht)" shows; by default from the table (a check elsewhere may require it, e.g. against the plan). */
  optional?: boolean;
}

export interface FormFieldProps extends FieldOverride {
  /** react-hook-form name, e.g. "a.expectedCount" or "costLines.0.amount". */
  name: string;
  field: LeafField;
  question?: Question;
  scheme: Scheme;
  group?: SchemeGroup;
}

/** How each text-like kind is typed in, before the field's own input options. */
const TEXT_INPUT = {
  shortText: {},
  longText: { multiline: true },
  wholeNumber: { inputMode: 'numeric', width: 'short' },
  euro: { prefix: '€', inputMode: 'decimal' },
} as const;

/**
 * One field of a field table on a form, by its kind: a text input or text area, radios, a select,
 * checkboxes, a yes/no question or a confirmation. Label, hint and options come from the table and
 * the step's questions unless the step overrides them.
 */
export function FormField({ name, field, question, scheme, group, label, hint, choices, reveals, checked, element, optional: optionalOverride }: FormFieldProps) {
  if (element !== undefined) return element;
  const ctx = { scheme, group };
  const shownLabel = label ?? questionLabel(field, question, ctx);
  const shownHint = hint ?? questionHint(question, ctx);
  const optional = optionalOverride ?? field.required === 'optional';
  const options = (): Choice[] =>
    choices
      ? [...choices]
      : (field.kind === 'yesNo'
          ? [
              { id: 'yes', label: YES_NO.yes },
              { id: 'no', label: YES_NO.no },
            ]
          : (field.options?.({ scheme, answers: {}, group }) ?? [])
        ).map((o) => ({ value: o.id, label: o.label, ...('hint' in o && o.hint ? { hint: o.hint } : {}) }));
  const withReveals = (list: Choice[]) => (reveals ? list.map((c) => (reveals[c.value] ? { ...c, reveal: reveals[c.value] } : c)) : list);
  switch (field.kind) {
    case 'shortText':
    case 'longText':
    case 'wholeNumber':
    case 'euro': {
      const { inline: _inline, select: _select, ...input } = field.input ?? {};
      return <TextField name={name} label={shownLabel} hint={shownHint} optional={optional} {...TEXT_INPUT[field.kind]} {...input} />;
    }
    case 'date':
      return <DateInput name={name} label={shownLabel} hint={shownHint} optional={optional} />;
    case 'choice':
      return field.input?.select ? (
        <SelectField name={name} label={shownLabel} hint={shownHint} placeholder={question?.placeholder ?? ''} options={options()} />
      ) : (
        <ChoiceGroup name={name} legend={shownLabel} hint={shownHint} kind="radio" optional={optional} choices={withReveals(options())} checked={checked} />
      );
    case 'yesNo':
      return <ChoiceGroup name={name} legend={shownLabel} hint={shownHint} kind="radio" optional={optional} choices={withReveals(options())} checked={checked} />;
    case 'choices':
      return (
        <ChoiceGroup
          name={name}
          legend={shownLabel}
          hint={shownHint}
          kind="checkbox"
          optional={optional}
          inline={field.input?.inline}
          choices={withReveals(options())}
          checked={checked}
        />
      );
    case 'confirmation':
      return <SingleCheckbox name={name} label={shownLabel} hint={shownHint} />;
    case 'key':
    case 'bookkeeping':
      return null;
  }
}
