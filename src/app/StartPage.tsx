import { STEP_IDS, type StepId } from '../domain/steps';
import { stepStatus, type StepStatus } from '../domain/stepStatus';
import { START } from '../text/nl';
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

export function StartPage() {
  useDocumentTitle(START.title);
  const answers = useDraft((d) => d.answers);
  const progress = useDraft((d) => d.progress);
  const issues = useIssues();
  const extra = useReviewTasks();
  // Opening happens at the bottom (DraftPanel); what it did is said at the top, where focus goes.
  const opener = useOpenDraft();
  const steps = Object.fromEntries(STEP_IDS.map((step) => [step, stepStatus(step, answers, progress, issues)])) as Record<StepId, StepStatus>;
  return (
    <>
      {/* What opening did, above the heading (a notification banner), where the focus goes. */}
      <OpenedNotice outcome={opener.outcome} onChange={opener.setOutcome} />
      <StartIntro notice={<FromDiskNotice />} />
      <StartTasks steps={steps} extra={extra} />
      <h2 className="section-heading">{START.exportHeading}</h2>
      <p>{START.exportIntro}</p>
      <ExportButton />
      <p>
        <a href={href.page('preview')}>{PREVIEW.startLink}</a>
      </p>
      <p>
        <a href={href.page('reviewMode')}>{REVIEW_MODE_START_LINK}</a>
      </p>
      <DraftPanel opener={opener} />
    </>
  );
}
