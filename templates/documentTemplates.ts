import { documentTemplateFileSchema, resolveTemplate, type DocumentTemplate } from '../schemas/template';
import ebnMbo20212022 from './ebn-mbo-2021-2022/document.json';
import nazorgMbo20222023 from './nazorg-mbo-2022-2023/document.json';
import nazorgMbo20222024 from './nazorg-mbo-2022-2024/document.json';
import nazorgMbo20242025 from './nazorg-mbo-2024-2025/document.json';

/**
 * The Word templates per scheme round, parsed once. A new round adds its document.json here; it may
 * take sections from an earlier round's template (`basedOn`, schemas/template.ts).
 */
export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = (() => {
  const templates: DocumentTemplate[] = [];
  for (const json of [ebnMbo20212022, nazorgMbo20222023, nazorgMbo20222024, nazorgMbo20242025]) {
    templates.push(resolveTemplate(documentTemplateFileSchema.parse(json), (id) => templates.find((t) => t.schemeId === id)));
  }
  return templates;
})();

export function getDocumentTemplate(schemeId: string): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES.find((t) => t.schemeId === schemeId);
  if (!template) throw new Error(`No document template for scheme ${schemeId}`);
  return template;
}
