import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { Issue } from '../domain/issues';
import { STEP_IDS, type StepId } from '../domain/steps';
import { href } from '../routes/hashRoute';
import { placedMessage } from '../domain/issuePlace';
import { STEP_TITLES } from '../text/nl';

export interface IssueLink {
  message: string;
  href: string;
}

export interface StepIssueLinks {
  step: StepId;
  title: string;
  links: IssueLink[];
}

/**
 * Issues of the whole draft as links for Controleren, grouped per step in step order. A field's
 * issue goes to that field on its page (an activity's own page for an activity); an issue about a
 * step as a whole goes to the step. Every link returns to Controleren after saving. A field message
 * gets its place in front ("Doelgroep a (extra begeleiding)", "Activiteit 2 ‘Proefstage’"), as in
 * the command line and the Word document (domain/issuePlace.ts).
 */
export function issueLinks(issues: readonly Issue[], answers: Answers, scheme: Scheme): StepIssueLinks[] {
  const link = (issue: Issue): IssueLink => ({ message: placedMessage(issue, answers, scheme), href: target(issue, answers) });
  return STEP_IDS.map((step) => ({ step, title: STEP_TITLES[step], links: issues.filter((i) => i.step === step).map(link) })).filter(
    (s) => s.links.length > 0,
  );
}

function target(issue: Issue, answers: Answers): string {
  const path = issue.path;
  const stepHref = href.step(issue.step, { returnTo: 'review' });
  // A list as a whole ("add at least one") has no field to focus, only an "add" button: open the step.
  if (path.length <= 1 && (path[0] === 'activities' || path[0] === 'partners' || path.length === 0)) return stepHref;
  if (path[0] === 'activities' && typeof path[1] === 'number') {
    const activity = answers.activities?.[path[1]];
    if (!activity) return href.step('activities', { returnTo: 'review' });
    const rest = path.slice(2);
    return href.step('activities', { sub: activity.id, field: rest.length > 0 ? rest.join('.') : undefined, returnTo: 'review' });
  }

  if (path[0] === 'partners' && typeof path[1] === 'number') {
    const partner = answers.partners?.[path[1]];
    if (!partner) return href.step('partners', { returnTo: 'review' });
    const rest = path.slice(2);
    return href.step('partners', { sub: partner.id, field: rest.length > 0 ? rest.join('.') : undefined, returnTo: 'review' });
  }
  if (issue.step === 'mechanisms' && path[0] === 'chosen' && typeof path[1] === 'number') {
    // A chosen mechanism's answers are on its own page; an entry the round does not know is on the list.
    const id = answers.mechanisms?.chosen?.[path[1]]?.mechanismId;
    const rest = path.slice(2);
    if (id !== undefined && rest[0] !== 'mechanismId') return href.step('mechanisms', { sub: id, field: rest.length > 0 ? rest.join('.') : undefined, returnTo: 'review' });
  }
  return href.step(issue.step, { field: path.join('.'), returnTo: 'review' });
}
