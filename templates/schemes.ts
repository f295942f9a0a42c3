import { schemeSchema, type Scheme } from '../schemas/scheme';
import ebnMbo20212022 from './ebn-mbo-2021-2022/scheme.json';
import nazorgMbo20222023 from './nazorg-mbo-2022-2023/scheme.json';
import nazorgMbo20222024 from './nazorg-mbo-2022-2024/scheme.json';
import nazorgMbo20242025 from './nazorg-mbo-2024-2025/scheme.json';

/**
 * Every scheme round the app knows, parsed once, oldest first. A new round is a new folder under
 * templates/ (scheme.json, guidance.json, document.json), added here, in guidance.ts and in
 * documentTemplates.ts.
 */
export const SCHEMES: readonly Scheme[] = [ebnMbo20212022, nazorgMbo20222023, nazorgMbo20222024, nazorgMbo20242025].map((json) => schemeSchema.parse(json));

/** The round of a draft that names none: the first page's empty draft, and a test's. */
export const DEFAULT_SCHEME_ID = 'ebn-mbo-2021-2022';

export function findScheme(id: string): Scheme | undefined {
  return SCHEMES.find((s) => s.id === id);
}

export function getScheme(id: string = DEFAULT_SCHEME_ID): Scheme {
  const scheme = findScheme(id);
  if (!scheme) throw new Error(`Unknown scheme ${id}`);
  return scheme;
}
