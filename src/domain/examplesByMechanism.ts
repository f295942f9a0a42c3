import type { Mechanism, Scheme } from '../../schemas/scheme';
import type { ExampleActivity, Guidance } from '../../schemas/guidance';

export interface ExampleGroup {
  mechanism: Mechanism;
  examples: ExampleActivity[];
}

/**
 * The scheme's example activities, each under one mechanism: the first of its mechanisms the user
 * chose, otherwise its first. Groups of chosen mechanisms come first; empty groups are left out.
 */
export function examplesByMechanism(scheme: Scheme, guidance: Guidance, chosenMechanismIds: readonly string[]): ExampleGroup[] {
  const groups = new Map<string, ExampleActivity[]>();
  for (const example of guidance.exampleActivities) {
    const home = example.mechanismIds.find((m) => chosenMechanismIds.includes(m)) ?? example.mechanismIds[0];
    if (home === undefined) continue;
    groups.set(home, [...(groups.get(home) ?? []), example]);
  }
  const chosenFirst = [
    ...scheme.mechanisms.filter((m) => chosenMechanismIds.includes(m.id)),
    ...scheme.mechanisms.filter((m) => !chosenMechanismIds.includes(m.id)),
  ];
  return chosenFirst.flatMap((mechanism) => {
    const examples = groups.get(mechanism.id);
    return examples ? [{ mechanism, examples }] : [];
  });
}
