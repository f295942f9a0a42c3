import { useEffect, useEffectEvent, useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod/mini';
import type { ErrorSummaryItem } from '../components/ErrorSummary';
import { fieldId } from '../routes/fieldId';
import { flattenErrors, type FlatError } from './flattenErrors';
import { useDocumentTitle } from '../shell/useDocumentTitle';

/** A strict schema of an object of answers (a step, one activity). */
export type FormSchema = z.ZodMiniType<FieldValues, FieldValues>;

export interface DraftFormOptions<S extends FormSchema> {
  /** The strict zod schema the submit checks against; the form's values are its input. */
  schema: S;
  /** Read once, when the form opens; the draft store stays the owner afterwards. */
  defaultValues: DefaultValues<z.input<S>>;
  /** Receives a copy of the values after every change, so typing goes to the draft at once. */
  onValuesChange: (values: z.input<S>) => void;
  /** Page title; "Fout: " is put in front while the error summary shows. */
  title: string;
  /** Field to focus when the page opens (from an error link elsewhere). */
  focusField?: string;
  /** Context for an error in the summary, e.g. "Groep a" for "a.levels", where the message alone is ambiguous. */
  summaryLabel?: (fieldName: string) => string | undefined;
}

export interface DraftForm<V extends FieldValues, O> {
  form: UseFormReturn<V, unknown, O>;
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
export function useDraftForm<S extends FormSchema>({
  schema,
  defaultValues,
  onValuesChange,
  title,
  focusField,
  summaryLabel,
}: DraftFormOptions<S>): DraftForm<z.input<S>, z.output<S>> {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  useDocumentTitle(title, summary.length > 0);

  const changed = useEffectEvent((values: z.input<S>) => onValuesChange(values));
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
    (element?.matches('input, select, textarea')
      ? element
      : (element?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? element?.querySelector<HTMLElement>('input, select, textarea')))?.focus();
  }, [focusField]);

  const showErrors = (errors: FlatError[]) => {
    setSummary(
      inPageOrder(errors).map((e) => {
        const label = summaryLabel?.(e.name);
        return { message: label ? `${label}: ${e.message}` : e.message, target: fieldId(e.name) };
      }),
    );
    setFocusKey((k) => k + 1);
  };

  const onSubmit: DraftForm<z.input<S>, z.output<S>>['onSubmit'] = ({ onValid, onInvalid, crossStepErrors }) =>
    form.handleSubmit(
      () => {
        const across = crossStepErrors?.() ?? [];
        if (across.length > 0) {
          // Shown inline too; the next change re-validates the field and clears it.
          // Their names are paths of this form: the checks across steps point at its fields.
          across.forEach((e) => form.setError(e.name as Path<z.input<S>>, { type: 'cross-step', message: e.message }));
          onInvalid?.();
          showErrors(across);
          return;
        }
        setSummary([]);
        onValid();
      },
      (errors: FieldErrors<z.input<S>>) => {
        onInvalid?.();
        showErrors(flattenErrors(errors));
      },
    );

  return { form, summary, focusKey, onSubmit };
}

/**
 * The errors in the order their fields stand on the page (a check across fields, such as "a
 * mechanism unless this is nazorg", reports after the fields' own checks). An error whose field is
 * not on the page keeps its place.
 */
function inPageOrder(errors: readonly FlatError[]): FlatError[] {
  if (typeof document === 'undefined') return [...errors];
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
  const position = (e: FlatError) => ids.indexOf(fieldId(e.name));
  const positions = errors.map(position);
  const onPage = errors.map((e, i) => ({ e, at: positions[i]! })).filter((x) => x.at >= 0).sort((x, y) => x.at - y.at);
  let next = 0;
  return errors.map((e, i) => (positions[i]! >= 0 ? onPage[next++]!.e : e));
}
