import { SchemeFact } from '../components/SchemeFact';
import { href } from '../routes/hashRoute';
import { formatEuro } from '../domain/formatEuro';
import { formatLongDate } from '../domain/formatDutchDate';
import { dutchToday, roundStatus } from '../domain/roundStatus';
import type { SchemeConditions } from '../../schemas/scheme';
import { SHELL } from '../text/nl';
import { ROUNDS } from '../text/rounds';
import { SCHEME_FACT } from '../text/schemeFact';
import { SCHEME_INFO } from '../text/schemeInfo';
import { useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import '../components/SchemeFact.css';

const euros = (value: number) => formatEuro(Math.round(value * 100));

/**
 * #/regeling: the facts of the open draft's round as the app knows them, straight from its data.
 * Unknown facts say so, with what to check at DUS-I; facts from a source other than the regulation
 * say they are not certain: the app never invents a deadline or a maximum.
 */
export function SchemeInfoPage() {
  const scheme = useScheme();
  useDocumentTitle(SCHEME_INFO.title);
  // Calendar dates of the regulation, read at noon UTC so no time zone moves them a day.
  const date = (iso: string) => formatLongDate(new Date(`${iso}T12:00:00Z`));
  const { start, startsAfterApplication } = scheme.activityPeriod;
  const windows = scheme.applicationWindows;
  const conditions = (Object.keys(SCHEME_INFO.condition) as (keyof SchemeConditions)[]).flatMap((key) => {
    const condition = scheme.conditions[key];
    return condition ? [{ key, ...condition }] : [];
  });
  return (
    <>
      <p>
        <a href={href.start()}>{SHELL.backToOverview}</a>
      </p>
      <PageHeading>{SCHEME_INFO.title}</PageHeading>
      <p className="lead">{SCHEME_INFO.intro}</p>

      <h2 className="section-heading">{SCHEME_INFO.regulationHeading}</h2>
      <dl className="scheme-facts">
        <Row label={SCHEME_INFO.name} value={scheme.name} />
        <Row
          label={SCHEME_INFO.publication}
          value={[SCHEME_INFO.publicationValue(scheme.citation, scheme.issuer, scheme.regulationDate && date(scheme.regulationDate)), scheme.citationNote].filter(Boolean).join('. ')}
          uncertain={Boolean(scheme.citationNote)}
        />
        <div className="scheme-fact">
          <dt className="scheme-fact__label">{SCHEME_INFO.executor}</dt>
          <dd className="scheme-fact__value">
            <a href={scheme.executor.url} target="_blank" rel="noopener noreferrer">
              {scheme.executor.fullName} ({scheme.executor.name})
              <span className="visually-hidden"> {SCHEME_INFO.newTab}</span>
            </a>
          </dd>
        </div>
        <Row label={SCHEME_INFO.applicant} value={scheme.applicant.description} source={scheme.applicant.source} />
        <div className="scheme-fact">
          <dt className="scheme-fact__label">
            {SCHEME_INFO.applicationWindow} {windows.some((w) => w.uncertain) && <span className="tag tag--unknown">{SCHEME_FACT.uncertainTag}</span>}
          </dt>
          <dd className="scheme-fact__value">
            <ul className="scheme-fact__list">
              {windows.map((w) => (
                <li key={w.name}>
                  {ROUNDS.window(w, windows.length > 1)} {typeof w.closes !== 'string' && `${w.closes.note} `}
                  {w.uncertain && `${w.uncertain} `}
                  <span className="scheme-fact__source">{SCHEME_INFO.sourceLabel(w.source)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <Row label={SCHEME_INFO.roundStatus} value={capitalised(ROUNDS.status(roundStatus(scheme, dutchToday())))} />
        <SchemeFact label={SCHEME_INFO.totalBudget} fact={scheme.totalBudgetEuro} format={euros} />
        <Row label={SCHEME_INFO.activityYears} value={scheme.activityYears.join(', ').replace(/, (\d+)$/, ' en $1')} />
        {startsAfterApplication && start.status === 'known' ? (
          <Row label={SCHEME_INFO.activityStart} value={SCHEME_INFO.startsAfterApplication(date(start.value))} source={startsAfterApplication} />
        ) : (
          <SchemeFact label={SCHEME_INFO.activityStart} fact={start} format={date} />
        )}
        <SchemeFact label={SCHEME_INFO.activityEnd} fact={scheme.activityPeriod.end} format={date} />
      </dl>

      <h2 className="section-heading">{SCHEME_INFO.groupsHeading}</h2>
      {scheme.bothGroupsRequired && <p>{SCHEME_INFO.bothGroups}</p>}
      <dl className="scheme-facts">
        {scheme.targetGroups.map((group) => (
          <div className="scheme-fact" key={group.id}>
            <dt className="scheme-fact__label">{group.name}</dt>
            <dd className="scheme-fact__value">
              {group.description}
              {group.notInScope && (
                <>
                  {' '}
                  <strong>{SCHEME_INFO.notInScope}:</strong> {group.notInScope}
                </>
              )}
              {group.source && <span className="scheme-fact__source"> {SCHEME_INFO.sourceLabel(group.source)}</span>}
            </dd>
          </div>
        ))}
        <Row
          label={SCHEME_INFO.ageLimit}
          value={[SCHEME_INFO.ageLimitValue(scheme.ageLimit.under), scheme.ageLimit.uncertain].filter(Boolean).join('. ')}
          source={scheme.ageLimit.source}
          uncertain={scheme.ageLimit.uncertain !== undefined}
        />
        <SchemeFact label={SCHEME_INFO.ageReferenceDate} fact={scheme.ageLimit.referenceDate} />
      </dl>

      {conditions.length > 0 && (
        <>
          <h2 className="section-heading">{SCHEME_INFO.conditionsHeading}</h2>
          <p>{SCHEME_INFO.conditionsIntro}</p>
          <dl className="scheme-facts">
            {conditions.map((c) => (
              <Row key={c.key} label={SCHEME_INFO.condition[c.key]} value={[c.text, c.uncertain].filter(Boolean).join(' ')} source={c.source} uncertain={c.uncertain !== undefined} />
            ))}
          </dl>
        </>
      )}

      <h2 className="section-heading">{SCHEME_INFO.moneyHeading}</h2>
      <dl className="scheme-facts">
        <SchemeFact label={SCHEME_INFO.maxSubsidy} fact={scheme.maxSubsidyPerInstitution} format={euros} />
        <SchemeFact label={SCHEME_INFO.eligibleCosts} fact={scheme.eligibleCosts} />
        <SchemeFact label={SCHEME_INFO.cofinancing} fact={scheme.cofinancing} />
        <SchemeFact label={SCHEME_INFO.reporting} fact={scheme.reporting} />
        <SchemeFact label={SCHEME_INFO.reportingDeadline} fact={scheme.reportingDeadline} format={date} />
        <SchemeFact label={SCHEME_INFO.evaluation} fact={scheme.evaluation} />
      </dl>
      <p>
        <a href={href.start()}>{SCHEME_INFO.toOverview}</a>
      </p>
    </>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Row({ label, value, source, uncertain = false }: { label: string; value: string; source?: string; uncertain?: boolean }) {
  return (
    <div className="scheme-fact">
      <dt className="scheme-fact__label">
        {label} {uncertain && <span className="tag tag--unknown">{SCHEME_FACT.uncertainTag}</span>}
      </dt>
      <dd className="scheme-fact__value">
        {value} {source && <span className="scheme-fact__source">{SCHEME_INFO.sourceLabel(source)}</span>}
      </dd>
    </div>
  );
}
