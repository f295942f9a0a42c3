import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { ReportDraft } from '../../../schemas/draft';
import { formatEuro } from '../../../schemas/dutchNumber';
import { REPORT_CLOSING_FIELDS, REPORT_NAZORG_FIELDS, REPORT_PARTNER_FIELDS } from '../../../schemas/fields/report';
import { addedActivities, compareActivities, difference, reportTotals } from '../../domain/report/planVsRealised';
import { nazorgComparison, partnerName, reportClosingSchema, reportNazorgSchema, reportSchemas, type ReportTask } from '../../domain/report/reportChecks';
import { href } from '../../routes/hashRoute';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { navigate } from '../../shell/useHashRoute';
import { REPORT } from '../../text/report';
import { FormField } from '../FormField';
import { ItemForm } from '../ItemForm';
import { markTaskVisited, writeReport } from './reportForm';
import { TableFields } from './TableFields';

/** What every other part of the report shares: its form returns to the task list. */
function useReportPart(task: ReportTask) {
  const store = useDraftStore();
  return {
    store,
    onSaved: () => {
      store.update((d) => markTaskVisited(d, task));
      navigate(href.report());
    },
    secondary: (
      <a className="link" href={href.report()}>
        {REPORT.backToReport}
      </a>
    ),
  };
}

/** "#/verslag/nazorg": how many graduates used nazorg, against the number the application promised. */
export function NazorgReportPage({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  const { store, onSaved, secondary } = useReportPart({ kind: 'nazorg' });
  const [opened] = useState(() => {
    const { answers, report } = store.getSnapshot();
    return { answers, item: report?.nazorg ?? {}, schema: reportNazorgSchema(scheme, answers) };
  });
  const promised = nazorgComparison(opened.answers, undefined).planned;
  return (
    <ItemForm
      schema={opened.schema}
      item={opened.item}
      write={(nazorg) => writeReport(store, (r) => ({ ...r, nazorg: nazorg as ReportDraft['nazorg'] }))}
      title={REPORT.nazorgTitle}
      caption={REPORT.title}
      intro={<p className="lead">{promised === undefined ? REPORT.nazorgNoPlan : REPORT.nazorgIntro(promised.toLocaleString('nl-NL'))}</p>}
      focusField={focusField}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={onSaved}
      secondary={secondary}
    >
      <NazorgFields promised={promised} />
    </ItemForm>
  );
}

function NazorgFields({ promised }: { promised: number | undefined }) {
  const scheme = useScheme();
  const store = useDraftStore();
  const actual = useWatch({ name: 'actualUsers' }) as string | undefined;
  const d = nazorgComparison(store.getSnapshot().answers, { nazorg: { actualUsers: actual } });
  return (
    <>
      <FormField
        name="actualUsers"
        field={REPORT_NAZORG_FIELDS.actualUsers}
        scheme={scheme}
        optional={false}
        hint={promised === undefined ? undefined : REPORT.plannedValue(promised.toLocaleString('nl-NL'))}
      />
      {d.realised !== undefined && d.planned !== undefined && (
        <p className={d.beyond ? 'report__difference report__difference--beyond' : 'report__difference'}>{REPORT.comparison(d.planned.toLocaleString('nl-NL'), d.realised.toLocaleString('nl-NL'), REPORT.share(d.share), d.beyond)}</p>
      )}
      <FormField name="explanation" field={REPORT_NAZORG_FIELDS.explanation} scheme={scheme} optional={!d.beyond} hint={d.beyond ? REPORT.explanationNeeded : undefined} />
    </>
  );
}

/** "#/verslag/samenwerking": per partner of the plan, how the institution worked with it. */
export function PartnersReportPage({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  const { store, onSaved, secondary } = useReportPart({ kind: 'partners' });
  const [opened] = useState(() => {
    const { answers, report } = store.getSnapshot();
    const partners = answers.partners ?? [];
    return {
      partners,
      item: { partners: partners.map((p) => ({ partnerId: p.id, cooperation: report?.partners?.find((r) => r.partnerId === p.id)?.cooperation ?? '' })) },
    };
  });
  const nameAt = (field: string) => {
    const at = /^partners\.(\d+)\./.exec(field);
    const partner = at ? opened.partners[Number(at[1])] : undefined;
    return partner ? partnerName(partner) : undefined;
  };
  return (
    <ItemForm
      schema={reportSchemas(scheme).partners}
      item={opened.item}
      write={(values) => writeReport(store, (r) => ({ ...r, partners: values.partners as ReportDraft['partners'] }))}
      title={REPORT.partnersTitle}
      caption={REPORT.title}
      intro={<p className="lead">{opened.partners.length === 0 ? REPORT.partnersNone : REPORT.partnersIntro}</p>}
      focusField={focusField}
      summaryLabel={nameAt}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={onSaved}
      secondary={secondary}
    >
      {opened.partners.map((p, i) => (
        <FormField
          key={p.id}
          name={`partners.${i}.cooperation`}
          field={REPORT_PARTNER_FIELDS.cooperation}
          scheme={scheme}
          label={REPORT.partnerCooperation(partnerName(p))}
          hint={p.agreements?.trim() ? REPORT.partnerPlanned(p.agreements.trim()) : undefined}
        />
      ))}
    </ItemForm>
  );
}

/** "#/verslag/afsluiting": the total costs as the administration has them, and how the obligations were met. */
export function ClosingPage({ focusField }: { focusField?: string }) {
  const scheme = useScheme();
  const { store, onSaved, secondary } = useReportPart({ kind: 'closing' });
  const [opened] = useState(() => {
    const { answers, report } = store.getSnapshot();
    const comparisons = compareActivities(answers, report);
    const totals = reportTotals(answers, comparisons, addedActivities(report));
    return { item: report?.closing ?? {}, schema: reportClosingSchema(scheme, answers, report), totals };
  });
  const { realisedCents, plannedCents } = opened.totals;
  const d = difference(plannedCents, realisedCents);
  return (
    <ItemForm
      schema={opened.schema}
      item={opened.item}
      write={(closing) => writeReport(store, (r) => ({ ...r, closing: closing as ReportDraft['closing'] }))}
      title={REPORT.closingTitle}
      caption={REPORT.title}
      intro={
        <>
          <p className="lead">{realisedCents === undefined ? REPORT.closingIntroUnknown : REPORT.closingIntro(formatEuro(realisedCents))}</p>
          {realisedCents !== undefined && <p>{REPORT.comparison(formatEuro(plannedCents), formatEuro(realisedCents), REPORT.share(d.share), d.beyond)}</p>}
        </>
      }
      focusField={focusField}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={onSaved}
      secondary={secondary}
    >
      <TableFields fields={REPORT_CLOSING_FIELDS} />
    </ItemForm>
  );
}
