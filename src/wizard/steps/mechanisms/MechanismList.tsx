import { useEffect, useMemo, useState } from 'react';
import type { MechanismChoiceDraft } from '../../../../schemas/draft';
import { chooseMechanism, removeMechanism, restoreMechanism, type RemovedMechanism } from '../../../domain/chosenMechanisms';
import type { Issue } from '../../../domain/issues';
import { STEP_IDS } from '../../../domain/steps';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { fieldId } from '../../../routes/fieldId';
import { href } from '../../../routes/hashRoute';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ErrorSummary';
import { FieldError } from '../../../components/FieldError';
import { SummaryCardList } from '../../../components/SummaryCard';
import { UndoNotice } from '../../../components/UndoNotice';
import { MECHANISMS } from '../../../text/mechanisms';
import { STEP_TITLES } from '../../../text/nl';
import { BackLink } from '../../../shell/BackLink';
import { useDraft, useDraftStore, useScheme } from '../../../shell/DraftContext';
import { markVisited } from '../../../shell/draftStore';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { useGuidance } from '../../../shell/useGuidance';
import { useIssuesWithAdvice } from '../../../shell/useIssuesWithAdvice';
import { navigate } from '../../../shell/useHashRoute';
import { CrossStepNotices } from '../../CrossStepNotices';
import { nextStepHref, StepNavigation } from '../../StepNavigation';
import { ChosenMechanismCard } from './ChosenMechanismCard';
import { MechanismOption } from './MechanismOption';
import '../../../components/field.css';
import './Mechanisms.css';

const NONE: readonly MechanismChoiceDraft[] = [];
/** DOM id of the mechanisms still to choose: the target of "Kies minstens één mechanisme" (its first button takes the focus). */
const CHOOSE_ID = fieldId('chosen');

type Notice = { n: number } & ({ kind: 'removed'; removed: RemovedMechanism; name: string } | { kind: 'restored'; name: string });

/**
 * "#/mechanismen": the chosen mechanisms as summary cards (their approaches and rationale on a page
 * of their own, as for activities and partners), then the others to choose from, each with what it
 * does and its evidence. Seven chosen stay a short page.
 */
export function MechanismList({ focusField }: { focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const guidance = useGuidance();
  const chosen = useDraft((d) => d.answers.mechanisms?.chosen) ?? NONE;
  const issues = useIssuesWithAdvice();
  // What the step's form would refuse: its fields' checks (a check across steps about the step as a whole only warns here).
  const errors = useMemo(
    () => issues.filter((i) => i.step === 'mechanisms' && i.severity === 'error' && (i.rule.startsWith('field:') || i.path.length > 0)),
    [issues],
  );
  const [submitted, setSubmitted] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const order = scheme.mechanisms.map((m) => m.id);
  const summary = submitted ? errors.map((issue) => summaryItem(issue, chosen)) : [];
  useDocumentTitle(STEP_TITLES.mechanisms, summary.length > 0);

  useEffect(() => {
    if (!focusField) return;
    const element = document.getElementById(focusField);
    (element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
  }, [focusField]);

  const nameOf = (mechanismId: string) => scheme.mechanisms.find((m) => m.id === mechanismId)?.name ?? mechanismId;
  const onChoose = (mechanismId: string) => {
    store.update((d) => ({ ...d, answers: chooseMechanism(d.answers, mechanismId, order) }));
    navigate(href.step('mechanisms', { sub: mechanismId }));
  };
  const onRemove = (mechanismId: string) => {
    const { answers, removed } = removeMechanism(store.getSnapshot().answers, mechanismId);
    if (!removed) return;
    store.update((d) => ({ ...d, answers }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'removed', removed, name: nameOf(mechanismId) }));
  };
  const onUndo = (removed: RemovedMechanism) => {
    store.update((d) => ({ ...d, answers: restoreMechanism(d.answers, removed) }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'restored', name: nameOf(removed.choice.mechanismId) }));
  };
  const onContinue = () => {
    store.update((d) => markVisited(d, 'mechanisms'));
    if (errors.length === 0) {
      navigate(afterSaveHref(window.location.hash, nextStepHref('mechanisms')));
      return;
    }
    setSubmitted(true);
    setFocusKey((k) => k + 1);
  };

  const chosenIds = chosen.map((c) => c.mechanismId);
  const options = scheme.mechanisms.filter((m) => !chosenIds.includes(m.id));
  const listError = submitted ? errors.find((i) => i.path.length <= 1)?.message : undefined;
  const index = STEP_IDS.indexOf('mechanisms');
  return (
    <>
      <BackLink to={href.start()} />
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={`Stap ${index + 1} van ${STEP_IDS.length}`} focusOnMount={!focusField}>
        {STEP_TITLES.mechanisms}
      </PageHeading>
      <p className="lead">{MECHANISMS.intro}</p>
      <HowTo open={chosen.length === 0} />
      <CrossStepNotices step="mechanisms" warningHeading={MECHANISMS.warningHeading} />

      {notice &&
        (notice.kind === 'removed' ? (
          <UndoNotice
            key={notice.n}
            message={MECHANISMS.removed(notice.name)}
            undoContext={MECHANISMS.undoContext(notice.name)}
            onUndo={() => onUndo(notice.removed)}
          />
        ) : (
          <UndoNotice key={notice.n} message={MECHANISMS.restored(notice.name)} />
        ))}

      {chosen.map((choice, i) =>
        order.includes(choice.mechanismId) ? null : (
          // An entry from a draft of another scheme round: it has no card here, so offer to remove it.
          <div className="notice notice--warning" key={`${choice.mechanismId}-${i}`} id={fieldId(`chosen.${i}.mechanismId`)}>
            <p>
              <strong>{MECHANISMS.unknownTitle}</strong>
            </p>
            <p>{MECHANISMS.unknownBody(choice.mechanismId)}</p>
            <button type="button" className="button button--secondary" onClick={() => onRemove(choice.mechanismId)}>
              {MECHANISMS.unknownRemove(choice.mechanismId)}
            </button>
          </div>
        ),
      )}

      <h2 className="section-heading">
        {MECHANISMS.chosenHeading} <span className="summary-card-list__count">({MECHANISMS.count(chosen.filter((c) => order.includes(c.mechanismId)).length)})</span>
      </h2>
      {chosen.length === 0 ? (
        <p>{MECHANISMS.noneChosen}</p>
      ) : (
        <SummaryCardList>
          {scheme.mechanisms.map((mechanism) => {
            const at = chosenIds.indexOf(mechanism.id);
            const choice = chosen[at];
            if (!choice) return null;
            return (
              <li key={mechanism.id}>
                <ChosenMechanismCard
                  mechanism={mechanism}
                  choice={choice}
                  complete={!errors.some((e) => e.path[0] === 'chosen' && e.path[1] === at)}
                  onRemove={onRemove}
                />
              </li>
            );
          })}
        </SummaryCardList>
      )}

      <h2 className="section-heading">{MECHANISMS.optionsHeading(chosen.length > 0)}</h2>
      {options.length === 0 ? (
        <p>{MECHANISMS.allChosen}</p>
      ) : (
        <div className={`field${listError ? ' field--invalid' : ''}`}>
          <FieldError id={`${CHOOSE_ID}-error`} message={listError} />
          <ul className="mechanism-options" id={CHOOSE_ID}>
            {options.map((mechanism) => (
              <MechanismOption
                key={mechanism.id}
                mechanism={mechanism}
                guidance={guidance}
                onChoose={onChoose}
                errorId={listError ? `${CHOOSE_ID}-error` : undefined}
              />
            ))}
          </ul>
        </div>
      )}

      <StepNavigation step="mechanisms" onContinue={onContinue} />
    </>
  );

  /** An error as a link: inside a chosen mechanism to that field on its page, about the list to the mechanisms to choose. */
  function summaryItem(issue: Issue, list: readonly MechanismChoiceDraft[]): ErrorSummaryItem {
    const [name, at, ...rest] = issue.path;
    const choice = name === 'chosen' && typeof at === 'number' ? list[at] : undefined;
    if (!choice || typeof at !== 'number') return { message: issue.message, target: CHOOSE_ID };
    const mechanism = scheme.mechanisms.find((m) => m.id === choice.mechanismId);
    if (!mechanism) return { message: issue.message, target: fieldId(`chosen.${at}.mechanismId`) };
    const message = issue.rule.startsWith('field:') ? `${MECHANISMS.summaryLabel(mechanism.number, mechanism.name)}: ${issue.message}` : issue.message;
    return { message, target: href.step('mechanisms', { sub: mechanism.id, field: rest.length > 0 ? rest.join('.') : undefined }) };
  }
}

/** "Zo werkt deze stap": in view until a mechanism is chosen, then folded away (the cards show the way). */
function HowTo({ open }: { open: boolean }) {
  const steps = (
    <>
      <ol>
        {MECHANISMS.howToSteps.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      <p>{MECHANISMS.activityNote}</p>
    </>
  );
  return open ? (
    <div className="notice mechanisms__how-to">
      <h2 className="notice__title">{MECHANISMS.howTo}</h2>
      {steps}
    </div>
  ) : (
    <details className="guidance mechanisms__how-to">
      <summary>{MECHANISMS.howTo}</summary>
      <div>{steps}</div>
    </details>
  );
}
