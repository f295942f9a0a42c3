import type { Fact } from '../../schemas/scheme';

/** What the app says for a scheme fact it does not know: it never invents one. */
export const UNKNOWN_FACT = 'niet bekend — controleer bij DUS-I';

/** A scheme fact as Dutch text: its value when known, otherwise "niet bekend — controleer bij DUS-I". */
export function factText<T>(fact: Fact<T>, format: (value: T) => string = String): string {
  return fact.status === 'known' ? format(fact.value) : UNKNOWN_FACT;
}
