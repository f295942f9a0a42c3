import { Frame } from './Frame';
import { StartIntro } from './StartIntro';
import { StartTasks } from './StartTasks';
import '../shell/DraftStatusBar.css';

/**
 * The start page's first paint, before the draft is restored and checked: the frame, the heading
 * and the task lists, their statuses left empty (each keeps its place), so the page can be read and
 * its links used at once. The app then draws the same page with the statuses of the draft
 * (boot.tsx). Needs neither the draft code nor zod. No statuses from an earlier visit: they could
 * be old (another tab, an opened file), and the page must never show old ones as current.
 */
export function StartPreview() {
  return (
    <Frame statusBar={<StatusBarPlaceholder />}>
      <StartIntro />
      <StartTasks steps={undefined} extra={undefined} />
    </Frame>
  );
}

/** Holds the status bar's place until the app knows what to say in it. */
function StatusBarPlaceholder() {
  return (
    <div className="status-bar">
      <div className="status-bar__inner">
        <p className="status-bar__text">{'\u00a0'}</p>
      </div>
    </div>
  );
}
