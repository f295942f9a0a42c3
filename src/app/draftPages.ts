import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const DRAFT_PAGE_SLUGS = ['concepten', 'versies'] as const;
export type DraftPageSlug = (typeof DRAFT_PAGE_SLUGS)[number];

/** The pages about the drafts on this device, loaded when opened. */
export const DRAFT_PAGES: Record<DraftPageSlug, LazyExoticComponent<ComponentType>> = {
  concepten: lazy(() => import('../drafts/DraftsPage').then((m) => ({ default: m.DraftsPage }))),
  versies: lazy(() => import('../drafts/VersionsPage').then((m) => ({ default: m.VersionsPage }))),
};

export function isDraftPageSlug(slug: string): slug is DraftPageSlug {
  return (DRAFT_PAGE_SLUGS as readonly string[]).includes(slug);
}
