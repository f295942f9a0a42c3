import { describe, expect, it } from 'vitest';
import { getGuidance, mechanismGuidance } from './guidance';

describe('mechanismGuidance', () => {
  const guidance = getGuidance('ebn-mbo-2021-2022');

  it('gives the texts of a known mechanism', () => {
    expect(mechanismGuidance(guidance, 'workplace-contact').evidence.length).toBeGreaterThan(0);
  });

  it.each(['valueOf', 'constructor', '__proto__', 'toString', 'onbekend'])('gives empty texts for %j from a draft file', (id) => {
    expect(mechanismGuidance(guidance, id)).toEqual({ summary: '', applicationEvidence: '', evidence: [], tips: [], sourceIds: [], approaches: {} });
  });
});
