import { useMemo, type ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import { schemasForScheme } from '../domain/schemasForScheme';
import { validateDraft } from '../domain/validateDraft';
import { STEP_IDS, type StepId } from '../domain/steps';
import { ErrorSummary } from '../components/ErrorSummary';
import { afterSaveHref } from '../routes/afterSaveHref';
import { navigate } from '../shell/useHashRoute';
import { STEP_TITLES } from '../text/nl';
import { useDraftStore, useScheme } from '../shell/DraftContext';
import { markVisited } from '../shell/draftStore';
import { PageHeading } from '../shell/PageHeading';
import { useApplicationFields } from './FieldTableContext';
import { STEP_DEFAULTS } from './stepForms';
import { BackLink } from '../shell/BackLink';
import { href } from '../routes/hashRoute';
import { useDraftForm } from './useDraftForm';
import { nextStepHref, StepNavigation } from './StepNavigation';

interface Props<K extends StepId> {
  step: K;
  intro?: ReactNode;
  /** Field to focus when the page opens (from an error link elsewhere). */
  focusField?: string;
  /** The form's fields, e.g. the step's typed `Fields` (formFields.tsx). */
  children: ReactNode;
  /** Extra content under the form's buttons (e.g. guidance). */
  aside?: ReactNode;
  /** Context for an error in the summary, e.g. "Groep a" for "a.levels", where the message alone is ambiguous. */
  summaryLabel?: (fieldName: string) => string | undefined;
}

/**
 * The one react-hook-form + zodResolver wrapper every step uses. Every change goes to the draft
 * store at once (typing is never lost); "Opslaan en verder" checks the step against its strict
 * schema and either moves on or shows the error summary.
 */
export function StepForm<K extends StepId>({ step, intro, focusField, children, aside, summaryLabel }: Props<K>) {
  const store = useDraftStore();
  const scheme = useScheme();
  const schema = schemasForScheme(scheme, useApplicationFields())[step];
  const defaultValues = useMemo(() => STEP_DEFAULTS[step](store.getSnapshot().answers), [store, step]);
  const { form, summary, focusKey, onSubmit } = useDraftForm({
    schema,
    defaultValues,
    onValuesChange: (values) => store.setStepValues(step, values),
    title: STEP_TITLES[step],
    focusField,
    summaryLabel,
  });

  const index = STEP_IDS.indexOf(step);

  const onValid = () => {
    store.update((d) => markVisited(d, step));
    // Back to the page that sent the user ("Wijzigen" on Controleren), else onward.
    navigate(afterSaveHref(window.location.hash, nextStepHref(step)));
  };
  const onInvalid = () => store.update((d) => markVisited(d, step));
  // Checks across steps that point at a field of this step (e.g. the budget that does not add up).
  const crossStepErrors = () =>
    validateDraft(store.getSnapshot().answers, scheme)
      .filter((i) => i.step === step && i.severity === 'error' && i.path.length > 0 && !i.rule.startsWith('field:'))
      .map((i) => ({ name: i.path.join('.'), message: i.message }));

  return (
    <>
      <BackLink to={href.start()} />
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={`Stap ${index + 1} van ${STEP_IDS.length}`} focusOnMount={!focusField}>
        {STEP_TITLES[step]}
      </PageHeading>
      {intro && <div className="lead">{intro}</div>}
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit({ onValid, onInvalid, crossStepErrors })} aria-label={STEP_TITLES[step]}>
          {children}
          <StepNavigation step={step} />
        </form>
      </FormProvider>
      {aside}
    </>
  );
}
