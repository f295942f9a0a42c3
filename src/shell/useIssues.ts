import { useMemo } from 'react';
import type { Issue } from '../domain/issues';
import { validateDraft } from '../domain/validateDraft';
import { useDraft, useScheme } from './DraftContext';

/** Every issue of the open draft, recomputed only when the answers change. */
export function useIssues(): Issue[] {
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  return useMemo(() => validateDraft(answers, scheme), [answers, scheme]);
}
