import { useMemo } from 'react';
import type { Issue } from '../domain/issues';
import { validateDraftWithAdvice } from '../domain/validateDraft';
import { useDraft, useScheme } from './DraftContext';
import { useGuidance } from './useGuidance';

/** Every issue of the open draft plus the advice from the evidence; for lazily loaded pages that show warnings. */
export function useIssuesWithAdvice(): Issue[] {
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  const guidance = useGuidance();
  return useMemo(() => validateDraftWithAdvice(answers, scheme, guidance), [answers, scheme, guidance]);
}
