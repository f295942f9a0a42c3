import { STEP_IDS, STEP_SLUGS, type StepId } from '../domain/stepIds';

/** What a page is: a page beside the steps, the drafts on this device, the preview, a page about the service. */
export type PageKind = 'review' | 'draft' | 'preview' | 'about' | 'report';

/**
 * Every page beside the start page and the steps, by id: its Dutch slug in the address
 * ("#/<slug>") and its kind. The steps take their slugs from the step table (src/domain/steps.ts).
 * Each page's component is named in src/app/pages.ts, which must name one for every route here.
 * Titles stay with the pages: this table is in the first page load, their texts are not.
 */
export const PAGES = {
  review: { slug: 'controleren', kind: 'review' },
  coherence: { slug: 'samenhang', kind: 'review' },
  reviewMode: { slug: 'beoordelen', kind: 'review' },
  schemeInfo: { slug: 'regeling', kind: 'review' },
  preview: { slug: 'voorbeeld', kind: 'preview' },
  drafts: { slug: 'concepten', kind: 'draft' },
  versions: { slug: 'versies', kind: 'draft' },
  accessibility: { slug: 'toegankelijkheid', kind: 'about' },
  privacy: { slug: 'privacy', kind: 'about' },
  contact: { slug: 'contact', kind: 'about' },
  /** The activiteitenverslag after the grant; its parts are sub-pages ("#/verslag/activiteit/<id>"). */
  report: { slug: 'verslag', kind: 'report' },
} as const satisfies Record<string, { slug: string; kind: PageKind }>;

export type PageId = keyof typeof PAGES;
export const PAGE_IDS = Object.keys(PAGES) as PageId[];

/** Every route: the start page, a step ("#/activiteiten/<id>" is the step with a sub-page) or a page. */
export type RouteId = 'start' | StepId | PageId;

export type RouteMatch =
  | { kind: 'start'; id: 'start' }
  | { kind: 'step'; id: StepId; sub?: string }
  | { kind: PageKind; id: PageId; sub?: string };

/** Pages whose address goes on after their slug: the rest is the page's own ("activiteit/<id>"). */
const WITH_SUB_PAGES: readonly PageId[] = ['report'];

/**
 * The route of an address's path segments; undefined when no page has that slug. A page beside
 * the steps ignores segments after its slug, as a step without sub-pages does, unless it has
 * sub-pages of its own (the report: every segment after its slug is its `sub`).
 */
export function matchRoute(segments: readonly string[]): RouteMatch | undefined {
  const [slug, sub] = segments;
  if (slug === undefined) return { kind: 'start', id: 'start' };
  const step = STEP_IDS.find((id) => STEP_SLUGS[id] === slug);
  if (step) return sub === undefined ? { kind: 'step', id: step } : { kind: 'step', id: step, sub };
  const page = PAGE_IDS.find((id) => PAGES[id].slug === slug);
  if (!page) return undefined;
  const rest = segments.slice(1).join('/');
  return WITH_SUB_PAGES.includes(page) && rest !== '' ? { kind: PAGES[page].kind, id: page, sub: rest } : { kind: PAGES[page].kind, id: page };
}

/** A control on a page that another page links to ("?veld=…"): the drafts page's "Wis alles op dit apparaat". */
export const WIPE_DEVICE_TARGET = 'wipeDevice';

/** What the address gives a page: a sub-page ("#/activiteiten/<id>") and a field to focus ("?veld="). */
export interface RouteProps {
  sub?: string;
  focusField?: string;
}
