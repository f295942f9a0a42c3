import { fieldId } from './fieldId';
import { PAGES, type PageId } from './routeTable';
import { STEP_SLUGS, type StepId } from '../domain/stepIds';

/** Hash routes "#/<slug>/<sub>?veld=<field>&terug=<slug>" work from a file and offline (no server rewrites). */
export interface Route {
  /** Path segments after "#/", e.g. ["activiteiten", "a1b2"]; empty for the start page. */
  segments: string[];
  /** Field to focus after the page renders (from an error link). */
  focusField?: string;
  /** Page to return to after saving ("?terug=controleren", from a "Wijzigen" link on Controleren). */
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

export interface LinkOptions {
  /** A field to focus there, by its form name ("a.levels"); the address holds its DOM id. */
  field?: string;
  /** The page (or step) to come back to after saving there. */
  returnTo?: PageId | StepId;
}

/** Links to every page, built from the route table: the only place addresses are written. */
export const href = {
  start: () => hashOf([]),
  /** A step, or with `sub` one of its sub-pages (an activity's own page by the activity's id). */
  step: (step: StepId, { sub, ...options }: LinkOptions & { sub?: string } = {}) => hashOf(sub === undefined ? [STEP_SLUGS[step]] : [STEP_SLUGS[step], sub], options),
  page: (page: PageId, options: LinkOptions = {}) => hashOf([PAGES[page].slug], options),
  /** The activiteitenverslag, or one of its parts: report("activiteit", id) is "#/verslag/activiteit/<id>". */
  report: (...sub: string[]) => hashOf([PAGES.report.slug, ...sub]),
  /** A part of the report with a field to focus there. */
  reportField: (sub: readonly string[], field: string) => hashOf([PAGES.report.slug, ...sub], { field }),
};

const returnSlug = (to: PageId | StepId) => (Object.hasOwn(PAGES, to) ? PAGES[to as PageId].slug : STEP_SLUGS[to as StepId]);

function hashOf(segments: readonly string[], { field, returnTo }: LinkOptions = {}): string {
  const path = `#/${segments.map(encodeURIComponent).join('/')}`;
  const query = [field && `veld=${encodeURIComponent(fieldId(field))}`, returnTo && `terug=${encodeURIComponent(returnSlug(returnTo))}`]
    .filter(Boolean)
    .join('&');
  return query ? `${path}?${query}` : path;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
