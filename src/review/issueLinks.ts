import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { Issue } from '../domain/issues';
import { STEP_IDS, type StepId } from '../domain/steps';
import { href } from '../routes/hashRoute';
import { ACTIVITIES } from '../text/activities';
import { MECHANISMS } from '../text/mechanisms';
import { STEP_TITLES } from '../text/nl';
import { PARTNERS } from '../text/partners';
import { TARGET_GROUPS } from '../text/targetGroups';

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
 * gets its context in front ("Groep a", "Activiteit 2 ‘Proefstage’"), as it does on the step.
 */
export function issueLinks(issues: readonly Issue[], answers: Answers, scheme: Scheme): StepIssueLinks[] {
  const link = (issue: Issue): IssueLink => {
    const { href, context } = target(issue, answers, scheme);
    const isField = issue.rule.startsWith('field:');
    return { message: isField && context ? `${context}: ${issue.message}` : issue.message, href };
  };
  return STEP_IDS.map((step) => ({ step, title: STEP_TITLES[step], links: issues.filter((i) => i.step === step).map(link) })).filter(
    (s) => s.links.length > 0,
  );
}

function target(issue: Issue, answers: Answers, scheme: Scheme): { href: string; context?: string } {
  const path = issue.path;
  const stepHref = href.step(issue.step, { returnTo: 'review' });
  // A list as a whole ("add at least one") has no field to focus, only an "add" button: open the step.
  if (path.length <= 1 && (path[0] === 'activities' || path[0] === 'partners' || path.length === 0)) return { href: stepHref };

  if (path[0] === 'activities' && typeof path[1] === 'number') {
    const activity = answers.activities?.[path[1]];
    if (!activity) return { href: href.step('activities', { returnTo: 'review' }) };
    const rest = path.slice(2);
    const context = [ACTIVITIES.issueLabel(path[1], activity.title)];
    if (rest[0] === 'costLines' && typeof rest[1] === 'number') context.push(ACTIVITIES.costLineLabel(rest[1]));
    return {
      href: href.step('activities', { sub: activity.id, field: rest.length > 0 ? rest.join('.') : undefined, returnTo: 'review' }),
      context: context.join(', '),
    };
  }

  if (path[0] === 'partners' && typeof path[1] === 'number') {
    const partner = answers.partners?.[path[1]];
    if (!partner) return { href: href.step('partners', { returnTo: 'review' }) };
    const rest = path.slice(2);
    return {
      href: href.step('partners', { sub: partner.id, field: rest.length > 0 ? rest.join('.') : undefined, returnTo: 'review' }),
      context: PARTNERS.issueLabel(path[1], partner.name),
    };
  }

  const fieldHref = href.step(issue.step, { field: path.join('.'), returnTo: 'review' });
  if (issue.step === 'targetGroups') {
    const group = scheme.targetGroups.find((g) => g.id === path[0]);
    return { href: fieldHref, context: group && TARGET_GROUPS.groupShort(group.id) };
  }
  if (path[0] === 'chosen' && typeof path[1] === 'number') {
    const mechanism = scheme.mechanisms.find((m) => m.id === answers.mechanisms?.chosen?.[path[1] as number]?.mechanismId);
    return { href: fieldHref, context: mechanism && MECHANISMS.summaryLabel(mechanism.number, mechanism.name) };
  }
  return { href: fieldHref };
}
