import type { Document } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate } from '../../schemas/template';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { advisorComments } from './advisorComments';
import { buildDocumentModel } from '../document/buildDocumentModel';
import { modelToDocx } from './modelToDocx';

export interface RenderOptions {
  /** Defaults to the scheme round's own template (templates/<scheme>/document.json). */
  template?: DocumentTemplate;
  appVersion?: string;
  /** "Versie voor adviseur": the draft's open comments as Word comments. Without it the document has none. */
  withComments?: boolean;
}

/** Pure: (draft, scheme, template) → a docx Document. No packing, no DOM. */
export function renderApplication(draft: DraftFile, scheme: Scheme, now: Date = new Date(), options: RenderOptions = {}): Document {
  const template = options.template ?? getDocumentTemplate(scheme.id);
  const model = buildDocumentModel(draft, scheme, template, { now, appVersion: options.appVersion });
  return modelToDocx(model, options.withComments ? { comments: advisorComments(draft.comments, model) } : {});
}
