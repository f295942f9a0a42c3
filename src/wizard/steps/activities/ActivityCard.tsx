import type { ReactNode } from 'react';
import type { ActivityDraft } from '../../../../schemas/draft';
import { formatEuro } from '../../../domain/formatEuro';
import { formatIsoDate } from '../../../domain/formatDutchDate';
import { href } from '../../../routes/hashRoute';
import { ACTIVITIES } from '../../../text/activities';
import { useScheme } from '../../../shell/DraftContext';
import { activityTitle } from './activityTitle';
import './ActivityCard.css';

interface Props {
  activity: ActivityDraft;
  index: number;
  totalCents: number;
  complete: boolean;
  onRemove: (id: string) => void;
}

/** One activity in the list: a GOV.UK summary card with its key facts, "Wijzig" and "Verwijder". */
export function ActivityCard({ activity, index, totalCents, complete, onRemove }: Props) {
  const scheme = useScheme();
  const title = activityTitle(activity);
  const headingId = `activiteit-${activity.id}-titel`;
  const groups = scheme.targetGroups.filter((g) => activity.targetGroupIds?.includes(g.id)).map((g) => ACTIVITIES.targetGroup(g.id, g.shortName));
  const phase = scheme.phases.find((p) => p.id === activity.phase)?.label;
  const mechanisms = scheme.mechanisms.filter((m) => activity.mechanismIds?.includes(m.id)).map((m) => m.name);
  const start = formatIsoDate(activity.startDate);
  const end = formatIsoDate(activity.endDate);
  const period = start && end ? ACTIVITIES.period(start, end) : start ? ACTIVITIES.periodFrom(start) : end ? ACTIVITIES.periodUntil(end) : undefined;
  const lines = activity.costLines?.length ?? 0;
  return (
    <section className="summary-card" aria-labelledby={headingId}>
      <div className="summary-card__header">
        <h3 className="summary-card__title" id={headingId}>
          <span className="summary-card__number">{index + 1}. </span>
          {title}
        </h3>
        <span className={`tag ${complete ? 'tag--complete' : 'tag--incomplete'}`}>{complete ? ACTIVITIES.statusComplete : ACTIVITIES.statusIncomplete}</span>
        <ul className="summary-card__actions">
          <li>
            <a href={href.step('activities', { sub: activity.id })}>
              {ACTIVITIES.change}
              <span className="visually-hidden">{ACTIVITIES.actionContext(title)}</span>
            </a>
          </li>
          <li>
            <button type="button" className="button button--subtle" onClick={() => onRemove(activity.id)}>
              {ACTIVITIES.remove}
              <span className="visually-hidden">{ACTIVITIES.actionContext(title)}</span>
            </button>
          </li>
        </ul>
      </div>
      <dl className="summary-card__list">
        <Row label={ACTIVITIES.rowTargetGroups} value={groups.join(', ')} />
        <Row label={ACTIVITIES.rowPhase} value={phase} />
        <Row label={ACTIVITIES.rowPeriod} value={period} />
        <Row label={ACTIVITIES.rowMechanisms} value={mechanisms.join(', ')} />
        <Row label={ACTIVITIES.rowCost} value={lines > 0 ? `${formatEuro(totalCents)} (${ACTIVITIES.costLineCount(lines)})` : undefined} />
      </dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="summary-card__row">
      <dt>{label}</dt>
      <dd>{value ? value : <span className="empty-value">{ACTIVITIES.notFilled}</span>}</dd>
    </div>
  );
}
