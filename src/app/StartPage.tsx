import { STEP_IDS, stepHasAnswers, type StepId } from '../domain/steps';
import { stepStatus, type StepStatus } from '../domain/stepStatus';
import { REPORT_START, START } from '../text/nl';
import { euroText, longDateText } from '../../schemas/fields/display';
import { useDraft } from '../shell/DraftContext';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useIssues } from '../shell/useIssues';
import { href } from '../routes/hashRoute';
import { DraftPanel } from '../drafts/DraftPanel';
import { ExportButton } from '../shell/ExportButton';
import { PREVIEW } from '../text/export';
import { useReviewTasks } from '../review/useReviewTasks';
import { REVIEW_MODE_START_LINK } from '../text/reviewModeLink';
import { OpenedNotice } from '../drafts/OpenedNotice';
import { FromDiskNotice } from '../drafts/FromDiskNotice';
import { useOpenDraft } from '../drafts/useOpenDraft';
import { StartIntro } from './StartIntro';
import { StartTasks } from './StartTasks';
import { useState } from 'react';
import { RoundChoice } from '../drafts/RoundChoice';
import { ActionNotice, type ActionNoticeState } from '../components/ActionNotice';
import { useDraftSession } from '../shell/DraftSessionContext';
import { useScheme } from '../shell/DraftContext';
import { dutchToday, isClosed, roundStatus } from '../domain/roundStatus';
import { findScheme } from '../../templates/schemes';
import { ROUNDS } from '../text/rounds';
import { LIBRARY_PAGE } from '../text/library';

export function StartPage() {
  useDocumentTitle(START.title);
  const answers = useDraft((d) => d.answers);
  const progress = useDraft((d) => d.progress);
  const issues = useIssues();
  const extra = useReviewTasks();
  const scheme = useScheme();
  const session = useDraftSession();
  // Nothing typed and no name (as the session decides what to keep).
  const blank = useDraft((d) => !STEP_IDS.some((step) => stepHasAnswers(d.answers, step)) && !d.title?.trim());
  const [roundNotice, setRoundNotice] = useState<ActionNoticeState | undefined>();
  const status = roundStatus(scheme, dutchToday());
  // A blank draft takes the round chosen (nothing to keep); otherwise the choice starts a new draft beside it.
  const startIn = async (schemeId: string) => {
    if (!session) return;
    const result = await session.createNew(schemeId);
    const name = findScheme(schemeId)?.name ?? schemeId;
    setRoundNotice(result.ok ? { kind: 'done', text: blank ? ROUNDS.roundChosen(name) : LIBRARY_PAGE.createdFor(name) } : { kind: 'error', text: result.message });
  };
  // Opening happens at the bottom (DraftPanel); what it did is said at the top, where focus goes.
  const opener = useOpenDraft();
  const steps = Object.fromEntries(STEP_IDS.map((step) => [step, stepStatus(step, answers, progress, issues)])) as Record<StepId, StepStatus>;
  return (
    <>
      {/* What opening did, above the heading (a notification banner), where the focus goes. */}
      <OpenedNotice outcome={opener.outcome} onChange={opener.setOutcome} />
      <StartIntro notice={<FromDiskNotice />} />
      <StartTasks steps={steps} extra={extra} />
      {/* The round, below the tasks: the page above them is painted before the app and must not move. */}
      <section aria-labelledby="ronde">
        <h2 className="section-heading" id="ronde">
          {ROUNDS.sectionHeading}
        </h2>
        <ActionNotice notice={roundNotice} undoLabel={LIBRARY_PAGE.undo} onUndone={setRoundNotice} />
        <p>{ROUNDS.header(scheme.name, ROUNDS.status(status))}</p>
        {isClosed(status) && <p className="notice notice--warning">{ROUNDS.closedNotice}</p>}
        {blank && session && (
          <RoundChoice legend={ROUNDS.blankLegend} hint={ROUNDS.blankHint} action={ROUNDS.useRound} initial={scheme.id} onChoose={(id) => void startIn(id)} legendAsHeading={false} secondary />
        )}
      </section>
      <h2 className="section-heading">{START.exportHeading}</h2>
      <p>{START.exportIntro}</p>
      <ExportButton />
      <p>
        <a href={href.page('preview')}>{PREVIEW.startLink}</a>
      </p>
      <p>
        <a href={href.page('reviewMode')}>{REVIEW_MODE_START_LINK}</a>
      </p>
      <ReportStart />
      <DraftPanel opener={opener} />
      {!blank && session && (
        <section aria-labelledby="nieuw-concept">
          <h2 className="section-heading" id="nieuw-concept">
            {ROUNDS.newDraftHeading}
          </h2>
          <RoundChoice legend={ROUNDS.chooseLegend} hint={ROUNDS.chooseHint} action={LIBRARY_PAGE.create} initial={scheme.id} onChoose={(id) => void startIn(id)} legendAsHeading={false} secondary />
        </section>
      )}
    </>
  );
}

/** After the grant: the way to the activiteitenverslag, which is written from this plan. */
function ReportStart() {
  const grant = useDraft((d) => d.report?.grant);
  const date = longDateText(grant?.decisionDate);
  const amount = euroText(grant?.grantedAmount);
  return (
    <>
      <h2 className="section-heading">{REPORT_START.heading}</h2>
      {date && amount ? (
        <>
          <p>{REPORT_START.granted(date, amount)}</p>
          <p>
            <a href={href.report()}>{REPORT_START.reportLink}</a>
          </p>
        </>
      ) : (
        <>
          <p>{REPORT_START.notGranted}</p>
          <p>
            <a href={href.report('toekenning')}>{REPORT_START.grantLink}</a>
          </p>
        </>
      )}
    </>
  );
}
