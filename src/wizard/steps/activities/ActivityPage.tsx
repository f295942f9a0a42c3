import { useState } from 'react';
import type { ActivityDraft } from '../../../../schemas/draft';
import { replaceActivity } from '../../../domain/activityList';
import { validateDraftWithAdvice } from '../../../domain/validateDraft';
import { useGuidance } from '../../../shell/useGuidance';
import { schemasForScheme } from '../../../domain/schemasForScheme';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { navigate } from '../../../shell/useHashRoute';
import type { Choice } from '../../../components/ChoiceGroup';
import { ACTIVITY_FIELDS } from '../../../../schemas/fields/activities';
import { questionLabel } from '../../../../schemas/fields/questions';
import { ACTIVITIES, ACTIVITY_QUESTIONS } from '../../../text/activities';
import { useDraft, useDraftStore, useScheme } from '../../../shell/DraftContext';
import { ItemForm } from '../../ItemForm';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { ApproachChoices } from './ApproachChoices';
import { activityDefaults, type FormValues } from '../../stepForms';
import { activityForm } from './activityForm';
import { CostLines } from './CostLines';
import '../../../components/field.css';
import './ActivityPage.css';

const { Field, Fields } = activityForm;

const LIST_HREF = href.step('activities');

/** "#/activiteiten/<id>": the form of one activity. */
export function ActivityPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const guidance = useGuidance();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => {
    const { answers } = store.getSnapshot();
    const list = answers.activities ?? [];
    const index = list.findIndex((a) => a.id === id);
    const activity = list[index];
    if (!activity) return undefined;
    // "Still exactly the example" is said by the intro already.
    const warnings = validateDraftWithAdvice(answers, scheme, guidance).filter(
      (i) => i.severity === 'warning' && i.path[0] === 'activities' && i.path[1] === index && i.rule !== 'example-unchanged',
    );
    return { activity, index, count: list.length, warnings };
  });
  if (!opened) return <ActivityNotFound />;
  const { activity, index, count, warnings } = opened;
  const example = guidance.exampleActivities.find((e) => e.id === activity.fromExampleId);

  // The form's values as it holds them; the draft store cleans them before it keeps them.
  const write = (values: FormValues<'activity'>) => store.update((d) => ({ ...d, answers: replaceActivity(d.answers, values as ActivityDraft) }));
  const summaryLabel = (name: string) => {
    const line = /^costLines\.(\d+)\./.exec(name);
    return line ? ACTIVITIES.costLine(Number(line[1])) : undefined;
  };

  return (
    <ItemForm
      schema={schemasForScheme(scheme).activity}
      item={activityDefaults(activity)}
      write={write}
      title={activity.title?.trim() || ACTIVITIES.pageTitle(index)}
      caption={ACTIVITIES.caption(index, count)}
      focusField={focusField}
      summaryLabel={summaryLabel}
      submitLabel={ACTIVITIES.save}
      backHref={LIST_HREF}
      // Back to the list, or to the page that sent the user (e.g. Controleren).
      onSaved={() => navigate(afterSaveHref(window.location.hash, LIST_HREF))}
      secondary={
        <a className="link" href={LIST_HREF}>
          {ACTIVITIES.backToList}
        </a>
      }
      intro={
        <>
          {example && <p className="lead">{ACTIVITIES.fromExample(example.title)}</p>}
          {warnings.length > 0 && (
            <div className="notice notice--warning">
              <h2 className="notice__title">{ACTIVITIES.warningsOnPage}</h2>
              <ul>
                {warnings.map((w) => (
                  <li key={w.rule}>{w.message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
    >
      <ActivityFields />
    </ItemForm>
  );
}

function ActivityFields() {
  const scheme = useScheme();
  // Other steps' answers do not change while this page is open: these never re-render on typing.
  const chosen = useDraft((d) => d.answers.mechanisms?.chosen);
  const partners = useDraft((d) => d.answers.partners);
  const chosenIds = (chosen ?? []).map((c) => c.mechanismId);
  const chosenApproachIds = (chosen ?? []).flatMap((c) => c.approachIds ?? []);

  const mechanismChoice = (m: (typeof scheme.mechanisms)[number], isChosen: boolean): Choice => ({
    value: m.id,
    label: ACTIVITIES.mechanismLabel(m.number, m.name),
    // Without any chosen mechanism the list page already says so; a hint on all seven is noise.
    hint: isChosen || chosenIds.length === 0 ? undefined : ACTIVITIES.mechanismNotChosen,
  });
  const mechanismChoices = [
    ...scheme.mechanisms.filter((m) => chosenIds.includes(m.id)).map((m) => mechanismChoice(m, true)),
    ...scheme.mechanisms.filter((m) => !chosenIds.includes(m.id)).map((m) => mechanismChoice(m, false)),
  ];
  const partnerChoices = ACTIVITY_FIELDS.partnerIds.options({ scheme, answers: { partners } }).map((o) => ({ value: o.id, label: o.label, hint: o.hint }));

  return (
    <>
      <h2 className="section-heading">{ACTIVITIES.whatSection}</h2>
      <Fields section="what" />

      <h2 className="section-heading">{ACTIVITIES.whySection}</h2>
      <Fields
        section="why"
        overrides={{ mechanismIds: { choices: mechanismChoices }, approachIds: { element: <ApproachChoices chosenApproachIds={chosenApproachIds} /> } }}
      />

      <h2 className="section-heading">{ACTIVITIES.forWhomSection}</h2>
      <Fields
        section="forWhom"
        overrides={{
          startDate: {
            element: (
              <div className="activity-dates">
                <Field name="startDate" />
                <Field name="endDate" />
              </div>
            ),
          },
          endDate: false,
        }}
      />

      <h2 className="section-heading">{ACTIVITIES.whoSection}</h2>
      <Fields section="who" overrides={{ partnerIds: partnerChoices.length > 0 ? { choices: partnerChoices } : { element: <NoPartners /> } }} />

      <CostLines />
    </>
  );
}

/** Where the partners would be chosen, while there are none yet. */
function NoPartners() {
  return (
    <div className="field">
      <p className="field__label">{questionLabel(ACTIVITY_FIELDS.partnerIds, ACTIVITY_QUESTIONS.partnerIds, { scheme: useScheme() })}</p>
      <p className="field__hint">
        {ACTIVITIES.noPartnersBefore}
        <a href={href.step('partners')}>{ACTIVITIES.noPartnersLink}</a>
        {ACTIVITIES.noPartnersAfter}
      </p>
    </div>
  );
}

function ActivityNotFound() {
  useDocumentTitle(ACTIVITIES.notFoundTitle);
  return (
    <>
      <PageHeading>{ACTIVITIES.notFoundTitle}</PageHeading>
      <p>{ACTIVITIES.notFoundBody}</p>
      <p>
        <a href={LIST_HREF}>{ACTIVITIES.notFoundLink}</a>
      </p>
    </>
  );
}
