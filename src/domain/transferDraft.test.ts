import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFileSchema, type DraftFile } from '../../schemas/draft';
import { applicationFields } from '../../schemas/fields/steps';
import { SCHEMES, getScheme } from '../../templates/schemes';
import { draftArbitrary } from '../document/fixtures/draftArbitrary';
import volledig from '../../public/examples/volledig.json';
import { transferDraft } from './transferDraft';

const now = new Date('2026-11-30T12:00:00Z');
const ebn = getScheme('ebn-mbo-2021-2022');
const nazorg = getScheme('nazorg-mbo-2022-2024');
const example = draftFileSchema.parse(volledig);

describe('moving a 2021/2022 draft to a nazorg round', () => {
  const before = structuredClone(example);
  const { draft, leftOut } = transferDraft(example, ebn, nazorg, now);

  it('is a new draft for the other round, and leaves the original as it was', () => {
    expect(draft.schemeId).toBe('nazorg-mbo-2022-2024');
    expect(draft.title).toBe(`${example.title} (Nazorg mbo 2022-2024)`);
    expect(draft.createdAt).toBe(now.toISOString());
    expect(example).toEqual(before);
    expect(draftFileSchema.safeParse(draft).success).toBe(true);
  });

  it('keeps the answers of group b, the nazorg answers, the applicant, partners, budget and monitoring', () => {
    expect(draft.answers.targetGroups?.b).toEqual(example.answers.targetGroups?.b);
    expect(draft.answers.nazorg).toEqual(example.answers.nazorg);
    expect(draft.answers.applicant).toEqual(example.answers.applicant);
    expect(draft.answers.partners).toEqual(example.answers.partners);
    expect(draft.answers.budget).toEqual(example.answers.budget);
    expect(draft.answers.monitoring).toEqual(example.answers.monitoring);
  });

  it('keeps the activities for group b, without the group and phase the round does not ask', () => {
    const groupB = example.answers.activities!.filter((a) => a.targetGroupIds?.includes('b'));
    expect(draft.answers.activities!.map((a) => a.id)).toEqual(groupB.map((a) => a.id));
    for (const activity of draft.answers.activities!) {
      const original = groupB.find((a) => a.id === activity.id)!;
      const { targetGroupIds: _g, phase: _p, ...rest } = original;
      expect(activity).toEqual(rest);
    }
  });

  it('lists what did not fit: group a and each activity only for group a', () => {
    expect(draft.answers.targetGroups?.a).toBeUndefined();
    expect(leftOut[0]).toBe('Doelgroepen, doelgroep a: alle antwoorden. Deze ronde heeft die doelgroep niet.');
    const groupA = example.answers.activities!.filter((a) => !a.targetGroupIds?.includes('b'));
    expect(groupA.length).toBeGreaterThan(0);
    for (const [i, activity] of example.answers.activities!.entries()) {
      const line = leftOut.find((l) => l.startsWith(`Activiteit ${i + 1} ‘${activity.title}’:`));
      if (groupA.includes(activity)) expect(line).toMatch(/alleen voor doelgroep a, die deze ronde niet heeft/);
      else expect(line).toBeUndefined();
    }
    // Goals only for group a stay behind whole, each named once; the round asks no group of the others.
    const goals = example.answers.background?.goals ?? [];
    const goalsA = goals.filter((g) => !g.targetGroupIds?.includes('b'));
    expect(goalsA.length).toBeGreaterThan(0);
    for (const [i, goal] of goals.entries()) {
      const line = leftOut.find((l) => l.startsWith(`Aanleiding en doelen, doel ${i + 1}:`));
      if (goalsA.includes(goal)) expect(line).toBe(`Aanleiding en doelen, doel ${i + 1}: alleen voor doelgroep a, die deze ronde niet heeft.`);
      else expect(line).toBeUndefined();
    }
    expect(draft.answers.background?.goals).toEqual(goals.filter((g) => !goalsA.includes(g)).map(({ targetGroupIds: _g, ...rest }) => rest));
    expect(draft.answers.background?.figures).toEqual(example.answers.background?.figures);
    expect(leftOut).toHaveLength(1 + groupA.length + goalsA.length);
  });

  it('and back again: the activities get the group and phase of the one group, nothing else is lost', () => {
    const back = transferDraft(draft, nazorg, ebn, now);
    expect(back.leftOut).toEqual([]);
    for (const activity of back.draft.answers.activities!) {
      expect(activity).toEqual(example.answers.activities!.find((a) => a.id === activity.id));
    }
    expect(back.draft.answers.targetGroups).toEqual({ b: example.answers.targetGroups?.b });
    // The goals get the one group back too.
    expect(back.draft.answers.background?.goals).toEqual(example.answers.background?.goals?.filter((g) => g.targetGroupIds?.includes('b')));
  });
});

describe('a draft with an activity for both groups, a choice the round does not offer, and comments', () => {
  const draft: DraftFile = {
    ...example,
    answers: {
      targetGroups: { b: { riskIndicators: ['migration-background', 'bestaat-niet'] } },
      activities: [{ id: 'x', title: 'Samen', targetGroupIds: ['a', 'b'], phase: 'aftercare', costLines: [] }],
    },
    comments: [{ id: 'c1', anchor: { step: 'algemeen' }, author: 'Adviseur', text: 'Goed', createdAt: now.toISOString(), replies: [] }],
  };
  const { draft: moved, leftOut } = transferDraft(draft, ebn, nazorg, now);

  it('keeps the activity for the group the round has, and says group a went', () => {
    expect(moved.answers.activities).toEqual([{ id: 'x', title: 'Samen', costLines: [] }]);
    expect(leftOut).toContain('Activiteit 1 ‘Samen’: doelgroep a is weggelaten.');
  });

  it('drops an option the round does not offer, by name, and leaves the comments with the original', () => {
    expect(moved.answers.targetGroups?.b?.riskIndicators).toEqual(['migration-background']);
    expect(leftOut).toContain('Doelgroepen, doelgroep b, Waarom een grote kans op werkloosheid: bestaat-niet. Deze ronde heeft die keuze niet.');
    expect(moved.comments).toBeUndefined();
    expect(leftOut.at(-1)).toMatch(/opmerkingen van adviseurs/);
  });
});

describe('moving any draft between any two rounds (property)', () => {
  const pairs = SCHEMES.flatMap((from) => SCHEMES.map((to) => [from, to] as const));

  it.each(pairs.map(([from, to]) => [from.id, to.id, from, to] as const))('%s → %s: a valid draft of the target round; moving it again changes nothing', (_f, _t, from, to) => {
    fc.assert(
      fc.property(draftArbitrary(from), (original) => {
        const before = structuredClone(original);
        const { draft } = transferDraft(original, from, to, now);
        expect(original).toEqual(before);
        expect(draft.schemeId).toBe(to.id);
        expect(draftFileSchema.safeParse(draft).success).toBe(true);
        // Only the round's target groups, and no answer to a field the round leaves out.
        const groups = to.targetGroups.map((g) => g.id as string);
        expect(Object.keys(draft.answers.targetGroups ?? {}).filter((g) => !groups.includes(g))).toEqual([]);
        const nazorgFields = Object.keys(applicationFields(to).nazorg.item);
        expect(Object.keys(draft.answers.nazorg ?? {}).filter((f) => !nazorgFields.includes(f))).toEqual([]);
        if (to.targetGroups.length === 1) for (const a of draft.answers.activities ?? []) expect(a.targetGroupIds).toBeUndefined();
        // What came along has its place: moving it again within the round leaves everything as it is.
        const again = transferDraft(draft, to, to, now);
        expect(again.leftOut).toEqual([]);
        expect(again.draft.answers).toEqual(draft.answers);
      }),
      { numRuns: 60 },
    );
  });
});
