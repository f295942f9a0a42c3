import type { Document } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate } from '../../schemas/template';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { buildDocumentModel } from './buildDocumentModel';
import { modelToDocx } from './modelToDocx';

export interface RenderOptions {
  /** Defaults to the scheme round's own template (templates/<scheme>/document.json). */
  template?: DocumentTemplate;
  appVersion?: string;
}

/** Pure: (draft, scheme, template) → a docx Document. No packing, no DOM. */
export function renderApplication(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: RenderOptions = {}): Document {
  const template = options.template ?? getDocumentTemplate(scheme.id);
  return modelToDocx(buildDocumentModel(draft, scheme, template, { now, appVersion: options.appVersion }));
}
