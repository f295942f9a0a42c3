import type { ReactNode } from 'react';
import { FormProvider, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../shell/PageHeading';
import { BackLink } from '../shell/BackLink';
import { saveLabel } from './saveLabel';
import { useDraftForm, type FormSchema } from './useDraftForm';

interface Props<S extends FormSchema> {
  /** Strict schema of one item, e.g. createStepSchemas(scheme).activity. */
  schema: S;
  /** The item as it is in the draft when the page opens. */
  item: DefaultValues<z.input<S>>;
  /** Writes the item back into the draft; called on every change. */
  write: (values: z.input<S>) => void;
  /** h1 of the page, and the page title. */
  title: string;
  caption?: string;
  intro?: ReactNode;
  focusField?: string;
  summaryLabel?: (fieldName: string) => string | undefined;
  submitLabel: string;
  /** Where "Terug" at the top leads: the list the item is on. */
  backHref: string;
  /** After a submit without errors, e.g. back to the list. */
  onSaved: () => void;
  /** Links next to the submit button, e.g. back to the list without checking. */
  secondary?: ReactNode;
  children: ReactNode;
}

/**
 * The form for one item of a list on its own page ("add to a list" pattern): StepForm's sibling.
 * Every change goes to the draft at once; the submit checks only this item.
 */
export function ItemForm<S extends FormSchema>({ schema, item, write, title, caption, intro, focusField, summaryLabel, submitLabel, backHref, onSaved, secondary, children }: Props<S>) {
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
      <BackLink to={backHref} />
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={caption} focusOnMount={!focusField}>
        {title}
      </PageHeading>
      {intro}
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit({ onValid: onSaved })} aria-label={title}>
          {children}
          <div className="button-group">
            <button type="submit" className="button button--primary">
              {saveLabel(window.location.hash, submitLabel)}
            </button>
            {secondary}
          </div>
        </form>
      </FormProvider>
    </>
  );
}
