import { SchemeFact } from '../components/SchemeFact';
import { href } from '../routes/hashRoute';
import { formatEuro } from '../domain/formatEuro';
import { formatLongDate } from '../domain/formatDutchDate';
import { SHELL } from '../text/nl';
import { SCHEME_INFO } from '../text/schemeInfo';
import { useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import '../components/SchemeFact.css';

const euros = (value: number) => formatEuro(Math.round(value * 100));

/**
 * #/regeling: the scheme's facts as the app knows them, straight from the scheme data. Unknown
 * facts say so, with what to check at DUS-I: the app never invents a deadline or a maximum.
 */
export function SchemeInfoPage() {
  const scheme = useScheme();
  useDocumentTitle(SCHEME_INFO.title);
  // Calendar dates of the regulation, read at noon UTC so no time zone moves them a day.
  const date = (iso: string) => formatLongDate(new Date(`${iso}T12:00:00Z`));
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
        <Row label={SCHEME_INFO.publication} value={SCHEME_INFO.publicationValue(scheme.citation, scheme.issuer, date(scheme.regulationDate))} />
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
        <Row
          label={SCHEME_INFO.applicationWindow}
          value={SCHEME_INFO.applicationWindowValue(date(scheme.applicationWindow.opens), date(scheme.applicationWindow.closes))}
          source={scheme.applicationWindow.source}
        />
        <SchemeFact label={SCHEME_INFO.totalBudget} fact={scheme.totalBudgetEuro} format={euros} />
        <Row label={SCHEME_INFO.activityYears} value={scheme.activityYears.join(' en ')} />
        <SchemeFact label={SCHEME_INFO.activityStart} fact={scheme.activityPeriod.start} format={date} />
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
            </dd>
          </div>
        ))}
        <Row label={SCHEME_INFO.ageLimit} value={SCHEME_INFO.ageLimitValue(scheme.ageLimit.under)} source={scheme.ageLimit.source} />
        <SchemeFact label={SCHEME_INFO.ageReferenceDate} fact={scheme.ageLimit.referenceDate} />
      </dl>

      <h2 className="section-heading">{SCHEME_INFO.moneyHeading}</h2>
      <dl className="scheme-facts">
        <SchemeFact label={SCHEME_INFO.maxSubsidy} fact={scheme.maxSubsidyPerInstitution} format={euros} />
        <SchemeFact label={SCHEME_INFO.eligibleCosts} fact={scheme.eligibleCosts} />
        <SchemeFact label={SCHEME_INFO.cofinancing} fact={scheme.cofinancing} />
        <SchemeFact label={SCHEME_INFO.reporting} fact={scheme.reporting} />
        <SchemeFact label={SCHEME_INFO.evaluation} fact={scheme.evaluation} />
      </dl>
      <p>
        <a href={href.start()}>{SCHEME_INFO.toOverview}</a>
      </p>
    </>
  );
}

function Row({ label, value, source }: { label: string; value: string; source?: string }) {
  return (
    <div className="scheme-fact">
      <dt className="scheme-fact__label">{label}</dt>
      <dd className="scheme-fact__value">
        {value} {source && <span className="scheme-fact__source">{SCHEME_INFO.sourceLabel(source)}</span>}
      </dd>
    </div>
  );
}
