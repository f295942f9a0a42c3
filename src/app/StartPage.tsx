import { STEP_IDS } from '../domain/steps';
import { stepStatus } from '../domain/stepStatus';
import { TaskList, type Task } from '../components/TaskList';
import { START, STEP_TITLES } from '../text/nl';
import { useDraft } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useIssues } from '../shell/useIssues';
import { href } from '../routes/hashRoute';
import { DraftPanel } from '../drafts/DraftPanel';
import { ExportButton } from '../shell/ExportButton';
import { PREVIEW } from '../text/export';
import { ReviewTasks } from '../review/ReviewTasks';
import { SCHEME_INFO_LINK } from '../text/schemeInfoLink';
import { REVIEW_MODE_START_LINK } from '../text/reviewModeLink';
import { OpenedNotice } from '../drafts/OpenedNotice';
import { FromDiskNotice } from '../drafts/FromDiskNotice';
import { useOpenDraft } from '../drafts/useOpenDraft';

export function StartPage() {
  useDocumentTitle(START.title);
  const answers = useDraft((d) => d.answers);
  const progress = useDraft((d) => d.progress);
  const issues = useIssues();
  // Opening happens at the bottom (DraftPanel); what it did is said at the top, where focus goes.
  const opener = useOpenDraft();
  const tasks: Task[] = STEP_IDS.map((step) => ({
    id: step,
    title: STEP_TITLES[step],
    href: href.step(step),
    status: stepStatus(step, answers, progress, issues),
  }));
  const done = tasks.filter((t) => t.status === 'complete').length;
  return (
    <>
      {/* What opening did, above the heading (a notification banner), where the focus goes. */}
      <OpenedNotice outcome={opener.outcome} onChange={opener.setOutcome} />
      <PageHeading>{START.title}</PageHeading>
      <p className="lead">{START.intro}</p>
      <FromDiskNotice />
      <p>
        <a href={href.page('schemeInfo')}>{SCHEME_INFO_LINK}</a>
      </p>
      <h2 className="section-heading">{START.tasksHeading}</h2>
      <p>{START.progress(done, tasks.length)}</p>
      <TaskList tasks={tasks} />
      <ReviewTasks />
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
