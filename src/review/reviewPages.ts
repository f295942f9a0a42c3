import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const REVIEW_SLUGS = ['controleren', 'samenhang', 'beoordelen', 'regeling'] as const;
export type ReviewSlug = (typeof REVIEW_SLUGS)[number];

/** The pages beside the steps (checking, reviewing, the scheme in brief), loaded when opened. */
export const REVIEW_PAGES: Record<ReviewSlug, LazyExoticComponent<ComponentType>> = {
  controleren: lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage }))),
  samenhang: lazy(() => import('./CoherencePage').then((m) => ({ default: m.CoherencePage }))),
  beoordelen: lazy(() => import('./ReviewModePage').then((m) => ({ default: m.ReviewModePage }))),
  regeling: lazy(() => import('./SchemeInfoPage').then((m) => ({ default: m.SchemeInfoPage }))),
};

export function isReviewSlug(slug: string): slug is ReviewSlug {
  return (REVIEW_SLUGS as readonly string[]).includes(slug);
}
