import { describe, expect, it } from 'vitest';
import { isRouteHref } from '../components/ErrorSummary';
import { afterSaveHref } from './afterSaveHref';
import { href, parseHash } from './hashRoute';

describe('hash routes', () => {
  it('reads segments, the field to focus and the page to return to', () => {
    expect(parseHash('#/activiteiten/a1?veld=veld-title&terug=controleren')).toEqual({
      segments: ['activiteiten', 'a1'],
      focusField: 'veld-title',
      returnTo: 'controleren',
    });
    expect(parseHash('#/aanvrager')).toEqual({ segments: ['aanvrager'], focusField: undefined });
    expect(parseHash('#veld-brin')).toBeNull();
    expect(isRouteHref('#/aanvrager')).toBe(true);
    expect(isRouteHref('veld-brin')).toBe(false);
  });

  it('writes what it reads, with the field by its form name and the page to return to by its id', () => {
    const link = href.step('targetGroups', { field: 'a.levels', returnTo: 'review' });
    expect(link).toBe('#/doelgroepen?veld=veld-a-levels&terug=controleren');
    expect(parseHash(link)).toMatchObject({ segments: ['doelgroepen'], focusField: 'veld-a-levels', returnTo: 'controleren' });
    expect(href.step('nazorg')).toBe('#/nazorg');
    expect(href.step('nazorg', { returnTo: 'review' })).toBe('#/nazorg?terug=controleren');
    expect(href.step('activities', { sub: 'a 1', field: 'costLines.0.amount', returnTo: 'coherence' })).toBe(
      '#/activiteiten/a%201?veld=veld-costLines-0-amount&terug=samenhang',
    );
    expect(href.page('versions')).toBe('#/versies');
    expect(href.start()).toBe('#/');
  });

  it('goes back to the page that sent the user after saving, else onward', () => {
    expect(afterSaveHref('#/aanvrager?veld=veld-brin&terug=controleren', '#/doelgroepen')).toBe('#/controleren');
    expect(afterSaveHref('#/aanvrager', '#/doelgroepen')).toBe('#/doelgroepen');
  });
});
