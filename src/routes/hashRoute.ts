/** Hash routes "#/<slug>/<sub>?veld=<field>" work from a file and offline (no server rewrites). */
export interface Route {
  /** Path segments after "#/", e.g. ["activiteiten", "a1b2"]; empty for the start page. */
  segments: string[];
  /** Field to focus after the page renders (from an error link). */
  focusField?: string;
  /** Page to return to after saving ("?terug=controleren", from a "Wijzig" link on Controleren). */
  returnTo?: string;
}

/** Returns null for hashes that are not routes (e.g. "#veld-brin"), which the app ignores. */
export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { segments: [] };
  if (!hash.startsWith('#/')) return null;
  const [path = '', query = ''] = hash.slice(2).split('?');
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(query);
  const focusField = params.get('veld') ?? undefined;
  const returnTo = params.get('terug') ?? undefined;
  return { segments, focusField, ...(returnTo ? { returnTo } : {}) };
}

export function routeHref(segments: readonly string[], focusField?: string, returnTo?: string): string {
  const path = `#/${segments.map(encodeURIComponent).join('/')}`;
  const query = [focusField && `veld=${encodeURIComponent(focusField)}`, returnTo && `terug=${encodeURIComponent(returnTo)}`].filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
}

/** Where a page goes after saving: back to the page that sent the user (e.g. Controleren), else `next`. */
export function afterSaveHref(hash: string, next: string): string {
  const returnTo = parseHash(hash)?.returnTo;
  return returnTo ? routeHref([returnTo]) : next;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
