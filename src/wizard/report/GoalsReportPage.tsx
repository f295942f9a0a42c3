import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { ReportDraft } from '../../../schemas/draft';
import { goalGroupIds } from '../../../schemas/fields/background';
import { longDateText } from '../../../schemas/fields/display';
import { REPORT_GOAL_FIELDS as F } from '../../../schemas/fields/report';
import { compareGoal, goalName, signedNumber, type GoalResultDraft, type PlannedGoal } from '../../domain/report/goalResults';
import { reportGoalsSchema, reportGoalValues } from '../../domain/report/reportChecks';
import { href } from '../../routes/hashRoute';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { navigate } from '../../shell/useHashRoute';
import { REPORT } from '../../text/report';
import { FormField } from '../FormField';
import { ItemForm } from '../ItemForm';
import { markTaskVisited, writeReport } from './reportForm';

/** "#/verslag/doelen": per goal of the plan (D1, D2, …) the measured value beside the target, and whether it was reached. */
export function GoalsReportPage({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  const store = useDraftStore();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => {
    const { answers, report } = store.getSnapshot();
    return { goals: answers.background?.goals ?? [], item: reportGoalValues(answers, report), schema: reportGoalsSchema(scheme, answers) };
  });
  const nameAt = (field: string) => {
    const at = /^goals\.(\d+)\./.exec(field);
    const index = at ? Number(at[1]) : -1;
    const goal = opened.goals[index];
    return goal ? goalName(`D${index + 1}`, goal.goal) : undefined;
  };
  return (
    <ItemForm
      schema={opened.schema}
      item={opened.item}
      write={(values) => writeReport(store, (r) => ({ ...r, goals: values.goals as ReportDraft['goals'] }))}
      title={REPORT.goalsTitle}
      caption={REPORT.title}
      intro={
        <>
          <p className="lead">{opened.goals.length === 0 ? REPORT.goalsNone : REPORT.goalsIntro}</p>
          {opened.goals.length > 0 && <p>{REPORT.goalsTolerance}</p>}
        </>
      }
      focusField={focusField}
      summaryLabel={nameAt}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={() => {
        store.update((d) => markTaskVisited(d, { kind: 'goals' }));
        navigate(href.report());
      }}
      secondary={
        <a className="link" href={href.report()}>
          {REPORT.backToReport}
        </a>
      }
    >
      {opened.goals.map((goal, index) => (
        <GoalResult key={goal.id} goal={goal} index={index} />
      ))}
    </ItemForm>
  );
}

/** One goal: what the plan said, then the measured value, the date, reached or not and the explanation. */
function GoalResult({ goal, index }: { goal: PlannedGoal; index: number }) {
  const scheme = useScheme();
  const at = `goals.${index}`;
  const values = useWatch({ name: at }) as GoalResultDraft | undefined;
  const c = compareGoal(goal, index, values);
  const code = `D${index + 1}`;
  const headingId = `doel-${index + 1}-titel`;
  const target = goal.targetValue?.trim() || '–';
  const date = longDateText(goal.targetDate) ?? '–';
  const groups = goalGroupIds(goal, scheme).map((g) => scheme.targetGroups.find((t) => t.id === g)?.name ?? g).join(', ');
  const { planned, realised, difference, beyond } = c.values;
  const needed = c.needs.notReached || c.needs.difference;
  return (
    <section className="report__goal" aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        {goalName(code, goal.goal, 200)}
      </h2>
      <div className="report__plan">
        <h3 className="report__plan-title">{REPORT.planHeading}</h3>
        <dl>
          <dt>{REPORT.goalIndicator}</dt>
          <dd>{goal.indicator?.trim() || '–'}</dd>
          <dt>{REPORT.goalTarget}</dt>
          <dd>{target}</dd>
          <dt>{REPORT.goalTargetDate}</dt>
          <dd>{date}</dd>
          {groups && (
            <>
              <dt>{REPORT.goalGroups}</dt>
              <dd>{groups}</dd>
            </>
          )}
        </dl>
      </div>
      <FormField name={`${at}.realisedValue`} field={F.realisedValue} scheme={scheme} label={REPORT.goalField(F.realisedValue.label, code)} hint={REPORT.goalTargetHint(target, date)} />
      {planned !== undefined && realised !== undefined && difference !== undefined && (
        <p className={beyond ? 'report__difference report__difference--beyond' : 'report__difference'}>
          {REPORT.goalComparison(target, values?.realisedValue?.trim() ?? '', REPORT.goalDifference(signedNumber(difference), c.unit), beyond)}
        </p>
      )}
      {c.reached !== undefined && <p className="report__difference">{c.reached ? REPORT.goalReached : REPORT.goalMissed}</p>}
      <FormField name={`${at}.measuredDate`} field={F.measuredDate} scheme={scheme} label={REPORT.goalField(F.measuredDate.label, code)} />
      <FormField name={`${at}.achieved`} field={F.achieved} scheme={scheme} label={REPORT.goalAchieved(code)} checked={values?.achieved ?? ''} />
      <FormField
        name={`${at}.explanation`}
        field={F.explanation}
        scheme={scheme}
        label={REPORT.goalField(F.explanation.label, code)}
        optional={!needed}
        hint={c.needs.notReached ? REPORT.goalNotReachedHint : c.needs.difference ? REPORT.explanationNeeded : undefined}
      />
    </section>
  );
}
