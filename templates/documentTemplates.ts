import { documentTemplateSchema, type DocumentTemplate } from '../schemas/template';
import ebnMbo20212022 from './ebn-mbo-2021-2022/document.json';

/** The Word templates per scheme round, parsed once. A new round adds its document.json here. */
export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [documentTemplateSchema.parse(ebnMbo20212022)];

export function getDocumentTemplate(schemeId: string): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES.find((t) => t.schemeId === schemeId);
  if (!template) throw new Error(`No document template for scheme ${schemeId}`);
  return template;
}
