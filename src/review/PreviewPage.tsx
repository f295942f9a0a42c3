import { useMemo } from 'react';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { DocumentPreview } from './DocumentPreview';
import { PREVIEW } from '../text/export';
import { SHELL } from '../text/nl';
import { useDraft, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ExportButton } from '../shell/ExportButton';
import { HouseStyleExport } from './HouseStyleExport';
import { href } from '../routes/hashRoute';

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
        <a href={href.start()}>{SHELL.backToOverview}</a>
      </p>
      <PageHeading>{PREVIEW.title}</PageHeading>
      <p className="lead">{PREVIEW.intro}</p>
      <ExportButton />
      <DocumentPreview model={model} />
      <HouseStyleExport />
    </>
  );
}
