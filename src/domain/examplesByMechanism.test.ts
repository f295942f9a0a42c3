import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { getGuidance } from '../../templates/guidance';
import { examplesByMechanism } from './examplesByMechanism';

const scheme = getScheme();
const guidance = getGuidance(scheme.id);

describe('examples grouped by mechanism', () => {
  it('shows every example exactly once', () => {
    const ids = examplesByMechanism(scheme, guidance, []).flatMap((g) => g.examples.map((e) => e.id));
    expect(ids.sort()).toEqual(guidance.exampleActivities.map((e) => e.id).sort());
  });

  it('without chosen mechanisms, puts an example under its first mechanism, in scheme order', () => {
    const groups = examplesByMechanism(scheme, guidance, []);
    for (const group of groups) for (const e of group.examples) expect(e.mechanismIds[0]).toBe(group.mechanism.id);
    const order = groups.map((g) => scheme.mechanisms.indexOf(g.mechanism));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('puts chosen mechanisms first and files an example under a chosen mechanism when it has one', () => {
    const multi = guidance.exampleActivities.find((e) => e.mechanismIds.length > 1)!;
    const second = multi.mechanismIds[1]!;
    const groups = examplesByMechanism(scheme, guidance, [second]);
    expect(groups[0]?.mechanism.id).toBe(second);
    expect(groups[0]?.examples).toContain(multi);
    expect(groups.slice(1).some((g) => g.examples.includes(multi))).toBe(false);
  });

  it('leaves out mechanisms without examples', () => {
    expect(examplesByMechanism(scheme, guidance, []).every((g) => g.examples.length > 0)).toBe(true);
  });
});
