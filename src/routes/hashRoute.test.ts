import { describe, expect, it } from 'vitest';
import { afterSaveHref, parseHash, routeHref } from './hashRoute';

describe('hash routes', () => {
  it('reads segments, the field to focus and the page to return to', () => {
    expect(parseHash('#/activiteiten/a1?veld=veld-title&terug=controleren')).toEqual({
      segments: ['activiteiten', 'a1'],
      focusField: 'veld-title',
      returnTo: 'controleren',
    });
    expect(parseHash('#/aanvrager')).toEqual({ segments: ['aanvrager'], focusField: undefined });
    expect(parseHash('#veld-brin')).toBeNull();
  });

  it('writes what it reads', () => {
    const href = routeHref(['doelgroepen'], 'veld-a-levels', 'controleren');
    expect(href).toBe('#/doelgroepen?veld=veld-a-levels&terug=controleren');
    expect(parseHash(href)).toMatchObject({ segments: ['doelgroepen'], focusField: 'veld-a-levels', returnTo: 'controleren' });
    expect(routeHref(['nazorg'])).toBe('#/nazorg');
    expect(routeHref(['nazorg'], undefined, 'controleren')).toBe('#/nazorg?terug=controleren');
  });

  it('goes back to the page that sent the user after saving, else onward', () => {
    expect(afterSaveHref('#/aanvrager?veld=veld-brin&terug=controleren', '#/doelgroepen')).toBe('#/controleren');
    expect(afterSaveHref('#/aanvrager', '#/doelgroepen')).toBe('#/doelgroepen');
  });
});
