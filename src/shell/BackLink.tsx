import { afterSaveHref } from '../routes/afterSaveHref';
import { SHELL } from '../text/nl';
import './BackLink.css';

/**
 * "Terug" at the top of a step (GOV.UK back link): to the page that sent the user there
 * ("?terug=controleren", from a "Wijzigen" link), else to `to` (the task list, or a list of items).
 */
export function BackLink({ to }: { to: string }) {
  return (
    <a className="back-link" href={afterSaveHref(window.location.hash, to)}>
      {SHELL.backLink}
    </a>
  );
}
