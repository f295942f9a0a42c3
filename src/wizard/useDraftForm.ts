import { useEffect, useEffectEvent, useState } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ErrorSummaryItem } from '../components/ErrorSummary';
import { fieldId } from '../routes/fieldId';
import { flattenErrors, type FlatError } from './flattenErrors';
import { useDocumentTitle } from '../shell/useDocumentTitle';

type Values = Record<string, unknown>;

export interface DraftFormOptions {
  /** The strict zod schema the submit checks against. */
  schema: unknown;
  /** Read once, when the form opens; the draft store stays the owner afterwards. */
  defaultValues: Values;
  /** Receives a copy of the values after every change, so typing goes to the draft at once. */
  onValuesChange: (values: Values) => void;
  /** Page title; "Fout: " is put in front while the error summary shows. */
  title: string;
  /** Field to focus when the page opens (from an error link elsewhere). */
  focusField?: string;
  /** Context for an error in the summary, e.g. "Groep a" for "a.levels", where the message alone is ambiguous. */
  summaryLabel?: (fieldName: string) => string | undefined;
}

export interface DraftForm {
  form: UseFormReturn<Values>;
  summary: ErrorSummaryItem[];
  /** Changes on every failed submit, so the error summary takes focus again. */
  focusKey: number;
  /**
   * Checks against the schema, then against crossStepErrors (checks across steps that point at a
   * field of this form, e.g. a budget that does not add up); on errors fills the summary and moves
   * focus to it.
   */
  onSubmit: (handlers: {
    onValid: () => void;
    onInvalid?: () => void;
    crossStepErrors?: () => FlatError[];
  }) => (event?: React.BaseSyntheticEvent) => Promise<void>;
}

/**
 * What every form over (a part of) the draft shares: react-hook-form with the strict schema,
 * every change straight into the draft store, the error summary after a failed submit, "Fout: " in
 * the title and focus on a field named in the URL. Used by StepForm (a step) and ItemForm (one
 * item of a list).
 */
export function useDraftForm({ schema, defaultValues, onValuesChange, title, focusField, summaryLabel }: DraftFormOptions): DraftForm {
  const form = useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  useDocumentTitle(title, summary.length > 0);

  const changed = useEffectEvent((values: Values) => onValuesChange(values));
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // Clone: react-hook-form hands out its live values object.
        callback: ({ values }) => changed(structuredClone(values)),
      }),
    [subscribe],
  );

  useEffect(() => {
    if (!focusField) return;
    const element = document.getElementById(focusField);
    (element?.matches('input, select, textarea') ? element : element?.querySelector<HTMLElement>('input, select, textarea'))?.focus();
  }, [focusField]);

  const showErrors = (errors: FlatError[]) => {
    setSummary(
      errors.map((e) => {
        const label = summaryLabel?.(e.name);
        return { message: label ? `${label}: ${e.message}` : e.message, target: fieldId(e.name) };
      }),
    );
    setFocusKey((k) => k + 1);
  };

  const onSubmit: DraftForm['onSubmit'] = ({ onValid, onInvalid, crossStepErrors }) =>
    form.handleSubmit(
      () => {
        const across = crossStepErrors?.() ?? [];
        if (across.length > 0) {
          // Shown inline too; the next change re-validates the field and clears it.
          across.forEach((e) => form.setError(e.name, { type: 'cross-step', message: e.message }));
          onInvalid?.();
          showErrors(across);
          return;
        }
        setSummary([]);
        onValid();
      },
      (errors: FieldErrors<Values>) => {
        onInvalid?.();
        showErrors(flattenErrors(errors));
      },
    );

  return { form, summary, focusKey, onSubmit };
}
