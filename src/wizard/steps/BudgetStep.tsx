import { useMemo } from 'react';
import { SchemeFact } from '../../components/SchemeFact';
import { href } from '../../routes/hashRoute';
import { budgetOverview, type BudgetOverview, type OverviewActivity } from '../../domain/budgetOverview';
import { formatEuro } from '../../domain/formatEuro';
import { BUDGET, BUDGET_QUESTIONS } from '../../text/budget';
import { CrossStepNotices } from '../CrossStepNotices';
import { useDraft, useScheme } from '../../shell/DraftContext';
import type { RouteProps } from '../../routes/routeTable';
import { stepFields } from '../stepForms';
import { StepForm } from '../StepForm';
import { useIssues } from '../../shell/useIssues';
import { TableRegion } from '../../components/TableRegion';
import '../../components/SchemeFact.css';
import '../../components/field.css';
import './BudgetStep.css';

const { Field, Fields, useValue } = stepFields('budget', BUDGET_QUESTIONS);

export function BudgetStep({ focusField }: RouteProps) {
  return (
    <StepForm step="budget" intro={<p>{BUDGET.intro}</p>} focusField={focusField}>
      <CostsOverview />
      <UnknownFacts />
      <h2 className="section-heading">{BUDGET.formHeading}</h2>
      <CrossStepNotices step="budget" exclude={['budget-mismatch']} warningHeading={BUDGET.warningHeading} />
      <RequestedAmount />
      <Cofinancing />
      <BudgetMismatch />
      <Fields overrides={{ requestedAmount: false, hasCofinancing: false, cofinancingAmount: false, cofinancingSource: false }} />
    </StepForm>
  );
}

/**
 * The overview reads only the activities and target groups, so typing in the form below does not
 * recompute it.
 */
function useCostsOverview(): BudgetOverview {
  const scheme = useScheme();
  const activities = useDraft((d) => d.answers.activities);
  const targetGroups = useDraft((d) => d.answers.targetGroups);
  return useMemo(() => budgetOverview({ activities, targetGroups }, scheme), [activities, targetGroups, scheme]);
}

/** An activity's page, from where saving comes back here. */
const activityHref = (id: string) => href.step('activities', { sub: id, returnTo: 'budget' });
const activityLabel = (a: Pick<OverviewActivity, 'number' | 'title'>) => BUDGET.activityLabel(a.number, a.title);

function CostsOverview() {
  const overview = useCostsOverview();
  return (
    <>
      <section aria-labelledby="budget-activities-heading">
        <h2 className="section-heading" id="budget-activities-heading">
          {BUDGET.overviewHeading}
        </h2>
        {overview.activities.length === 0 ? (
          <p>
            {BUDGET.noActivities} <a href={href.step('activities')}>{BUDGET.toActivities}</a>
          </p>
        ) : (
          <>
            <UnreadableAmounts overview={overview} />
            {overview.activities.map((activity) => (
              <ActivityCosts key={activity.id} activity={activity} />
            ))}
          </>
        )}
      </section>
      {overview.activities.length > 0 && <Totals overview={overview} />}
    </>
  );
}

function UnreadableAmounts({ overview }: { overview: BudgetOverview }) {
  if (overview.unreadable.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <h3 className="notice__heading">{BUDGET.unreadableHeading(overview.unreadable.length)}</h3>
      <p>{BUDGET.unreadableIntro}</p>
      <ul>
        {overview.unreadable.map((u) => (
          <li key={`${u.activityId}-${u.lineId}`}>
            <a href={activityHref(u.activityId)}>{BUDGET.unreadableItem(BUDGET.activityLabel(u.activityNumber, u.activityTitle), u.amount)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActivityCosts({ activity }: { activity: OverviewActivity }) {
  const label = activityLabel(activity);
  return (
    <div className="budget-activity">
      <h3 className="budget-activity__title">{label}</h3>
      {activity.lines.length === 0 ? (
        <p className="empty-value">{BUDGET.noLines}</p>
      ) : (
        <TableRegion label={BUDGET.activityCaption(label)}>
          <table className="table budget-table">
            <caption className="visually-hidden">{BUDGET.activityCaption(label)}</caption>
            <thead>
              <tr>
                <th scope="col">{BUDGET.category}</th>
                <th scope="col">{BUDGET.description}</th>
                <th scope="col" className="num">
                  {BUDGET.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {activity.lines.map((line) => (
                <tr key={line.id}>
                  <td>{line.categoryLabel ?? <span className="empty-value">{BUDGET.noCategory}</span>}</td>
                  <td>{line.description || <span className="empty-value">{BUDGET.noDescription}</span>}</td>
                  <td className="num">
                    {line.cents !== undefined ? (
                      formatEuro(line.cents)
                    ) : line.unreadable ? (
                      <strong className="budget-unreadable">{BUDGET.unreadableAmount(line.amount)}</strong>
                    ) : (
                      <span className="empty-value">{BUDGET.noAmount}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {BUDGET.total}
                </th>
                <td className="num">{formatEuro(activity.totalCents)}</td>
              </tr>
            </tfoot>
          </table>
        </TableRegion>
      )}
      <p className="budget-activity__edit">
        <a href={activityHref(activity.id)}>
          {BUDGET.editLines}
          <span className="visually-hidden">{BUDGET.editLinesContext(label)}</span>
        </a>
      </p>
    </div>
  );
}

function Totals({ overview }: { overview: BudgetOverview }) {
  const euroOrDash = (cents: number | undefined) => (cents === undefined ? '—' : formatEuro(cents));
  const missingCount = overview.targetGroups.some((g) => g.students === undefined);
  return (
    <section aria-labelledby="budget-totals-heading">
      <h2 className="section-heading" id="budget-totals-heading">
        {BUDGET.totalsHeading}
      </h2>
      <p className="budget-total">
        {BUDGET.grandTotal}: <strong>{formatEuro(overview.totalCents)}</strong>
      </p>
      <TableRegion label={BUDGET.byCategoryCaption}>
        <table className="table budget-table budget-table--totals">
          <caption>{BUDGET.byCategoryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{BUDGET.category}</th>
              <th scope="col" className="num">
                {BUDGET.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.categories.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                <td className="num">{formatEuro(c.cents)}</td>
              </tr>
            ))}
            {overview.uncategorizedCents > 0 && (
              <tr>
                <th scope="row">{BUDGET.noCategory}</th>
                <td className="num">{formatEuro(overview.uncategorizedCents)}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{BUDGET.total}</th>
              <td className="num">{formatEuro(overview.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>

      <TableRegion label={BUDGET.byGroupCaption}>
        <table className="table budget-table budget-table--totals">
          <caption>{BUDGET.byGroupCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{BUDGET.group}</th>
              <th scope="col" className="num">
                {BUDGET.costs}
              </th>
              <th scope="col" className="num">
                {BUDGET.perStudent}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.targetGroups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  {BUDGET.groupLabel(g.id, g.label)} <span className="budget-table__students">{BUDGET.studentCount(g.students)}</span>
                </th>
                <td className="num">{formatEuro(g.cents)}</td>
                <td className="num">{euroOrDash(g.perStudentCents)}</td>
              </tr>
            ))}
            {overview.unassignedCents > 0 && (
              <tr>
                <th scope="row">{BUDGET.unassigned}</th>
                <td className="num">{formatEuro(overview.unassignedCents)}</td>
                <td className="num">—</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {BUDGET.total} <span className="budget-table__students">{BUDGET.studentCount(overview.students)}</span>
              </th>
              <td className="num">{formatEuro(overview.totalCents)}</td>
              <td className="num">{euroOrDash(overview.perStudentCents)}</td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      <p className="field__hint">{BUDGET.byGroupNote}</p>
      {missingCount && (
        <p>
          <a href={href.step('targetGroups')}>{BUDGET.toTargetGroups}</a>
        </p>
      )}
    </section>
  );
}

function UnknownFacts() {
  const scheme = useScheme();
  const facts = [scheme.maxSubsidyPerInstitution, scheme.eligibleCosts, scheme.cofinancing];
  const anyUnknown = facts.some((f) => f.status === 'unknown');
  return (
    <section aria-labelledby="budget-facts-heading">
      <h2 className="section-heading" id="budget-facts-heading">
        {anyUnknown ? BUDGET.factsHeading : BUDGET.factsKnownHeading}
      </h2>
      {anyUnknown && <p>{BUDGET.factsIntro}</p>}
      <dl className="scheme-facts">
        <SchemeFact label={BUDGET.factMax} fact={scheme.maxSubsidyPerInstitution} format={(euros) => formatEuro(Math.round(euros * 100))} />
        <SchemeFact label={BUDGET.factEligible} fact={scheme.eligibleCosts} />
        <SchemeFact label={BUDGET.factCofinancing} fact={scheme.cofinancing} />
      </dl>
    </section>
  );
}

function RequestedAmount() {
  const { totalCents } = useCostsOverview();
  return <Field name="requestedAmount" hint={BUDGET.requestedAmountHint(totalCents > 0 ? formatEuro(totalCents) : undefined)} />;
}

/** Co-financing: "ja" reveals amount and payer; "nee" drops them from the draft (pruneHidden) and says so. */
function Cofinancing() {
  const has = useValue('hasCofinancing');
  const amount = useValue('cofinancingAmount')?.trim() ?? '';
  const source = useValue('cofinancingSource')?.trim() ?? '';
  const dropped = has === 'no' && (amount !== '' || source !== '');
  const asked = (
    <>
      <Field name="cofinancingAmount" />
      <Field name="cofinancingSource" />
    </>
  );
  return (
    <>
      <Field name="hasCofinancing" checked={has} reveals={{ yes: asked }} />
      <div role="status" className="budget-dropped">
        {dropped && <p className="notice">{BUDGET.cofinancingDropped(amount ? `€ ${amount.replace(/^€\s*/, '')}` : '')}</p>}
      </div>
    </>
  );
}

/** The cross-step check "budget-mismatch", with both sums side by side. */
function BudgetMismatch() {
  const scheme = useScheme();
  const issues = useIssues();
  const answers = useDraft((d) => d.answers);
  const mismatch = issues.some((i) => i.step === 'budget' && i.rule === 'budget-mismatch');
  const overview = useMemo(() => (mismatch ? budgetOverview(answers, scheme) : undefined), [mismatch, answers, scheme]);
  if (!overview || overview.fundedCents === undefined) return null;
  const difference = overview.fundedCents - overview.totalCents;
  return (
    <div className="notice notice--error budget-mismatch">
      <h3 className="notice__heading">{BUDGET.mismatchHeading}</h3>
      <p>{BUDGET.mismatchIntro}</p>
      <dl className="budget-sums">
        <div>
          <dt>{BUDGET.mismatchCosts}</dt>
          <dd>{formatEuro(overview.totalCents)}</dd>
        </div>
        <div>
          <dt>{BUDGET.mismatchRequested}</dt>
          <dd>{formatEuro(overview.requestedCents ?? 0)}</dd>
        </div>
        <div>
          <dt>{BUDGET.mismatchCofinancing}</dt>
          <dd>{formatEuro(overview.cofinancingCents ?? 0)}</dd>
        </div>
        <div className="budget-sums__total">
          <dt>{BUDGET.mismatchFunded}</dt>
          <dd>{formatEuro(overview.fundedCents)}</dd>
        </div>
      </dl>
      <p>
        <strong>{BUDGET.mismatchDirection(formatEuro(Math.abs(difference)), difference > 0)}</strong> {BUDGET.mismatchAdvice}
      </p>
    </div>
  );
}
