import { guidanceFileSchema, resolveGuidance, type Guidance, type GuidanceFile, type MechanismGuidance } from '../schemas/guidance';
import ebnMbo20212022 from './ebn-mbo-2021-2022/guidance.json';
import nazorgMbo20222023 from './nazorg-mbo-2022-2023/guidance.json';
import nazorgMbo20222024 from './nazorg-mbo-2022-2024/guidance.json';
import nazorgMbo20242025 from './nazorg-mbo-2024-2025/guidance.json';

/**
 * The guidance (evidence, tips, practice examples, sources) of every scheme round. Imported only
 * by the steps, the review pages and the Word export — never by the first page — so these long
 * texts load with them. A round's file may be based on an earlier round's (schemas/guidance.ts).
 */
const FILES: readonly GuidanceFile[] = [ebnMbo20212022, nazorgMbo20222023, nazorgMbo20222024, nazorgMbo20242025].map((json) => guidanceFileSchema.parse(json));

const GUIDANCE: Guidance[] = [];
for (const file of FILES) GUIDANCE.push(resolveGuidance(file, (id) => GUIDANCE.find((g) => g.schemeId === id)));

export function getGuidance(schemeId: string): Guidance {
  const guidance = GUIDANCE.find((g) => g.schemeId === schemeId);
  if (!guidance) throw new Error(`No guidance for scheme ${schemeId}`);
  return guidance;
}

const EMPTY: MechanismGuidance = { summary: '', applicationEvidence: '', evidence: [], tips: [], sourceIds: [], approaches: {} };

/** The texts of one mechanism; an id from a draft file is never looked up on Object.prototype ("valueOf"). */
export function mechanismGuidance(guidance: Guidance, mechanismId: string): MechanismGuidance {
  return (Object.hasOwn(guidance.mechanisms, mechanismId) ? guidance.mechanisms[mechanismId] : undefined) ?? EMPTY;
}
