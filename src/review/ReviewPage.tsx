import { useMemo } from 'react';
import { errorsOf, warningsOf } from '../domain/issues';
import { href } from '../routes/hashRoute';
import { ExportButton } from '../shell/ExportButton';
import { SHELL } from '../text/nl';
import { REVIEW } from '../text/review';
import { useDraft, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useIssuesWithAdvice } from '../shell/useIssuesWithAdvice';
import { issueLinks, type StepIssueLinks } from './issueLinks';
import { summarize, type SummaryGroup } from '../summary/summarize';
import './ReviewPage.css';

/**
 * "#/controleren": GOV.UK "check your answers", open from the start. What is still missing comes
 * first, as a calm list per step (a beginner's to-do list, not an alarm; each point links to its
 * field, or to the step for points across steps), then every answer per step with a "Wijzigen" link
 * that returns here after saving.
 */
export function ReviewPage() {
  useDocumentTitle(REVIEW.title);
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  const issues = useIssuesWithAdvice();
  const sections = useMemo(() => summarize(answers, scheme), [answers, scheme]);
  const errors = useMemo(() => errorsOf(issues), [issues]);
  const errorLinks = useMemo(() => issueLinks(errors, answers, scheme), [errors, answers, scheme]);
  const warningLinks = useMemo(() => issueLinks(warningsOf(issues), answers, scheme), [issues, answers, scheme]);

  return (
    <>
      <PageHeading>{REVIEW.title}</PageHeading>
      <p className="lead">{REVIEW.intro}</p>

      {errors.length > 0 ? (
        <section className="review__missing" aria-labelledby="review-missing-title">
          <h2 className="review__missing-title" id="review-missing-title">
            {REVIEW.missingTitle}
          </h2>
          <p>{REVIEW.missingIntro(errors.length)}</p>
          <IssueList groups={errorLinks} counted />
        </section>
      ) : (
        <div className="notice notice--success">
          <h2 className="notice__title">{REVIEW.completeTitle}</h2>
          <p>{REVIEW.completeBody}</p>
        </div>
      )}

      {warningLinks.length > 0 && (
        <div className="notice review__warnings" aria-labelledby="review-warnings-title">
          <h2 className="notice__title" id="review-warnings-title">
            {REVIEW.warningsTitle}
          </h2>
          <p>{REVIEW.warningsIntro}</p>
          <IssueList groups={warningLinks} />
        </div>
      )}

      <p>
        <a href={href.page('coherence')}>{REVIEW.toCoherence}</a>
      </p>

      {sections.map((section) => (
        <section key={section.step} className="review__section" aria-labelledby={`review-${section.step}`}>
          <h2 className="section-heading" id={`review-${section.step}`}>
            {section.title}
          </h2>
          {section.groups.map((group, i) => (
            <Group key={i} group={group} />
          ))}
        </section>
      ))}

      <h2 className="section-heading">{REVIEW.exportHeading}</h2>
      {errors.length > 0 && <p>{REVIEW.exportIncomplete}</p>}
      <ExportButton />
      <p>
        <a href={href.start()}>{SHELL.backToOverview}</a>
      </p>
    </>
  );
}

/** Open points per step, in step order; `counted`: each step says how many (the list of what is missing). */
function IssueList({ groups, counted = false }: { groups: readonly StepIssueLinks[]; counted?: boolean }) {
  return (
    <>
      {groups.map((group) => (
        <div key={group.step} className="review__issue-group">
          <h3 className="review__issue-step">
            {group.title}
            {counted && <span className="review__issue-count"> ({REVIEW.missingCount(group.links.length)})</span>}
          </h3>
          <ul className="review__issue-list">
            {group.links.map((link, i) => (
              <li key={`${link.href}-${i}`}>
                <a href={link.href}>{link.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Group({ group }: { group: SummaryGroup }) {
  return (
    <>
      {group.heading && <h3 className="review__group-heading">{group.heading}</h3>}
      <dl className="summary-list">
        {group.rows.map((row, i) => (
          <div className="summary-list__row" key={`${row.fieldName}-${i}`}>
            <dt className="summary-list__key">{row.label}</dt>
            <dd className="summary-list__value">{row.value ?? <span className="empty-value">{REVIEW.notFilled}</span>}</dd>
            <dd className="summary-list__actions">
              <a href={row.href}>
                {REVIEW.change}
                <span className="visually-hidden">
                  {' '}
                  {row.label}
                  {group.heading ? ` (${group.heading})` : ''}
                </span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
