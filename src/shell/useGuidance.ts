import type { Guidance } from '../../schemas/guidance';
import { getGuidance } from '../../templates/guidance';
import { useScheme } from './DraftContext';

/** The open scheme's guidance texts. Only lazily loaded steps import this, keeping the texts out of the first load. */
export function useGuidance(): Guidance {
  return getGuidance(useScheme().id);
}
