import { fieldMessage, messageText, type LeafField, type Message } from '../schemas/fields/field';
import { schemeSchema } from '../schemas/scheme';
import json from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };

const scheme = schemeSchema.parse(json);

/** A field's Dutch message (from its field table) for the round the journeys use. */
export const messageOf = (field: LeafField, which: 'required' | 'invalid' = 'required') => fieldMessage(field, scheme, which);

/** A list's "add at least one" message. */
export const minMessageOf = (list: { min: Message }) => messageText(list.min, scheme);
