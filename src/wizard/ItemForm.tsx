import type { ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../shell/PageHeading';
import { useDraftForm } from './useDraftForm';

type Values = Record<string, unknown>;

interface Props {
  /** Strict schema of one item, e.g. createStepSchemas(scheme).activity. */
  schema: unknown;
  /** The item as it is in the draft when the page opens. */
  item: Values;
  /** Writes the item back into the draft; called on every change. */
  write: (values: Values) => void;
  /** h1 of the page, and the page title. */
  title: string;
  caption?: string;
  intro?: ReactNode;
  focusField?: string;
  summaryLabel?: (fieldName: string) => string | undefined;
  submitLabel: string;
  /** After a submit without errors, e.g. back to the list. */
  onSaved: () => void;
  /** Links next to the submit button, e.g. back to the list without checking. */
  secondary?: ReactNode;
  children: ReactNode | ((form: UseFormReturn<Values>) => ReactNode);
}

/**
 * The form for one item of a list on its own page ("add to a list" pattern): StepForm's sibling.
 * Every change goes to the draft at once; the submit checks only this item.
 */
export function ItemForm({ schema, item, write, title, caption, intro, focusField, summaryLabel, submitLabel, onSaved, secondary, children }: Props) {
  const { form, summary, focusKey, onSubmit } = useDraftForm({
    schema,
    defaultValues: item,
    onValuesChange: write,
    title,
    focusField,
    summaryLabel,
  });
  return (
    <>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={caption} focusOnMount={!focusField}>
        {title}
      </PageHeading>
      {intro}
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit({ onValid: onSaved })} aria-label={title}>
          {typeof children === 'function' ? children(form) : children}
          <div className="button-group">
            <button type="submit" className="button button--primary">
              {submitLabel}
            </button>
            {secondary}
          </div>
        </form>
      </FormProvider>
    </>
  );
}
