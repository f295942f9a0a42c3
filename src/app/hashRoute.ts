/** Hash routes "#/<slug>/<sub>?veld=<field>" work from a file and offline (no server rewrites). */
export interface Route {
  /** Path segments after "#/", e.g. ["activiteiten", "a1b2"]; empty for the start page. */
  segments: string[];
  /** Field to focus after the page renders (from an error link). */
  focusField?: string;
}

/** Returns null for hashes that are not routes (e.g. "#veld-brin"), which the app ignores. */
export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { segments: [] };
  if (!hash.startsWith('#/')) return null;
  const [path = '', query = ''] = hash.slice(2).split('?');
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  const focusField = new URLSearchParams(query).get('veld') ?? undefined;
  return { segments, focusField };
}

export function routeHref(segments: readonly string[], focusField?: string): string {
  const path = `#/${segments.map(encodeURIComponent).join('/')}`;
  return focusField ? `${path}?veld=${encodeURIComponent(focusField)}` : path;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
