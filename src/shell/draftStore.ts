import { DRAFT_FORMAT, DRAFT_VERSION, type Answers, type DraftFile } from '../../schemas/draft';
import { cleanAnswers } from '../domain/cleanAnswers';
import { withStepValues, type StepId } from '../domain/steps';
import { freezeNew } from '../domain/frozen';

export type Listener = () => void;

/**
 * The one owner of the open draft. A tiny external store (no React), so a keystroke in one field
 * only re-renders the components that read the part that changed (useSyncExternalStore + selector).
 */
export interface DraftStore {
  getSnapshot(): DraftFile;
  subscribe(listener: Listener): () => void;
  setStepValues(step: StepId, values: Record<string, unknown>): void;
  update(change: (draft: DraftFile) => DraftFile): void;
  replace(draft: DraftFile): void;
}

export function createEmptyDraft(schemeId: string, now: Date = new Date()): DraftFile {
  const at = now.toISOString();
  return { format: DRAFT_FORMAT, version: DRAFT_VERSION, schemeId, createdAt: at, updatedAt: at, answers: {}, progress: { visited: [] } };
}

export interface DraftStoreOptions {
  /** Applied to the answers after every change, e.g. dropping answers to hidden questions (of the draft's round). */
  normalize?: (answers: Answers, draft: DraftFile) => Answers;
  clock?: () => Date;
}

export function createDraftStore(initial: DraftFile, { normalize = (a) => a, clock = () => new Date() }: DraftStoreOptions = {}): DraftStore {
  /**
   * The one place answers are written: whatever a form holds (nulls of unanswered radio groups,
   * untouched fields, empty lists) is cleaned first, so the draft holds only what parseDraft reads back.
   */
  const write = (answers: Answers, of: DraftFile) => normalize(cleanAnswers(answers), of);
  const cleaned = (next: DraftFile): DraftFile => {
    const answers = cleanAnswers(next.answers);
    return answers === next.answers ? next : { ...next, answers };
  };
  // Frozen on the way in: a change replaces the objects on its path and shares the rest, whose JSON
  // text and fingerprint are kept (domain/frozen.ts). Freezing only visits the new objects.
  let draft = freezeNew(cleaned(initial));
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  const touch = (next: DraftFile): DraftFile => freezeNew({ ...next, updatedAt: clock().toISOString() });

  return {
    getSnapshot: () => draft,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStepValues(step, values) {
      draft = touch({ ...draft, answers: write(withStepValues(draft.answers, step, values), draft) });
      emit();
    },
    update(change) {
      const next = change(draft);
      draft = touch({ ...next, answers: write(next.answers, next) });
      emit();
    },
    replace(next) {
      draft = freezeNew(cleaned(next));
      emit();
    },
  };
}

/** Marks a step as looked at and remembers it as the place to return to. */
export function markVisited(draft: DraftFile, step: StepId): DraftFile {
  const visited = draft.progress?.visited ?? [];
  return { ...draft, progress: { ...draft.progress, lastStep: step, visited: visited.includes(step) ? visited : [...visited, step] } };
}
