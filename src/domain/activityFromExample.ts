import type { ActivityDraft, PartnerDraft } from '../../schemas/draft';
import type { ExampleActivity } from '../../schemas/guidance';

/**
 * A new activity prefilled from an example of the scheme, for the user to make concrete. Partners
 * of the kinds the example names are ticked; dates, participants and costs are the school's own.
 */
export function activityFromExample(example: ExampleActivity, id: string, partners: readonly PartnerDraft[] = []): ActivityDraft {
  return {
    id,
    title: example.title,
    description: example.description,
    mechanismIds: [...example.mechanismIds],
    approachIds: [...example.approachIds],
    targetGroupIds: [...example.targetGroupIds],
    phase: example.phase,
    partnerIds: partners.filter((p) => p.type !== undefined && example.partnerTypeIds.includes(p.type)).map((p) => p.id),
    costLines: [],
    fromExampleId: example.id,
  };
}
