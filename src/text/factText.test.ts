import { describe, expect, it } from 'vitest';
import { factText, UNKNOWN_FACT } from './factText';

describe('factText', () => {
  it('shows a known fact', () => {
    expect(factText({ status: 'known', value: '2021-08-01', source: 'Stcrt.' })).toBe('2021-08-01');
  });

  it('formats a known fact', () => {
    expect(factText({ status: 'known', value: 27, source: 'Stcrt.' }, (n) => `${n} jaar`)).toBe('27 jaar');
  });

  it('never invents an unknown fact', () => {
    expect(factText({ status: 'unknown', note: 'Niet in de bronnen' })).toBe(UNKNOWN_FACT);
    expect(UNKNOWN_FACT).toBe('niet bekend — controleer bij DUS-I');
  });
});
