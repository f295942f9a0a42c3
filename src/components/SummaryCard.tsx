import type { ReactNode } from 'react';
import { SUMMARY_CARD } from '../text/nl';
import './SummaryCard.css';

export interface SummaryCardRow {
  label: string;
  value: ReactNode;
}

interface Props {
  /** DOM id of the card's heading (the card is a region named by it). */
  headingId: string;
  number: number;
  title: string;
  complete: boolean;
  changeHref: string;
  /** Hidden after "Wijzigen" / "Verwijderen", so a screen reader hears which item: " activiteit ‘Proefstage’". */
  actionContext: string;
  onRemove: () => void;
  rows: readonly SummaryCardRow[];
  /** A few short facts side by side on a wide screen, so a long list stays short. */
  inline?: boolean;
}

/**
 * One item of a list whose items have pages of their own (GOV.UK summary card): its number and
 * title, whether it is complete, its key facts, "Wijzigen" (its page) and "Verwijderen".
 */
export function SummaryCard({ headingId, number, title, complete, changeHref, actionContext, onRemove, rows, inline = false }: Props) {
  return (
    <section className="summary-card" aria-labelledby={headingId}>
      <div className="summary-card__header">
        <h3 className="summary-card__title" id={headingId}>
          <span className="summary-card__number">{number}. </span>
          {title}
        </h3>
        <span className={`tag ${complete ? 'tag--complete' : 'tag--incomplete'}`}>{complete ? SUMMARY_CARD.statusComplete : SUMMARY_CARD.statusIncomplete}</span>
        <ul className="summary-card__actions">
          <li>
            <a href={changeHref}>
              {SUMMARY_CARD.change}
              <span className="visually-hidden">{actionContext}</span>
            </a>
          </li>
          <li>
            <button type="button" className="button button--subtle" onClick={onRemove}>
              {SUMMARY_CARD.remove}
              <span className="visually-hidden">{actionContext}</span>
            </button>
          </li>
        </ul>
      </div>
      <dl className={`summary-card__list${inline ? ' summary-card__list--inline' : ''}`}>
        {rows.map((row) => (
          <div className="summary-card__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value ? row.value : <span className="empty-value">{SUMMARY_CARD.notFilled}</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The numbered list of summary cards. */
export function SummaryCardList({ children }: { children: ReactNode }) {
  return <ol className="summary-card-list">{children}</ol>;
}
