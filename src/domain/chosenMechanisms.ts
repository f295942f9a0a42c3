import type { Answers, MechanismChoiceDraft } from '../../schemas/draft';
import { chosenInsertIndex } from './chosenInsertIndex';

/** A chosen mechanism taken off Mechanismen, with where it stood, so "Ongedaan maken" puts it back with its answers. */
export interface RemovedMechanism {
  choice: MechanismChoiceDraft;
  index: number;
}

const chosenOf = (answers: Answers): readonly MechanismChoiceDraft[] => answers.mechanisms?.chosen ?? [];
const withChosen = (answers: Answers, chosen: MechanismChoiceDraft[]): Answers => ({ ...answers, mechanisms: { ...answers.mechanisms, chosen } });

/**
 * Chooses a mechanism with no approaches and no rationale yet, in the scheme's order (mechanism 1
 * before 2, whatever order the user chooses them in). The same answers when it is already chosen.
 */
export function chooseMechanism(answers: Answers, mechanismId: string, schemeOrder: readonly string[]): Answers {
  const chosen = chosenOf(answers);
  const ids = chosen.map((c) => c.mechanismId);
  if (ids.includes(mechanismId)) return answers;
  return withChosen(answers, chosen.toSpliced(chosenInsertIndex(ids, mechanismId, schemeOrder), 0, { mechanismId, approachIds: [], rationale: '' }));
}

/** Takes a mechanism off the chosen ones, whole: choosing it again starts empty. */
export function removeMechanism(answers: Answers, mechanismId: string): { answers: Answers; removed?: RemovedMechanism } {
  const chosen = chosenOf(answers);
  const index = chosen.findIndex((c) => c.mechanismId === mechanismId);
  const choice = chosen[index];
  if (!choice) return { answers };
  return { answers: withChosen(answers, chosen.toSpliced(index, 1)), removed: { choice, index } };
}

/** "Ongedaan maken": the mechanism back in its place with its answers (unless it was chosen again meanwhile). */
export function restoreMechanism(answers: Answers, { choice, index }: RemovedMechanism): Answers {
  const chosen = chosenOf(answers);
  if (chosen.some((c) => c.mechanismId === choice.mechanismId)) return answers;
  return withChosen(answers, chosen.toSpliced(Math.min(index, chosen.length), 0, choice));
}

/**
 * Writes one chosen mechanism's answers back (its own page). One that is no longer chosen (another
 * tab took it off) is added again rather than dropped: what the user typed is never lost.
 */
export function replaceMechanism(answers: Answers, choice: MechanismChoiceDraft): Answers {
  const chosen = chosenOf(answers);
  const index = chosen.findIndex((c) => c.mechanismId === choice.mechanismId);
  return withChosen(answers, index === -1 ? [...chosen, choice] : chosen.with(index, choice));
}
