import type { PartnerDraft } from '../../../../schemas/draft';
import { href } from '../../../routes/hashRoute';
import { SummaryCard } from '../../../components/SummaryCard';
import { PARTNERS } from '../../../text/partners';
import { useScheme } from '../../../shell/DraftContext';
import { partnerName } from './partnerName';

interface Props {
  partner: PartnerDraft;
  index: number;
  complete: boolean;
  /** How many activities name this partner. */
  activityCount: number;
  onRemove: (id: string) => void;
}

/**
 * One partner in the list: a summary card with its type and how many activities name it,
 * "Wijzigen" and "Verwijderen" (its role and agreements are on its page: nine partners fit on two screens).
 */
export function PartnerCard({ partner, index, complete, activityCount, onRemove }: Props) {
  const scheme = useScheme();
  const name = partnerName(partner);
  const type = scheme.partnerTypes.find((t) => t.id === partner.type)?.label;
  return (
    <SummaryCard
      headingId={`partner-${partner.id}-naam`}
      number={index + 1}
      title={name}
      complete={complete}
      changeHref={href.step('partners', { sub: partner.id })}
      actionContext={PARTNERS.actionContext(name)}
      onRemove={() => onRemove(partner.id)}
      inline
      rows={[
        { label: PARTNERS.rowType, value: type },
        { label: PARTNERS.rowActivities, value: PARTNERS.activityCount(activityCount) },
      ]}
    />
  );
}
