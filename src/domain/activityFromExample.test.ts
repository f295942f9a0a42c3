import { describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { getGuidance } from '../../templates/guidance';
import { createStepSchemas } from '../../schemas/application';
import { activityFromExample } from './activityFromExample';

const scheme = getScheme();
const guidance = getGuidance(scheme.id);

describe('activity from an example', () => {
  const example = guidance.exampleActivities.find((e) => e.partnerTypeIds.length > 0)!;

  it('copies what the example says and remembers where it came from', () => {
    const activity = activityFromExample(example, 'new1');
    expect(activity).toMatchObject({
      id: 'new1',
      title: example.title,
      description: example.description,
      mechanismIds: example.mechanismIds,
      approachIds: example.approachIds,
      targetGroupIds: example.targetGroupIds,
      phase: example.phase,
      fromExampleId: example.id,
      costLines: [],
    });
    // A copy: editing the activity never changes the scheme data.
    activity.mechanismIds?.push('x');
    expect(example.mechanismIds).not.toContain('x');
  });

  it('ticks the partners of the kinds the example names, and no others', () => {
    const wanted = example.partnerTypeIds[0]!;
    const partners = [
      { id: 'p1', type: wanted, name: 'Partner van het goede soort' },
      { id: 'p2', type: 'not-a-type', name: 'Andere partner' },
      { id: 'p3', name: 'Partner zonder soort' },
    ];
    expect(activityFromExample(example, 'new1', partners).partnerIds).toEqual(['p1']);
  });

  it('gives every example an activity that only lacks the school’s own facts', () => {
    const schema = createStepSchemas(scheme).activity;
    for (const e of guidance.exampleActivities) {
      const result = schema.safeParse(activityFromExample(e, 'x'));
      const paths = new Set(result.error?.issues.map((i) => String(i.path[0])));
      expect([...paths].sort()).toEqual(['endDate', 'expectedParticipants', 'responsible', 'startDate']);
    }
  });
});
