import { useState } from 'react';
import type { ReportDraft } from '../../../schemas/draft';
import { GRANT_FIELDS } from '../../../schemas/fields/report';
import { reportSchemas } from '../../domain/report/reportChecks';
import { href } from '../../routes/hashRoute';
import { useDraftStore, useScheme } from '../../shell/DraftContext';
import { navigate } from '../../shell/useHashRoute';
import { REPORT } from '../../text/report';
import { ItemForm } from '../ItemForm';
import { markTaskVisited, writeReport } from './reportForm';
import { TableFields } from './TableFields';

/** "#/verslag/toekenning": Subsidie verleend — the decision's date and the granted amount. */
export function GrantPage({ focusField }: { focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const [item] = useState(() => store.getSnapshot().report?.grant ?? {});
  return (
    <ItemForm
      schema={reportSchemas(scheme).grant}
      item={item}
      // The form's values as it holds them; writeReport cleans them (nulls, untouched fields) before the draft keeps them.
      write={(grant) => writeReport(store, (r) => ({ ...r, grant: grant as ReportDraft['grant'] }))}
      title={REPORT.grantTitle}
      caption={REPORT.title}
      intro={<p className="lead">{REPORT.grantIntro}</p>}
      focusField={focusField}
      submitLabel={REPORT.save}
      backHref={href.report()}
      onSaved={() => {
        store.update((d) => markTaskVisited(d, { kind: 'grant' }));
        navigate(href.report());
      }}
      secondary={
        <a className="link" href={href.report()}>
          {REPORT.backToReport}
        </a>
      }
    >
      <TableFields fields={GRANT_FIELDS} />
    </ItemForm>
  );
}
