import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import type { DocumentTemplate } from '../../schemas/template';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { HOUSE_STYLE } from '../text/houseStyle';
import { buildDocumentModel } from './buildDocumentModel';
import { embedDraftJson } from './embedDraft';
import { blocksToDocx } from './modelToDocx';
import { houseStyleFields, WHOLE_DOCUMENT_FIELD } from './houseStyleFields';
import { createRenderContext } from './renderContext';

export const MAX_HOUSE_STYLE_BYTES = 20_000_000;

export type HouseStyleResult = { ok: true; bytes: Uint8Array; warnings: string[] } | { ok: false; message: string };

/**
 * Fills the user's own Word file (logo, fonts, styles) at its `{{placeholders}}`: short answers
 * in place, `{{block.<name>}}` and `{{aanvraag}}` as whole paragraphs and tables. An unknown
 * placeholder stops it with a Dutch message (a typo would otherwise stay in the document); an
 * empty answer is filled with "[nog niet ingevuld]" and reported. The draft travels inside, as
 * with the app's own document.
 */
export async function fillHouseStyle(
  houseStyle: Uint8Array,
  draft: DraftFile,
  scheme: Scheme,
  now: Date,
  options: { appVersion?: string; template?: DocumentTemplate } = {},
): Promise<HouseStyleResult> {
  if (houseStyle.byteLength > MAX_HOUSE_STYLE_BYTES) return { ok: false, message: HOUSE_STYLE.tooLarge };
  if (houseStyle[0] !== 0x50 || houseStyle[1] !== 0x4b) return { ok: false, message: HOUSE_STYLE.notDocx };
  let found: readonly string[];
  try {
    found = await patchDetector({ data: houseStyle, trimPlaceholders: true });
  } catch {
    return { ok: false, message: HOUSE_STYLE.notDocx };
  }
  const names = [...new Set(found)];
  if (names.length === 0) return { ok: false, message: HOUSE_STYLE.noFields };

  const template = options.template ?? getDocumentTemplate(scheme.id);
  const appVersion = options.appVersion ?? 'onbekend';
  const fields = houseStyleFields();
  const unknown = names.filter((n) => !fields.has(n));
  if (unknown.length > 0) return { ok: false, message: HOUSE_STYLE.unknownFields(unknown) };

  const ctx = createRenderContext(draft, scheme, template, now, appVersion);
  const empty: string[] = [];
  const patches: Record<string, IPatch> = {};
  for (const name of names) {
    const field = fields.get(name)!;
    if (field.kind === 'text') {
      const value = field.binding.value(ctx)?.trim();
      if (!value) empty.push(name);
      patches[name] = { type: PatchType.PARAGRAPH, children: [new TextRun(value || template.labels.missing)] };
    } else {
      const blocks = name === WHOLE_DOCUMENT_FIELD ? buildDocumentModel(draft, scheme, template, { now, appVersion }).body : field.block.build(ctx);
      patches[name] = { type: PatchType.DOCUMENT, children: blocksToDocx(blocks) };
    }
  }
  try {
    const filled = await patchDocument({ outputType: 'uint8array', data: houseStyle, patches, trimPlaceholders: true, keepOriginalStyles: true });
    return { ok: true, bytes: embedDraftJson(filled, JSON.stringify(draft)), warnings: empty.length > 0 ? [HOUSE_STYLE.emptyFields(empty)] : [] };
  } catch {
    return { ok: false, message: HOUSE_STYLE.failed };
  }
}
