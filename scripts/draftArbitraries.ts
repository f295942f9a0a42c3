import fc from 'fast-check';
import { draftFileSchema } from '../schemas/draft';
import { sampleDraft } from '../src/draftFile/draftFixtures';
import { parseDraft, type ParseDraftResult } from '../src/draftFile/parseDraft';

/**
 * Random inputs for the one door in (parseDraft): JSON-ish text, arbitrary JSON values, bytes with
 * a file name, and valid drafts with random damage. Shared by the property test (npm test) and
 * the long fuzz run (npm run fuzz).
 */

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'hasOwnProperty');
const anyKey = fc.oneof(dangerousKey, fc.string({ maxLength: 12 }));
const pathIntoDraft = fc.array(fc.oneof(anyKey, fc.constantFrom('answers', 'applicant', 'activities', '0', 'costLines', 'progress', 'version')), {
  minLength: 1,
  maxLength: 5,
});

type Mutation = { kind: 'set' | 'delete' | 'proto'; path: string[]; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('set', 'delete', 'proto'),
  path: pathIntoDraft,
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.integer(), fc.constant(null)),
});

/** A valid draft with a few random edits, so the validation and migration paths are hit, not only the JSON parser. */
export const mutatedDraftText: fc.Arbitrary<string> = fc.array(mutation, { maxLength: 4 }).map((mutations) => {
  let text = JSON.stringify(sampleDraft());
  for (const m of mutations) text = applyMutation(text, m);
  return text;
});

function applyMutation(text: string, m: Mutation): string {
  const root = JSON.parse(text) as Record<string, unknown>;
  let node: Record<string, unknown> = root;
  for (const key of m.path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== 'object' || next === null) return text;
    node = next as Record<string, unknown>;
  }
  const last = m.kind === 'proto' ? '__proto__' : m.path.at(-1)!;
  const value = m.kind === 'proto' ? { polluted: m.value } : m.value;
  // defineProperty makes an own "__proto__" key, which JSON.stringify writes out: the risky case for a parser.
  if (m.kind === 'delete') delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(root);
}

const jsonishText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ format: 'aanvraagwijzer-draft', version: 1, ...(typeof v === 'object' ? v : { v }) })),
  fc.tuple(fc.nat({ max: 300 }), fc.constantFrom('[', '{"a":', '["x",')).map(([n, open]) => open.repeat(n)),
  mutatedDraftText,
  mutatedDraftText.chain((t) => fc.nat({ max: t.length }).map((cut) => t.slice(0, cut))),
);

const namedBytes = fc.record({
  name: fc.constantFrom('concept.json', 'aanvraag.docx', 'x.JSON', 'brief.txt', 'geen-extensie'),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    jsonishText.map((t) => new TextEncoder().encode(t)),
    fc.uint8Array({ maxLength: 512 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
  ),
});

/** Every kind of input the app and the CLI hand to parseDraft. */
export const anyDraftInput: fc.Arbitrary<unknown> = fc.oneof(
  jsonishText,
  namedBytes,
  fc.jsonValue({ maxDepth: 4 }),
  mutatedDraftText.map((t) => JSON.parse(t) as unknown),
);

/** The properties: never throws, a valid current draft or a Dutch message, no prototype pollution. */
export async function checkParseDraft(input: unknown): Promise<ParseDraftResult> {
  const result = await parseDraft(input);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0) {
    throw new Error('Object.prototype was polluted');
  }
  if (result.ok) {
    if (!draftFileSchema.safeParse(result.draft).success) throw new Error('ok result is not a valid draft');
    if (Object.getPrototypeOf(result.draft) !== Object.prototype) throw new Error('draft has an odd prototype');
    // A salvaged draft keeps what it could not read, as JSON, under a Dutch label.
    for (const part of result.draft.setAside ?? []) {
      JSON.parse(part.raw);
      if (part.label.trim() === '' || /undefined|\[object/.test(part.label)) throw new Error(`Not a label: ${part.label}`);
    }
  } else if (!/bestand|concept|Word-document/.test(result.message) || /undefined|\[object|Error|SyntaxError/.test(result.message)) {
    throw new Error(`Not a Dutch message for ${result.code}: ${result.message}`);
  }
  return result;
}
