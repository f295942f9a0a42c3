import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEP_SLUGS } from '../domain/steps';
import { href, parseHash } from './hashRoute';
import { matchRoute, PAGE_IDS, PAGES } from './routeTable';

const routeOf = (link: string) => matchRoute(parseHash(link)?.segments ?? ['?']);

describe('route table', () => {
  it('gives every step and page its own slug', () => {
    const slugs = [...STEP_IDS.map((id) => STEP_SLUGS[id]), ...PAGE_IDS.map((id) => PAGES[id].slug)];
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.every((slug) => /^[a-z]+$/.test(slug))).toBe(true);
  });

  it('finds the route of every link it builds', () => {
    expect(routeOf(href.start())).toEqual({ kind: 'start', id: 'start' });
    for (const step of STEP_IDS) expect(routeOf(href.step(step, { field: 'x', returnTo: 'review' }))).toEqual({ kind: 'step', id: step });
    expect(routeOf(href.step('activities', { sub: 'a1' }))).toEqual({ kind: 'step', id: 'activities', sub: 'a1' });
    for (const page of PAGE_IDS) expect(routeOf(href.page(page))).toEqual({ kind: PAGES[page].kind, id: page });
  });

  it('knows no page for an unknown slug', () => {
    expect(matchRoute(['bestaat-niet'])).toBeUndefined();
  });
});
