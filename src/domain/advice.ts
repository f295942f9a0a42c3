import type { ActivityDraft, Answers } from '../../schemas/draft';
import type { Guidance } from '../../schemas/guidance';
import { activityLabel } from '../text/activityLabel';
import { memoPerFrozen } from './frozen';
import type { Issue } from './issues';

/**
 * Advice from the evidence (warnings only, never blocking): an activity that mentions what the
 * factsheet advises against under its mechanism, or an example activity left exactly as it was.
 * Apart from the checks in coherence.ts because it reads the scheme's guidance texts, which load
 * with the steps and the export, not with the first page (task statuses need errors only).
 */
export function adviceIssues(answers: Answers, guidance: Guidance): Issue[] {
  return (answers.activities ?? []).flatMap((activity, index) => activityAdvice(activity, index, guidance));
}

/** Per activity, kept while the (frozen) activity stays the same: its text is read lower-cased in full. */
const activityAdvice = memoPerFrozen((value: object, index: number, guidance: Guidance): Issue[] => {
  const activity = value as ActivityDraft;
  const issues: Issue[] = [];
  const path = ['activities', index, 'description'] as const;
  const words = `${activity.title ?? ''} ${activity.description ?? ''}`.toLowerCase();
  for (const warning of guidance.evidenceWarnings) {
    if (activity.mechanismIds?.includes(warning.mechanismId) && warning.matchAny.some((w) => words.includes(w))) {
      issues.push({
        severity: 'warning',
        step: 'activities',
        path,
        rule: `evidence:${warning.id}`,
        message: `${activityLabel(activity, index)}: ${warning.message}`,
      });
    }
  }
  const example = guidance.exampleActivities.find((e) => e.id === activity.fromExampleId);
  if (example && example.title === activity.title?.trim() && example.description === activity.description?.trim()) {
    issues.push({
      severity: 'warning',
      step: 'activities',
      path,
      rule: 'example-unchanged',
      message: `${activityLabel(activity, index)} is nog precies het voorbeeld. Maak het concreet voor uw school: wie, waar, hoe vaak.`,
    });
  }
  return issues;
});
