import { describe, expect, it } from 'vitest';
import { href } from '../routes/hashRoute';
import { saveLabel } from './saveLabel';

describe('saveLabel', () => {
  it('says where saving takes the user', () => {
    expect(saveLabel(href.step('applicant', { field: 'brin', returnTo: 'review' }), 'Opslaan en verder')).toBe('Opslaan en terug naar controleren');
    expect(saveLabel(href.step('activities', { sub: 'a1', returnTo: 'budget' }), 'Opslaan')).toBe('Opslaan en terug naar Begroting');
    expect(saveLabel(href.step('activities', { sub: 'a1' }), 'Opslaan')).toBe('Opslaan');
    expect(saveLabel('#/aanvrager?terug=onbekend', 'Opslaan en verder')).toBe('Opslaan en verder');
  });
});
