import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { ActivityDraft, ReportDraft } from '../../../schemas/draft';
import { formatEuro } from '../../../schemas/dutchNumber';
import { longDateText } from '../../../schemas/fields/display';
import { REPORT_ACTIVITY_FIELDS as F } from '../../../schemas/fields/report';
import { withRoundGroups } from '../../../schemas/fields/activities';
import { compareActivity, type Difference, type ReportActivityDraft } from '../../domain/report/planVsRealised';
import { reportActivitySchema, reportActivityValues } from '../../domain/report/reportChecks';
import { href } from '../../routes/hashRoute';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { PageHeading } from '../../shell/PageHeading';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { navigate } from '../../shell/useHashRoute';
import { REPORT } from '../../text/report';
import { FormField } from '../FormField';
import { ItemForm } from '../ItemForm';
import './report.css';
import { markTaskVisited, writeReport } from './reportForm';

const count = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('nl-NL'));
const euro = (cents: number | undefined) => (cents === undefined ? '–' : formatEuro(cents));
const period = (start: string | undefined, end: string | undefined) => `${longDateText(start) ?? '–'} – ${longDateText(end) ?? '–'}`;

/** "#/verslag/activiteit/<id>": what became of one planned activity, each realised answer beside the plan's. */
export function ActivityReportPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => {
    const { answers, report } = store.getSnapshot();
    const index = (answers.activities ?? []).findIndex((a) => a.id === id);
    const listed = answers.activities?.[index];
    if (!listed) return undefined;
    // In a round with one target group an activity names none: it is for that group.
    const planned = withRoundGroups(listed, scheme);
    const entry = report?.activities?.find((r) => r.activityId === id);
    return { planned, index, values: reportActivityValues(entry, planned, scheme), schema: reportActivitySchema(scheme, planned, index) };
  });
  if (!opened) return <NotFound />;
  const { planned, index, values, schema } = opened;
  const code = `A${index + 1}`;
  const write = (entry: ReportActivityDraft) =>
    writeReport(store, (r) => {
      const list = [...(r.activities ?? [])];
      const at = list.findIndex((a) => a.activityId === id);
      if (at >= 0) list[at] = entry;
      else list.push(entry);
      return { ...r, activities: list } satisfies ReportDraft;
    });
  return (
    <ItemForm
      schema={schema}
      item={values}
      // The form's values as it holds them; writeReport cleans them before the draft keeps them.
      write={(v) => write(v as ReportActivityDraft)}
      title={REPORT.activityTask(code, planned.title)}
      caption={REPORT.activityCaption(code)}
      intro={<PlanSummary planned={planned} />}
      focusField={focusField}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={() => {
        store.update((d) => markTaskVisited(d, { kind: 'activity', activityId: id }));
        navigate(href.report());
      }}
      secondary={
        <a className="link" href={href.report()}>
          {REPORT.backToReport}
        </a>
      }
    >
      <RealisedFields planned={planned} index={index} />
    </ItemForm>
  );
}

/** What the plan said: the values the realised answers are compared with. */
function PlanSummary({ planned }: { planned: ActivityDraft }) {
  const scheme = useScheme();
  const c = compareActivity(planned, 0, undefined);
  const groups = (planned.targetGroupIds ?? []).map((g) => scheme.targetGroups.find((t) => t.id === g)?.name ?? g).join(', ');
  return (
    <section className="report__plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="report__plan-title">
        {REPORT.planHeading}
      </h2>
      <dl>
        <dt>{REPORT.plannedPeriod}</dt>
        <dd>{period(planned.startDate, planned.endDate)}</dd>
        <dt>{REPORT.plannedGroups}</dt>
        <dd>{groups || '–'}</dd>
        <dt>{REPORT.plannedParticipants}</dt>
        <dd>{count(c.participants.planned)}</dd>
        <dt>{REPORT.plannedCosts}</dt>
        <dd>{euro(c.costs.planned)}</dd>
      </dl>
      <p>{REPORT.tolerance}</p>
    </section>
  );
}

/** "−10 %, binnen 10 %" or "+25 %: leg het verschil uit", for the line under a group of realised answers. */
function differenceText(d: Difference, format: (n: number | undefined) => string) {
  if (d.realised === undefined || d.planned === undefined) return undefined;
  return REPORT.comparison(format(d.planned), format(d.realised), REPORT.share(d.share), d.beyond);
}

function RealisedFields({ planned, index }: { planned: ActivityDraft; index: number }) {
  const scheme = useScheme();
  const values = useWatch() as ReportActivityDraft;
  const c = compareActivity(planned, index, values);
  const done = c.carriedOut === 'yes' || c.carriedOut === 'partly';
  const reason = <FormField name="notDoneReason" field={F.notDoneReason} scheme={scheme} optional={false} />;
  const groups = planned.targetGroupIds ?? [];
  const participantsLine = differenceText(c.participants, count);
  const costsLine = differenceText(c.costs, euro);
  return (
    <>
      <FormField name="carriedOut" field={F.carriedOut} scheme={scheme} reveals={{ partly: reason, no: reason }} checked={values.carriedOut ?? ''} />
      {done && (
        <>
          <h2 className="section-heading">{REPORT.periodSection}</h2>
          <div className="report__dates">
            <FormField name="startDate" field={F.startDate} scheme={scheme} hint={REPORT.plannedValue(longDateText(planned.startDate) ?? '–')} />
            <FormField name="endDate" field={F.endDate} scheme={scheme} hint={REPORT.plannedValue(longDateText(planned.endDate) ?? '–')} />
          </div>
          {c.needs.period && <FormField name="periodExplanation" field={F.periodExplanation} scheme={scheme} optional={false} hint={REPORT.periodChanged} />}

          <h2 className="section-heading">{REPORT.participantsSection}</h2>
          {groups.map((g) => (
            <FormField
              key={g}
              name={`participants.${g}.count`}
              field={F.participants.item.count}
              scheme={scheme}
              label={REPORT.participantsOfGroup(g)}
              hint={groups.length === 1 ? REPORT.plannedValue(count(c.participants.planned)) : REPORT.plannedTogether(count(c.participants.planned))}
              optional={false}
            />
          ))}
          {participantsLine && <p className={c.participants.beyond ? 'report__difference report__difference--beyond' : 'report__difference'}>{participantsLine}</p>}
          {c.needs.participants && <FormField name="participantsExplanation" field={F.participantsExplanation} scheme={scheme} optional={false} hint={REPORT.explanationNeeded} />}

          <h2 className="section-heading">{REPORT.costsSection}</h2>
          {(planned.costLines ?? []).map((line, i) => (
            <FormField
              key={line.id}
              name={`costLines.${i}.amount`}
              field={F.costLines.item.amount}
              scheme={scheme}
              label={REPORT.costLineLabel(scheme.costCategories.find((k) => k.id === line.category)?.label ?? '–', line.description?.trim() || '–')}
              hint={REPORT.plannedValue(euro(c.costLines[i]?.cents.planned))}
              optional={false}
            />
          ))}
          {costsLine && <p className={c.costs.beyond ? 'report__difference report__difference--beyond' : 'report__difference'}>{costsLine}</p>}
          {c.needs.costs && <FormField name="costsExplanation" field={F.costsExplanation} scheme={scheme} optional={false} hint={REPORT.explanationNeeded} />}

          <h2 className="section-heading">{REPORT.wayOfWorkingSection}</h2>
          <FormField name="wayOfWorking" field={F.wayOfWorking} scheme={scheme} />
        </>
      )}
    </>
  );
}

function NotFound() {
  useDocumentTitle(REPORT.notFoundTitle);
  return (
    <>
      <PageHeading>{REPORT.notFoundTitle}</PageHeading>
      <p>{REPORT.notFoundBody}</p>
      <p>
        <a href={href.report()}>{REPORT.backToReport}</a>
      </p>
    </>
  );
}
