import { schemeSchema, type Scheme } from '../schemas/scheme';
import ebnMbo20212022 from './ebn-mbo-2021-2022/scheme.json';

/** Every scheme round the app knows, parsed once. A new round is a new JSON file here. */
export const SCHEMES: readonly Scheme[] = [schemeSchema.parse(ebnMbo20212022)];

export const DEFAULT_SCHEME_ID = 'ebn-mbo-2021-2022';

export function findScheme(id: string): Scheme | undefined {
  return SCHEMES.find((s) => s.id === id);
}

export function getScheme(id: string = DEFAULT_SCHEME_ID): Scheme {
  const scheme = findScheme(id);
  if (!scheme) throw new Error(`Unknown scheme ${id}`);
  return scheme;
}
