import type { MechanismChoiceDraft } from '../../../../schemas/draft';
import type { Mechanism } from '../../../../schemas/scheme';
import { SummaryCard } from '../../../components/SummaryCard';
import { href } from '../../../routes/hashRoute';
import { MECHANISMS } from '../../../text/mechanisms';

interface Props {
  mechanism: Mechanism;
  choice: MechanismChoiceDraft;
  complete: boolean;
  onRemove: (mechanismId: string) => void;
}

/**
 * A chosen mechanism on Mechanismen: a summary card with its approaches and whether it is complete,
 * "Wijzigen" (its own page: the evidence, the approaches and why it fits) and "Verwijderen" (not
 * chosen any more). Like an activity's card it shows the key facts, not the text typed on its page:
 * seven chosen fit on three screens.
 */
export function ChosenMechanismCard({ mechanism, choice, complete, onRemove }: Props) {
  const approaches = mechanism.approaches.filter((a) => choice.approachIds?.includes(a.id)).map((a) => a.name);
  return (
    <SummaryCard
      headingId={`mechanisme-${mechanism.id}-titel`}
      number={mechanism.number}
      title={mechanism.name}
      complete={complete}
      changeHref={href.step('mechanisms', { sub: mechanism.id })}
      actionContext={MECHANISMS.actionContext(mechanism.name)}
      onRemove={() => onRemove(mechanism.id)}
      rows={[{ label: MECHANISMS.rowApproaches, value: approaches.join(', ') }]}
    />
  );
}
