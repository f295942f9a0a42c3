import { useMemo, useState } from 'react';
import type { ActivityDraft, PartnerDraft } from '../../../../schemas/draft';
import type { ExampleActivity } from '../../../../schemas/guidance';
import { activityFromExample } from '../../../domain/activityFromExample';
import { addActivity, removeActivity, restoreActivity, type RemovedActivity } from '../../../domain/activityList';
import { budgetTotals } from '../../../domain/budget';
import { newId } from '../../../domain/newId';
import { STEP_IDS } from '../../../domain/steps';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { navigate } from '../../../shell/useHashRoute';
import { ErrorSummary, isRouteHref } from '../../../components/ErrorSummary';
import { SummaryCardList } from '../../../components/SummaryCard';
import { UndoNotice } from '../../../components/UndoNotice';
import { ACTIVITIES } from '../../../text/activities';
import { STEP_TITLES } from '../../../text/nl';
import { useDraft, useDraftStore } from '../../../shell/DraftContext';
import { markVisited } from '../../../shell/draftStore';
import { PageHeading } from '../../../shell/PageHeading';
import { BackLink } from '../../../shell/BackLink';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { useIssuesWithAdvice } from '../../../shell/useIssuesWithAdvice';
import { ActivityCard } from './ActivityCard';
import { activityTitle } from './activityTitle';
import { ADD_ACTIVITY_ID, activityIssueLinks } from './activityIssueLinks';
import { ExampleActivities } from './ExampleActivities';
import { nextStepHref, StepNavigation } from '../../StepNavigation';

const NO_ACTIVITIES: readonly ActivityDraft[] = [];
const NO_PARTNERS: readonly PartnerDraft[] = [];
/** Checks across steps that belong to another step but are fixed on this list, by adding an activity. */
const FIXED_HERE = ['mechanism-without-activity'];

type Notice = { n: number } & ({ kind: 'removed'; removed: RemovedActivity } | { kind: 'restored'; title: string });

/**
 * "#/activiteiten": the activities as a summary list with Wijzigen / Verwijderen (GOV.UK "add to a
 * list"), adding one (empty or from an example), and the step's errors after "Opslaan en verder".
 * Typing happens on the page of one activity, so a keystroke never re-renders this list.
 */
export function ActivityList() {
  const store = useDraftStore();
  const activities = useDraft((d) => d.answers.activities) ?? NO_ACTIVITIES;
  const chosenMechanisms = useDraft((d) => d.answers.mechanisms?.chosen);
  const partners = useDraft((d) => d.answers.partners) ?? NO_PARTNERS;
  const issues = useIssuesWithAdvice();
  const stepIssues = useMemo(() => issues.filter((i) => i.step === 'activities' || FIXED_HERE.includes(i.rule)), [issues]);
  const errors = stepIssues.filter((i) => i.severity === 'error');
  const warnings = stepIssues.filter((i) => i.severity === 'warning');
  const totals = useMemo(() => budgetTotals({ activities: [...activities] }), [activities]);

  const [submitted, setSubmitted] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  // After a submit the summary follows the answers (e.g. an undo), but takes focus only on submit.
  const summary = submitted ? activityIssueLinks(errors, activities) : [];
  useDocumentTitle(STEP_TITLES.activities, summary.length > 0);

  const index = STEP_IDS.indexOf('activities');
  const chosenIds = useMemo(() => (chosenMechanisms ?? []).map((c) => c.mechanismId), [chosenMechanisms]);
  const usedExampleIds = useMemo(() => activities.flatMap((a) => (a.fromExampleId ? [a.fromExampleId] : [])), [activities]);

  const open = (activity: ActivityDraft) => {
    store.update((d) => ({ ...d, answers: addActivity(d.answers, activity) }));
    navigate(href.step('activities', { sub: activity.id }));
  };
  const onAdd = () => open({ id: newId() });
  const onUseExample = (example: ExampleActivity) => open(activityFromExample(example, newId(), store.getSnapshot().answers.partners));
  const onRemove = (id: string) => {
    const { answers, removed } = removeActivity(store.getSnapshot().answers, id);
    if (!removed) return;
    store.update((d) => ({ ...d, answers }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'removed', removed }));
  };
  const onUndo = (removed: RemovedActivity) => {
    store.update((d) => ({ ...d, answers: restoreActivity(d.answers, removed) }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'restored', title: activityTitle(removed.activity) }));
  };
  const onContinue = () => {
    store.update((d) => markVisited(d, 'activities'));
    if (errors.length === 0) {
      navigate(afterSaveHref(window.location.hash, nextStepHref('activities')));
      return;
    }
    setSubmitted(true);
    setFocusKey((k) => k + 1);
  };

  return (
    <>
      <BackLink to={href.start()} />
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={`Stap ${index + 1} van ${STEP_IDS.length}`}>{STEP_TITLES.activities}</PageHeading>
      <p className="lead">{ACTIVITIES.intro}</p>

      {chosenIds.length === 0 && (
        <div className="notice notice--warning">
          <h2 className="notice__title">{ACTIVITIES.noMechanismsTitle}</h2>
          <p>
            {ACTIVITIES.noMechanismsBefore}
            <a href={href.step('mechanisms')}>{ACTIVITIES.noMechanismsLink}</a>
            {ACTIVITIES.noMechanismsAfter}
          </p>
        </div>
      )}

      {notice &&
        (notice.kind === 'removed' ? (
          <UndoNotice
            key={notice.n}
            message={ACTIVITIES.removed(activityTitle(notice.removed.activity))}
            undoContext={ACTIVITIES.undoContext(activityTitle(notice.removed.activity))}
            onUndo={() => onUndo(notice.removed)}
          />
        ) : (
          <UndoNotice key={notice.n} message={ACTIVITIES.restored(notice.title)} />
        ))}

      <h2 className="section-heading">
        {ACTIVITIES.listHeading} <span className="summary-card-list__count">({ACTIVITIES.count(activities.length)})</span>
      </h2>
      {activities.length === 0 ? (
        <p>{ACTIVITIES.empty}</p>
      ) : (
        <SummaryCardList>
          {activities.map((activity, i) => (
            <li key={activity.id}>
              <ActivityCard
                activity={activity}
                index={i}
                totalCents={totals.byActivity[activity.id] ?? 0}
                complete={!errors.some((e) => e.path[0] === 'activities' && e.path[1] === i)}
                partners={partners}
                onRemove={onRemove}
              />
            </li>
          ))}
        </SummaryCardList>
      )}
      <p>
        <button type="button" id={ADD_ACTIVITY_ID} className="button button--secondary" onClick={onAdd}>
          {ACTIVITIES.add}
        </button>
      </p>

      {warnings.length > 0 && (
        <div className="notice notice--warning">
          <h2 className="notice__title">{ACTIVITIES.warningsTitle}</h2>
          <p>{ACTIVITIES.warningsIntro}</p>
          <ul>
            {activityIssueLinks(warnings, activities).map((w, i) => (
              <li key={i}>{isRouteHref(w.target) ? <a href={w.target}>{w.message}</a> : w.message}</li>
            ))}
          </ul>
        </div>
      )}

      <ExampleActivities chosenMechanismIds={chosenIds} usedExampleIds={usedExampleIds} onUse={onUseExample} />

      <StepNavigation step="activities" onContinue={onContinue} />
    </>
  );
}
