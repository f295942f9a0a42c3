import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFileSchema, type DraftFile, type SetAsidePart } from '../../schemas/draft';
import { LIMITS } from '../../schemas/limits';
import { draftFileText } from './draftFile';
import { parseDraftText, type ParseDraftResult } from './parseDraft';

const complete = JSON.parse(readFileSync(new URL('../../public/examples/volledig.json', import.meta.url), 'utf8')) as DraftFile;
const now = () => new Date('2026-02-03T14:32:00.000Z');
const open = (value: unknown) => parseDraftText(JSON.stringify(value), { now, schemeIds: ['ebn-mbo-2021-2022'] });
const copy = (): DraftFile & Record<string, unknown> => structuredClone(complete);

function opened(result: ParseDraftResult) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return { ...result, setAside: result.setAside ?? [] };
}

describe('salvage: a draft with one unreadable answer opens with only that answer set aside', () => {
  it('an answer of the wrong type, on a step', () => {
    const draft = copy();
    (draft.answers.budget as Record<string, unknown>).requestedAmount = 509040;
    const { draft: result, setAside } = opened(open(draft));
    expect(setAside).toEqual([
      { path: 'answers.budget.requestedAmount', label: 'Begroting – Gevraagde subsidie', raw: '509040', at: '2026-02-03T14:32:00.000Z' },
    ]);
    expect(result.setAside).toEqual(setAside);
    const { requestedAmount: _gone, ...budget } = complete.answers.budget!;
    expect(result.answers).toEqual({ ...complete.answers, budget });
  });

  it('in an activity, named by its place and title; in a cost line; in a partner, named by its name', () => {
    const draft = copy();
    const activities = draft.answers.activities as unknown as Record<string, unknown>[];
    activities[1]!.phase = { gekozen: 'laatste jaar' };
    (activities[0]!.costLines as Record<string, unknown>[])[0]!.amount = 12.5;
    (draft.answers.partners as unknown as Record<string, unknown>[])[0]!.type = ['rmc'];
    const { draft: result, setAside } = opened(open(draft));
    expect(setAside.map((p) => [p.path, p.label, p.raw])).toEqual([
      ['answers.partners.0.type', 'Samenwerking – Partner 1 (Gemeente Lindeveld, RMC-regio Lindeveld en omstreken) – Soort partner', '["rmc"]'],
      ['answers.activities.0.costLines.0.amount', 'Activiteiten – Activiteit 1 ‘Coaching op loopbaancompetenties in het laatste jaar’, kostenregel 1 – Bedrag', '12.5'],
      ['answers.activities.1.phase', `Activiteiten – Activiteit 2 ‘${complete.answers.activities![1]!.title}’ – Fase`, '{"gekozen":"laatste jaar"}'],
    ]);
    expect(result.answers.activities![1]).toEqual({ ...complete.answers.activities![1], phase: undefined });
    expect(result.answers.activities![1]).not.toHaveProperty('phase');
    expect(result.answers.activities![0]!.costLines![0]).not.toHaveProperty('amount');
    expect(result.answers.activities![0]!.costLines![1]).toEqual(complete.answers.activities![0]!.costLines![1]);
    expect(result.answers.partners![0]).toEqual({ ...complete.answers.partners![0], type: undefined });
    expect(result.answers.applicant).toEqual(complete.answers.applicant);
  });

  it('an activity whose id cannot be read goes aside whole; the others keep their places', () => {
    const draft = copy();
    (draft.answers.activities as unknown as Record<string, unknown>[])[1]!.id = '../../etc/passwd';
    const { draft: result, setAside } = opened(open(draft));
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.label).toBe(`Activiteiten – Activiteit 2 ‘${complete.answers.activities![1]!.title}’ – alle antwoorden`);
    expect(JSON.parse(setAside[0]!.raw)).toEqual({ ...complete.answers.activities![1], id: '../../etc/passwd' });
    expect(result.answers.activities).toEqual(complete.answers.activities!.filter((_, i) => i !== 1));
  });

  it('a checkbox group, a target group and a mechanism', () => {
    const draft = copy();
    (draft.answers.targetGroups!.a as Record<string, unknown>).levels = [2, 3];
    (draft.answers.mechanisms!.chosen as unknown as Record<string, unknown>[])[0]!.rationale = 42;
    const { setAside } = opened(open(draft));
    expect(setAside.map((p) => p.label)).toEqual([
      'Doelgroepen – Doelgroep a – Niveaus',
      'Mechanismen – Mechanisme 1 (Effectiviteit en empowerment) – Waarom dit past',
    ]);
  });

  it('more activities than a draft can hold: the rest goes aside together, in order', () => {
    const draft = copy();
    const many = Array.from({ length: LIMITS.activities + 2 }, (_, i) => ({ id: `a${i}`, title: `Activiteit ${i}` }));
    draft.answers.activities = many;
    const { draft: result, setAside } = opened(open(draft));
    expect(result.answers.activities).toEqual(many.slice(0, LIMITS.activities));
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.label).toBe('Activiteiten – nummers 201 tot en met 202, boven het maximum');
    expect(JSON.parse(setAside[0]!.raw)).toEqual(many.slice(LIMITS.activities));
  });

  it('a comment reply that is too long is named under the comments, not the answers', () => {
    const draft = copy();
    const reply = { id: 'r1', author: 'Bert', text: 'x'.repeat(LIMITS.commentText + 1), createdAt: '2026-01-05T10:00:00Z' };
    draft.comments = [
      { id: 'c1', anchor: { step: 'budget', field: 'notes' }, author: 'Anna de Vries', text: 'Klopt dit?', createdAt: '2026-01-04T10:00:00Z', replies: [reply] },
    ];
    const { draft: result, setAside } = opened(open(draft));
    expect(setAside.map((p) => p.label)).toEqual(['Opmerkingen – opmerking 1 van Anna de Vries – reactie 1 van Bert']);
    expect(JSON.parse(setAside[0]!.raw)).toEqual(reply);
    expect(result.comments).toEqual([{ ...draft.comments[0], replies: [] }]);
    expect(result.answers).toEqual(complete.answers);
  });

  it('unreadable dates get a stand-in; unreadable answers as a whole open as an empty draft with all answers kept aside', () => {
    const { draft, setAside } = opened(open({ ...copy(), createdAt: 'gisteren' }));
    expect(draft.createdAt).toBe(complete.updatedAt);
    expect(setAside.map((p) => [p.label, p.raw])).toEqual([['De datum waarop het concept is gemaakt', '"gisteren"']]);

    const whole = opened(open({ ...copy(), answers: ['niet', 'goed'] }));
    expect(whole.draft.answers).toEqual({});
    expect(whole.setAside.map((p) => [p.label, p.raw])).toEqual([['Alle antwoorden', '["niet","goed"]']]);
  });

  it('refuses only what a draft cannot be without: its scheme', () => {
    const result = open({ ...copy(), schemeId: 12 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('de regeling ontbreekt of kan niet worden gelezen');
    expect(!result.ok && result.message).not.toMatch(/met de hand|beschadigd/);
  });
});

describe('salvage: what is set aside stays in the draft', () => {
  it('written as a file and opened again, the same draft with the same parts aside, and nothing new set aside', () => {
    const draft = copy();
    (draft.answers.budget as Record<string, unknown>).hasCofinancing = 'misschien';
    const first = opened(open(draft));
    const again = opened(parseDraftText(draftFileText(first.draft, '9.9.9'), { now }));
    expect(again.setAside).toEqual([]);
    expect(again.draft).toEqual({ ...first.draft, appVersion: '9.9.9' });
    expect(again.draft.setAside).toEqual(first.setAside);
  });

  it('a second salvage adds to the parts set aside before', () => {
    const draft = copy();
    (draft.answers.budget as Record<string, unknown>).hasCofinancing = 'misschien';
    const first = opened(open(draft)).draft;
    const second = opened(open({ ...first, answers: { ...first.answers, nazorg: { duration: 12 } } }));
    expect(second.draft.setAside!.map((p) => p.path)).toEqual(['answers.budget.hasCofinancing', 'answers.nazorg.duration']);
  });

  it('more parts than a draft keeps one by one travel together in the last one, none lost', () => {
    const draft = copy();
    draft.answers.activities = Array.from({ length: 150 }, (_, i) => ({ id: `a${i}`, title: `Activiteit ${i}`, phase: i }) as never);
    const { draft: result, setAside } = opened(open(draft));
    expect(setAside).toHaveLength(150);
    expect(result.setAside).toHaveLength(LIMITS.setAsideParts);
    const last = result.setAside!.at(-1)!;
    expect(last.label).toBe(`Nog ${150 - LIMITS.setAsideParts + 1} onderdelen die niet konden worden gelezen`);
    const together = JSON.parse(last.raw) as { path: string; label: string; value: unknown }[];
    expect(together.map((p) => JSON.stringify(p.value))).toEqual(setAside.slice(LIMITS.setAsideParts - 1).map((p) => p.raw));
    expect(together.map((p) => p.label)).toEqual(setAside.slice(LIMITS.setAsideParts - 1).map((p) => p.label));
    expect(draftFileSchema.safeParse(result).success).toBe(true);
  });
});

describe('salvage (property): nothing is thrown away', () => {
  /** Every answer and list item of the complete example, by path: the places a broken value can sit. */
  const places: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (path.length > 2) places.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(complete.answers, ['answers']);
  const CHOICE_LISTS = ['levels', 'pathways', 'riskIndicators', 'mechanismIds', 'approachIds', 'targetGroupIds', 'partnerIds'];
  const original = (path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], complete);
  /**
   * Values the schema cannot read at that place. Left out: what it reads as something else on
   * purpose (an empty string or null as "not answered", a lone id as a list) and unknown keys in
   * an object, which a draft drops by design.
   */
  const brokenValue = (path: (string | number)[]) => {
    const inChoiceList = CHOICE_LISTS.includes(String(path.at(-1))) || CHOICE_LISTS.includes(String(path.at(-2)));
    const isObject = typeof original(path) === 'object' && !Array.isArray(original(path));
    return fc.oneof(
      fc.integer(),
      fc.constant(true),
      fc.array(fc.integer(), { maxLength: 3 }),
      ...(isObject ? [] : [fc.dictionary(fc.constantFrom('x', 'waarde'), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { minKeys: 1, maxKeys: 2 })]),
      ...(inChoiceList ? [] : [fc.string({ minLength: 1, maxLength: 8 })]),
    );
  };
  const damage = fc.uniqueArray(fc.constantFrom(...places), { minLength: 1, maxLength: 3, selector: (p) => p.join('.') }).chain((paths) =>
    fc.tuple(...paths.map((path) => brokenValue(path).map((value) => ({ path, value })))),
  );

  it('the draft as opened plus the parts set aside, put back where they were, is the file as it was', () => {
    const counts = { salvaged: 0, clean: 0 };
    fc.assert(
      fc.property(damage, (edits) => {
        const draft = copy();
        for (const { path, value } of edits) {
          const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], draft);
          if (typeof parent === 'object' && parent !== null) (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
        }
        const expected = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
        const { draft: result, setAside } = opened(open(expected));
        counts[setAside.length > 0 ? 'salvaged' : 'clean']++;
        expect(putBack(result, setAside)).toEqual(JSON.parse(JSON.stringify({ ...expected, setAside: undefined })));
      }),
      { numRuns: 300 },
    );
    // Both kinds of damage occur: values set aside and values the draft can read after all.
    expect(counts.salvaged).toBeGreaterThan(200);
    expect(counts.clean).toBeGreaterThan(0);
  });
});

/** The inverse of salvage for one round of it: each part back at its path, list items back in their places. */
function putBack(draft: DraftFile, parts: readonly SetAsidePart[]): unknown {
  const result = JSON.parse(JSON.stringify({ ...draft, setAside: undefined })) as Record<string, unknown>;
  for (const part of [...parts].sort((a, b) => comparePath(a.path, b.path))) {
    const path = part.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], result) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 0, JSON.parse(part.raw));
    else parent[key] = JSON.parse(part.raw);
  }
  return result;
}

function comparePath(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    return /^\d+$/.test(x[i]!) && /^\d+$/.test(y[i]!) ? Number(x[i]) - Number(y[i]) : x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}
