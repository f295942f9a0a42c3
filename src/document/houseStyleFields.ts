import type { Scheme } from '../../schemas/scheme';
import { templateBindings, type Binding } from './templateBindings';
import { TEMPLATE_BLOCKS, type TemplateBlock } from './templateBlocks';

/** `{{aanvraag}}` in a house-style Word file: the whole application body. */
export const WHOLE_DOCUMENT_FIELD = 'aanvraag';

export type HouseStyleField =
  | { kind: 'text'; description: string; binding: Binding }
  | { kind: 'blocks'; description: string; block: TemplateBlock };

/** Every placeholder a house-style Word file of a round may use: the round's bindings, `block.<name>` and `aanvraag`. */
export function houseStyleFields(scheme: Scheme, wholeDocumentDescription = 'De hele aanvraag'): Map<string, HouseStyleField> {
  const fields = new Map<string, HouseStyleField>();
  for (const [name, binding] of Object.entries(templateBindings(scheme).all)) fields.set(name, { kind: 'text', description: binding.description, binding });
  for (const [name, block] of Object.entries(TEMPLATE_BLOCKS)) fields.set(`block.${name}`, { kind: 'blocks', description: block.description, block });
  fields.set(WHOLE_DOCUMENT_FIELD, { kind: 'blocks', description: wholeDocumentDescription, block: { description: wholeDocumentDescription, build: () => [] } });
  return fields;
}
