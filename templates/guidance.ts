import { guidanceSchema, type Guidance, type MechanismGuidance } from '../schemas/guidance';
import ebnMbo20212022 from './ebn-mbo-2021-2022/guidance.json';

/**
 * The guidance (evidence, tips, practice examples, sources) of every scheme round. Imported only
 * by the steps, the review pages and the Word export — never by the first page — so these long
 * texts load with them.
 */
const GUIDANCE: readonly Guidance[] = [guidanceSchema.parse(ebnMbo20212022)];

export function getGuidance(schemeId: string): Guidance {
  const guidance = GUIDANCE.find((g) => g.schemeId === schemeId);
  if (!guidance) throw new Error(`No guidance for scheme ${schemeId}`);
  return guidance;
}

const EMPTY: MechanismGuidance = { summary: '', evidence: [], tips: [], sourceIds: [], approaches: {} };

/** The texts of one mechanism; an id from a draft file is never looked up on Object.prototype ("valueOf"). */
export function mechanismGuidance(guidance: Guidance, mechanismId: string): MechanismGuidance {
  return (Object.hasOwn(guidance.mechanisms, mechanismId) ? guidance.mechanisms[mechanismId] : undefined) ?? EMPTY;
}
