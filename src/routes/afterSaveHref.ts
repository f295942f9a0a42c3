import { parseHash } from './hashRoute';

/**
 * Where a form goes after saving: back to the page that sent the user ("?terug=controleren"), else
 * `next`. Apart from hashRoute.ts because only the step forms need it (not the first page load).
 */
export function afterSaveHref(hash: string, next: string): string {
  const returnTo = parseHash(hash)?.returnTo;
  return returnTo ? `#/${encodeURIComponent(returnTo)}` : next;
}
