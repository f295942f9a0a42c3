import { useMemo } from 'react';
import { coherenceMatrix } from '../domain/coherenceMatrix';
import { extraTaskStatus } from '../domain/extraTaskStatus';
import { errorsOf } from '../domain/issues';
import type { StepStatus } from '../domain/stepStatus';
import { COHERENCE, REVIEW } from '../text/review';
import { useDraft, useScheme } from '../shell/DraftContext';
import { useIssues } from '../shell/useIssues';

export interface ReviewTaskState {
  status: StepStatus;
  hint: string;
}

/** The tasks after the steps on the start page, Samenhang and Controleren (in that order): their status and hint. */
export function useReviewTasks(): ReviewTaskState[] {
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  const issues = useIssues();
  return useMemo(() => {
    const coherence = extraTaskStatus('coherence', answers, issues, scheme);
    const review = extraTaskStatus('review', answers, issues, scheme);
    const gaps = coherence === 'in-progress' ? coherenceMatrix(answers, scheme).gaps.length : 0;
    return [
      { status: coherence, hint: coherence === 'cannot-start' ? COHERENCE.taskHintLocked : gaps > 0 ? COHERENCE.taskGaps(gaps) : COHERENCE.taskHint },
      { status: review, hint: review === 'complete' ? REVIEW.taskHint : REVIEW.taskHintOpen(errorsOf(issues).length) },
    ];
  }, [answers, issues, scheme]);
}
