import type { ActivityDraft, PartnerDraft } from '../../../../schemas/draft';
import { formatEuro } from '../../../domain/formatEuro';
import { formatIsoDate } from '../../../domain/formatDutchDate';
import { href } from '../../../routes/hashRoute';
import { SummaryCard } from '../../../components/SummaryCard';
import { ACTIVITIES } from '../../../text/activities';
import { useScheme } from '../../../shell/DraftContext';
import { activityTitle } from './activityTitle';
import { activityGroupIds, activityPhase } from '../../../../schemas/fields/activities';

interface Props {
  activity: ActivityDraft;
  index: number;
  totalCents: number;
  complete: boolean;
  partners: readonly PartnerDraft[];
  onRemove: (id: string) => void;
}

/** One activity in the list: a summary card with its key facts, "Wijzigen" and "Verwijderen". */
export function ActivityCard({ activity, index, totalCents, complete, partners, onRemove }: Props) {
  const scheme = useScheme();
  const title = activityTitle(activity);
  const groups = scheme.targetGroups.filter((g) => activityGroupIds(activity, scheme).includes(g.id)).map((g) => ACTIVITIES.targetGroup(g.id, g.shortName));
  const phase = scheme.phases.find((p) => p.id === activityPhase(activity, scheme))?.label;
  const mechanisms = scheme.mechanisms.filter((m) => activity.mechanismIds?.includes(m.id)).map((m) => m.name);
  const named = partners.filter((p) => activity.partnerIds?.includes(p.id)).map((p) => p.name?.trim() || ACTIVITIES.partnerWithoutName);
  const start = formatIsoDate(activity.startDate);
  const end = formatIsoDate(activity.endDate);
  const period = start && end ? ACTIVITIES.period(start, end) : start ? ACTIVITIES.periodFrom(start) : end ? ACTIVITIES.periodUntil(end) : undefined;
  const lines = activity.costLines?.length ?? 0;
  return (
    <SummaryCard
      headingId={`activiteit-${activity.id}-titel`}
      number={index + 1}
      title={title}
      complete={complete}
      changeHref={href.step('activities', { sub: activity.id })}
      actionContext={ACTIVITIES.actionContext(title)}
      onRemove={() => onRemove(activity.id)}
      rows={[
        { label: ACTIVITIES.rowTargetGroups, value: groups.join(', ') },
        { label: ACTIVITIES.rowPhase, value: phase },
        { label: ACTIVITIES.rowPeriod, value: period },
        { label: ACTIVITIES.rowMechanisms, value: mechanisms.join(', ') },
        { label: ACTIVITIES.rowPartners, value: named.length > 0 ? named.join(', ') : ACTIVITIES.noPartnersNamed },
        { label: ACTIVITIES.rowCost, value: lines > 0 ? `${formatEuro(totalCents)} (${ACTIVITIES.costLineCount(lines)})` : undefined },
      ]}
    />
  );
}
