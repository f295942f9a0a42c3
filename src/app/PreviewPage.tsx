import { useMemo } from 'react';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { buildDocumentModel } from '../export/buildDocumentModel';
import { DocumentPreview } from '../review/DocumentPreview';
import { PREVIEW } from '../text/export';
import { SHELL } from '../text/nl';
import { useDraft, useScheme } from '../wizard/DraftContext';
import { PageHeading } from '../wizard/PageHeading';
import { useDocumentTitle } from '../wizard/useDocumentTitle';
import { ExportButton } from '../wizard/ExportButton';
import { HouseStyleExport } from './HouseStyleExport';
import { routeHref } from './hashRoute';

/** #/voorbeeld: the Word document's text before download (no docx code: the model is plain data). */
export function PreviewPage() {
  useDocumentTitle(PREVIEW.title);
  const draft = useDraft((d) => d);
  const scheme = useScheme();
  const model = useMemo(
    () => buildDocumentModel(draft, scheme, getDocumentTemplate(scheme.id), { now: new Date(), appVersion: __APP_VERSION__ }),
    [draft, scheme],
  );
  return (
    <>
      <p>
        <a href={routeHref([])}>{SHELL.backToOverview}</a>
      </p>
      <PageHeading>{PREVIEW.title}</PageHeading>
      <p className="lead">{PREVIEW.intro}</p>
      <ExportButton />
      <DocumentPreview model={model} />
      <HouseStyleExport />
    </>
  );
}
