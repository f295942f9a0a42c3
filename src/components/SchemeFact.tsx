import type { Fact } from '../../schemas/scheme';
import { SCHEME_FACT } from '../text/schemeFact';
import './SchemeFact.css';

interface Props<T> {
  label: string;
  fact: Fact<T>;
  format?: (value: T) => string;
}

/**
 * One fact of the scheme round, as a row of a <dl>. A known fact shows its value and source; an
 * unknown one says so and shows the scheme's note (what to ask DUS-I): the app never invents a value.
 * A known fact from a source that is not the regulation itself is marked "Niet zeker", with why.
 */
export function SchemeFact<T>({ label, fact, format = String }: Props<T>) {
  return (
    <div className="scheme-fact">
      <dt className="scheme-fact__label">
        {label} {fact.status === 'unknown' && <span className="tag tag--unknown">{SCHEME_FACT.unknownTag}</span>}
        {fact.status === 'known' && fact.uncertain && <span className="tag tag--unknown">{SCHEME_FACT.uncertainTag}</span>}
      </dt>
      {fact.status === 'known' ? (
        <dd className="scheme-fact__value">
          {format(fact.value)} {fact.uncertain && `${fact.uncertain} `}<span className="scheme-fact__source">{SCHEME_FACT.source(fact.source)}</span>
        </dd>
      ) : (
        <dd className="scheme-fact__value">{fact.note}</dd>
      )}
    </div>
  );
}
