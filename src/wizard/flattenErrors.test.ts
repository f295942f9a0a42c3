import { describe, expect, it } from 'vitest';
import type { FieldErrors } from 'react-hook-form';
import { flattenErrors } from './flattenErrors';

describe('flattenErrors', () => {
  it('lists nested field errors by their react-hook-form name, in order', () => {
    const errors = {
      a: { expectedCount: { type: 'custom', message: 'Vul een getal in' } },
      chosen: [undefined, { approachIds: { type: 'too_small', message: 'Kies een aanpak' } }],
    } as unknown as FieldErrors;
    expect(flattenErrors(errors)).toEqual([
      { name: 'a.expectedCount', message: 'Vul een getal in' },
      { name: 'chosen.1.approachIds', message: 'Kies een aanpak' },
    ]);
  });

  it('reports a list’s own error once, under the list’s name', () => {
    const errors = { activities: { root: { type: 'too_small', message: 'Voeg minstens één activiteit toe' } } } as unknown as FieldErrors;
    expect(flattenErrors(errors)).toEqual([{ name: 'activities', message: 'Voeg minstens één activiteit toe' }]);
  });
});
