import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { PLACES } from '../text/places';
import type { Issue } from './issues';

/**
 * The part of the application a field's issue is about, by its title: "Activiteit 3
 * ‘Sollicitatietraining’, kostenregel 2", "Mechanisme 4 ‘…’", "Partner 1 ‘UWV’", "Doelgroep b
 * (nazorg)", "Doel 2". Undefined for an issue of a step's own answers (its step already says where) and for
 * the checks across steps, whose messages name their place themselves.
 */
export function issuePlace(issue: Issue, answers: Answers, scheme: Scheme): string | undefined {
  if (!issue.rule.startsWith('field:')) return undefined;
  const [first, second, third, fourth] = issue.path;
  if (issue.step === 'targetGroups') {
    const group = scheme.targetGroups.find((g) => g.id === first);
    return group && PLACES.group(group.id, group.shortName);
  }
  if (typeof second !== 'number') return undefined;
  if (first === 'activities') {
    const activity = answers.activities?.[second];
    const place = PLACES.activity(second, activity?.title);
    return third === 'costLines' && typeof fourth === 'number' ? `${place}, ${PLACES.costLine(fourth)}` : place;
  }
  if (issue.step === 'background') return first === 'figures' ? PLACES.figure(second) : first === 'goals' ? PLACES.goal(second) : undefined;
  if (first === 'partners') return PLACES.partner(second, answers.partners?.[second]?.name);
  if (first === 'chosen') {
    const mechanism = scheme.mechanisms.find((m) => m.id === answers.mechanisms?.chosen?.[second]?.mechanismId);
    return mechanism && PLACES.mechanism(mechanism.number, mechanism.name);
  }
  return undefined;
}

/** An issue's message with its place in front, where it has one. */
export function placedMessage(issue: Issue, answers: Answers, scheme: Scheme): string {
  const place = issuePlace(issue, answers, scheme);
  return place ? PLACES.placed(place, issue.message) : issue.message;
}
