import { useMemo, useState } from 'react';
import type { PartnerDraft } from '../../../../schemas/draft';
import { addItem } from '../../../domain/itemList';
import { newId } from '../../../domain/newId';
import { activitiesLinkedToPartner, removePartner, restorePartner, type RemovedPartner } from '../../../domain/partnerLinks';
import { STEP_IDS } from '../../../domain/steps';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PracticeExample } from '../../../components/PracticeExample';
import { SummaryCardList } from '../../../components/SummaryCard';
import { UndoNotice } from '../../../components/UndoNotice';
import { PARTNERS } from '../../../text/partners';
import { STEP_TITLES } from '../../../text/nl';
import { useDraft, useDraftStore, useScheme } from '../../../shell/DraftContext';
import { markVisited } from '../../../shell/draftStore';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { useGuidance } from '../../../shell/useGuidance';
import { useIssuesWithAdvice } from '../../../shell/useIssuesWithAdvice';
import { navigate } from '../../../shell/useHashRoute';
import { CrossStepNotices } from '../../CrossStepNotices';
import { itemIssueLinks } from '../../itemIssueLinks';
import { nextStepHref, StepNavigation } from '../../StepNavigation';
import { BackLink } from '../../../shell/BackLink';
import { PartnerCard } from './PartnerCard';
import { partnerName } from './partnerName';
import './PartnerList.css';

const NO_PARTNERS: readonly PartnerDraft[] = [];
/** DOM id of the "Partner toevoegen" button: the target of errors about the list as a whole. */
export const ADD_PARTNER_ID = 'partner-toevoegen';

type Notice = { n: number } & ({ kind: 'removed'; removed: RemovedPartner } | { kind: 'restored'; name: string });

/**
 * "#/samenwerking": the partners as summary cards with Wijzigen / Verwijderen, "Partner toevoegen"
 * (a page per partner, as for activities), guidance on which partners fit, and the step's errors
 * after "Opslaan en verder".
 */
export function PartnerList() {
  const store = useDraftStore();
  const scheme = useScheme();
  const partners = useDraft((d) => d.answers.partners) ?? NO_PARTNERS;
  const activities = useDraft((d) => d.answers.activities);
  const issues = useIssuesWithAdvice();
  const errors = useMemo(() => issues.filter((i) => i.step === 'partners' && i.severity === 'error'), [issues]);
  const [submitted, setSubmitted] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const summary = submitted
    ? itemIssueLinks('partners', errors, partners, ADD_PARTNER_ID, (index) => PARTNERS.issueLabel(index, partners[index]?.name))
    : [];
  useDocumentTitle(STEP_TITLES.partners, summary.length > 0);

  const named = scheme.partnerTypes.filter((t) => t.namedInRegulation).map((t) => t.label);
  const others = scheme.partnerTypes.filter((t) => !t.namedInRegulation && !PARTNERS.introLeavesOut.includes(t.id)).map((t) => t.label);
  const examples = useGuidance().practiceExamples.filter((e) => PARTNERS.practiceExampleIds.includes(e.id));
  const index = STEP_IDS.indexOf('partners');

  const onAdd = () => {
    const id = newId();
    store.update((d) => ({ ...d, answers: addItem(d.answers, 'partners', { id }) }));
    navigate(href.step('partners', { sub: id }));
  };
  const onRemove = (id: string) => {
    const { answers: next, removed } = removePartner(store.getSnapshot().answers, id);
    if (!removed) return;
    store.update((d) => ({ ...d, answers: next }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'removed', removed }));
  };
  const onUndo = (removed: RemovedPartner) => {
    store.update((d) => ({ ...d, answers: restorePartner(d.answers, removed) }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, kind: 'restored', name: partnerName(removed.partner) }));
  };
  const onContinue = () => {
    store.update((d) => markVisited(d, 'partners'));
    if (errors.length === 0) {
      navigate(afterSaveHref(window.location.hash, nextStepHref('partners')));
      return;
    }
    setSubmitted(true);
    setFocusKey((k) => k + 1);
  };

  return (
    <>
      <BackLink to={href.start()} />
      <ErrorSummary items={summary} focusKey={focusKey} />
      <PageHeading caption={`Stap ${index + 1} van ${STEP_IDS.length}`}>{STEP_TITLES.partners}</PageHeading>
      <p className="lead">{PARTNERS.intro(named, others)}</p>
      <details className="guidance">
        <summary>{PARTNERS.typesGuidance}</summary>
        <div>
          <dl className="partner-types">
            {scheme.partnerTypes.map((type) => (
              <div key={type.id}>
                <dt>
                  {type.label}
                  {type.namedInRegulation && <span className="tag tag--named">{PARTNERS.namedInRegulation}</span>}
                </dt>
                <dd>{type.hint}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
      {examples.map((example) => (
        <PracticeExample key={example.id} example={example} title={PARTNERS.practiceGuidance(example.name)} />
      ))}
      <CrossStepNotices step="partners" warningHeading={PARTNERS.warningHeading} />

      {notice &&
        (notice.kind === 'removed' ? (
          <UndoNotice
            key={notice.n}
            message={[PARTNERS.removed(partnerName(notice.removed.partner)), notice.removed.linkedActivityIds.length > 0 ? PARTNERS.removedLinks(notice.removed.linkedActivityIds.length) : '']
              .filter(Boolean)
              .join(' ')}
            undoContext={PARTNERS.undoContext(partnerName(notice.removed.partner))}
            onUndo={() => onUndo(notice.removed)}
          />
        ) : (
          <UndoNotice key={notice.n} message={PARTNERS.restored(notice.name)} />
        ))}

      <h2 className="section-heading">
        {PARTNERS.listHeading} <span className="summary-card-list__count">({PARTNERS.count(partners.length)})</span>
      </h2>
      {partners.length === 0 ? (
        <p>{PARTNERS.empty}</p>
      ) : (
        <SummaryCardList>
          {partners.map((partner, i) => (
            <li key={partner.id}>
              <PartnerCard
                partner={partner}
                index={i}
                complete={!errors.some((e) => e.path[0] === 'partners' && e.path[1] === i)}
                activityCount={activitiesLinkedToPartner({ activities }, partner.id).length}
                onRemove={onRemove}
              />
            </li>
          ))}
        </SummaryCardList>
      )}
      <p>
        <button type="button" id={ADD_PARTNER_ID} className="button button--secondary" onClick={onAdd}>
          {PARTNERS.add}
        </button>
      </p>

      <StepNavigation step="partners" onContinue={onContinue} />
    </>
  );
}
