import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_VERSION } from '../../schemas/draft';
import { validateMigrations, type DraftMigration } from '../../schemas/migrations';
import { sampleDraft } from './draftFixtures';
import { MAX_DRAFT_BYTES, nestingDepth, parseDraft, parseDraftText, type ParseDraftResult } from './parseDraft';
import { DOCX_DRAFT_PART } from '../word/readDocxDraft';

const text = (value: unknown) => JSON.stringify(value, null, 2);
const bytes = (s: string) => new TextEncoder().encode(s);

function expectRefused(result: ParseDraftResult, code: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  // Dutch, for a project leader: names the file or draft, no English error text.
  expect(result.message).toMatch(/bestand|concept|Word-document/);
  expect(result.message).not.toMatch(/undefined|\[object|Error|Unexpected token|SyntaxError/);
}

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('parseDraft accepts a valid draft', () => {
  it('from text, returning the same draft and an empty report', () => {
    const result = parseDraftText(text(sampleDraft()));
    expect(result).toEqual({ ok: true, draft: sampleDraft(), report: [] });
  });

  it('from bytes with a byte order mark, from a File and from a parsed value', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text(sampleDraft()))]);
    expect(await parseDraft({ name: 'concept.json', bytes: withBom })).toMatchObject({ ok: true, draft: sampleDraft() });
    expect(await parseDraft(new File([text(sampleDraft())], 'concept.JSON'))).toMatchObject({ ok: true, draft: sampleDraft() });
    expect(await parseDraft(sampleDraft())).toMatchObject({ ok: true, draft: sampleDraft() });
  });

  it('drops unknown keys at every level', () => {
    const draft = { ...sampleDraft(), extra: 1, answers: { ...sampleDraft().answers, applicant: { brin: '25LX', secret: 'x' } } };
    const result = parseDraftText(text(draft));
    expect(result.ok && result.draft).not.toHaveProperty('extra');
    expect(result.ok && result.draft.answers.applicant).toEqual({ brin: '25LX' });
  });

  it('from a .docx that carries the draft', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [DOCX_DRAFT_PART]: strToU8(text(sampleDraft())) });
    expect(await parseDraft({ name: 'aanvraag-roc.docx', bytes: docx })).toMatchObject({ ok: true, draft: sampleDraft() });
  });

  it('checks the scheme when told which schemes exist', () => {
    expectRefused(parseDraftText(text(sampleDraft()), { schemeIds: ['other-scheme'] }), 'unknown-scheme');
    expect(parseDraftText(text(sampleDraft()), { schemeIds: ['ebn-mbo-2021-2022'] }).ok).toBe(true);
  });
});

describe('parseDraft reads every state a form can leave an answer in', () => {
  it('opens a file from the app before this fix, with null for every unanswered choice, as it was', () => {
    const oldApp = {
      ...sampleDraft(),
      answers: {
        applicant: { institutionName: 'ROC Rijnstad', brin: '' },
        targetGroups: { a: { expectedCount: '120', levels: [], pathways: [], riskIndicators: [], ageConfirmed: false }, b: { levels: [] } },
        activities: [{ id: 'act-1', title: 'Huiswerkklas', phase: null, startDate: '', mechanismIds: [], costLines: [{ id: 'k1', category: '', amount: '' }] }],
        partners: [{ id: 'p-1', name: 'Gemeente', type: null, role: '' }],
        budget: { requestedAmount: '12.500', hasCofinancing: null, notes: '' },
      },
    };
    const result = parseDraftText(text(oldApp));
    expect(result.ok && result.setAside).toBeUndefined();
    expect(result.ok && result.draft.answers).toEqual({
      ...oldApp.answers,
      activities: [{ id: 'act-1', title: 'Huiswerkklas', startDate: '', mechanismIds: [], costLines: [{ id: 'k1', category: '', amount: '' }] }],
      partners: [{ id: 'p-1', name: 'Gemeente', role: '' }],
      budget: { requestedAmount: '12.500', notes: '' },
    });
    expect(result.ok && Object.keys(result.draft.answers.budget!)).toEqual(['requestedAmount', 'notes']);
  });

  it('reads checkbox groups as older versions saved them (false untouched, a lone id) as lists, and an empty choice as none', () => {
    const stale = { ...sampleDraft(), answers: { targetGroups: { a: { levels: false, pathways: 'bol' } }, budget: { hasCofinancing: '' } } };
    const result = parseDraftText(text(stale));
    expect(result.ok && result.draft.answers).toEqual({ targetGroups: { a: { pathways: ['bol'] } }, budget: {} });
  });
});

describe('parseDraft salvages a draft with parts it cannot read', () => {
  it('opens it with only those parts set aside, and says which (details: salvageDraft.test.ts)', () => {
    const result = parseDraftText(text({ ...sampleDraft(), answers: { ...sampleDraft().answers, applicant: { brin: 25, institutionName: 'ROC' } } }), {
      now: () => new Date('2026-02-03T15:00:00Z'),
    });
    expect(result.ok && result.draft.answers.applicant).toEqual({ institutionName: 'ROC' });
    const part = { path: 'answers.applicant.brin', label: 'Aanvrager – BRIN-code', raw: '25', at: '2026-02-03T15:00:00.000Z' };
    expect(result.ok && result.setAside).toEqual([part]);
    expect(result.ok && result.draft.setAside).toEqual([part]);
    expect(parseDraftText(text({ ...sampleDraft(), answers: [] })).ok).toBe(true);
    expect(parseDraftText(text({ ...sampleDraft(), updatedAt: 'gisteren' })).ok).toBe(true);
    expect(parseDraftText(text({ ...sampleDraft(), answers: { activities: [{ id: '../../etc' }] } })).ok).toBe(true);
  });

  it('the same for the draft inside a .docx', async () => {
    const draft = { ...sampleDraft(), answers: { ...sampleDraft().answers, budget: { requestedAmount: 12500, hasCofinancing: null } } };
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [DOCX_DRAFT_PART]: strToU8(text(draft)) });
    const result = await parseDraft({ name: 'aanvraag-roc.docx', bytes: docx });
    expect(result.ok && result.draft.answers).toEqual({ ...sampleDraft().answers, budget: {} });
    expect(result.ok && result.setAside?.map((p) => [p.label, p.raw])).toEqual([['Begroting – Gevraagde subsidie', '12500']]);
  });
});

describe('parseDraft refuses hostile and broken files with a Dutch message', () => {
  it('not JSON', async () => {
    expectRefused(parseDraftText('Dit is een brief, geen concept.'), 'not-json');
    expectRefused(parseDraftText('{"format": "aanvraagwijzer-draft",'), 'not-json');
    expectRefused(await parseDraft({ name: 'x.json', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]) }), 'not-json');
  });

  it('empty', async () => {
    expectRefused(parseDraftText(''), 'empty');
    expectRefused(parseDraftText('  \n\uFEFF'), 'empty');
    expectRefused(await parseDraft(new File([], 'leeg.json')), 'empty');
  });

  it('60 MB, refused by its size before it is read', async () => {
    let read = false;
    const huge = new Blob([new Uint8Array(1)]);
    Object.defineProperty(huge, 'size', { value: 60_000_000 });
    huge.arrayBuffer = () => {
      read = true;
      throw new Error('must not be read');
    };
    const result = await parseDraft(huge);
    expectRefused(result, 'too-large');
    expect(read).toBe(false);
    expect(!result.ok && result.message).toContain('te groot (60,0 MB)');
    expectRefused(await parseDraft({ name: 'groot.json', bytes: new Uint8Array(MAX_DRAFT_BYTES + 1) }), 'too-large');
    expectRefused(parseDraftText(' '.repeat(MAX_DRAFT_BYTES + 1)), 'too-large');
  });

  it('just over the cap: says the real size, which differs from the cap', async () => {
    const result = await parseDraft({ name: 'groot.json', bytes: new Uint8Array(5_004_321) });
    expect(!result.ok && result.message).toContain('te groot (5,004 MB)');
    expect(!result.ok && result.message).toContain('het grootste bestand dat u kunt openen is 5 MB');
  });

  it('200,000-deep nesting, without blowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expectRefused(parseDraftText(deep), 'too-deep');
    const deepInDraft = text(sampleDraft()).replace('"answers": {', `"answers": {"x": ${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)},`);
    expectRefused(parseDraftText(deepInDraft), 'too-deep');
  });

  it('prototype-pollution keys: harmless and gone', () => {
    const hostile = text(sampleDraft()).replace(
      '"answers": {',
      '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "answers": {"__proto__": {"polluted": "yes"},',
    );
    const result = parseDraftText(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.keys(result.draft)).not.toContain('__proto__');
    expect(result.ok && Object.getPrototypeOf(result.draft)).toBe(Object.prototype);
    expect(result.ok && (result.draft as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && (result.draft.answers as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('version 999: tells the user to update the app', () => {
    const result = parseDraftText(text({ ...sampleDraft(), version: 999 }));
    expectRefused(result, 'too-new');
    expect(!result.ok && result.message).toContain('Werk de app bij');
  });

  it('a missing or odd version', () => {
    expectRefused(parseDraftText(text({ ...sampleDraft(), version: '1' })), 'bad-version');
    expectRefused(parseDraftText(text({ ...sampleDraft(), version: 1.5 })), 'bad-version');
    const { version: _version, ...noVersion } = sampleDraft();
    expectRefused(parseDraftText(text(noVersion)), 'bad-version');
  });

  it('a draft without a readable scheme, naming that part and not blaming the user', () => {
    const result = parseDraftText(text({ ...sampleDraft(), schemeId: 25 }));
    expectRefused(result, 'invalid');
    expect(!result.ok && result.message).toContain('de regeling ontbreekt of kan niet worden gelezen');
    expect(!result.ok && result.message).not.toMatch(/met de hand|beschadigd/);
  });

  it('something else than a draft', async () => {
    for (const other of ['null', '[]', '42', '"concept"', '{}', '{"format":"other-app"}']) expectRefused(parseDraftText(other), 'wrong-format');
    expectRefused(await parseDraft(undefined), 'wrong-format');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expectRefused(await parseDraft(circular), 'wrong-format');
    expectRefused(await parseDraft({ name: 'concept.exe', bytes: bytes(text(sampleDraft())) }), 'wrong-file-type');
  });

  it('random bytes named .docx', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expectRefused(await parseDraft({ name: 'aanvraag.docx', bytes: random }), 'unreadable-docx');
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]);
    expectRefused(await parseDraft({ name: 'aanvraag.docx', bytes: fakeZip }), 'unreadable-docx');
  });

  it('a Word document without a draft in it', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    const result = await parseDraft({ name: 'brief.docx', bytes: docx });
    expectRefused(result, 'unreadable-docx');
    expect(!result.ok && result.message).toContain('geen concept');
  });

  it('a zip bomb named .docx', async () => {
    // 50 MB of spaces (ten times the cap) compresses to about 50 kB. Not more: making the bomb is
    // the costly part of this test (fflate deflates in JavaScript), reading it stops at the cap.
    const bomb = zipSync({ [DOCX_DRAFT_PART]: new Uint8Array(50_000_000).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_DRAFT_BYTES);
    const result = await parseDraft({ name: 'aanvraag.docx', bytes: bomb });
    expectRefused(result, 'unreadable-docx');
    expect(!result.ok && result.message).toContain('te groot');
  });
});

describe('nestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(nestingDepth('"\\"[["')).toBe(0);
  });
});

describe('migrations', () => {
  // The machinery on a synthetic list; the app's own migrations are tested below.
  const synthetic: DraftMigration[] = [
    {
      version: 2,
      title: 'Rename contact to applicant',
      description: 'de contactgegevens staan nu bij ‘Aanvrager’.',
      apply: ({ contact, ...draft }) => ({ ...draft, answers: { ...(draft.answers as object), applicant: contact } }),
    },
    { version: 3, title: 'Add title', description: 'het concept heeft nu een naam.', apply: (draft) => ({ ...draft, title: draft.title ?? 'Naamloos' }) },
  ];
  const options = { migrations: validateMigrations(synthetic, 3), currentVersion: 3 };
  const { title: _title, ...current } = sampleDraft();
  const v1 = { ...current, version: 1, answers: {}, contact: { brin: '25LX' } };

  it('upgrades step by step with a Dutch report of every step', () => {
    const result = parseDraftText(text(v1), options);
    expect(result.ok && result.draft.answers.applicant).toEqual({ brin: '25LX' });
    expect(result.ok && result.draft.title).toBe('Naamloos');
    expect(result.ok && result.draft.version).toBe(DRAFT_VERSION);
    expect(result.ok && result.report).toEqual([
      'Bijgewerkt van versie 1 naar versie 2: de contactgegevens staan nu bij ‘Aanvrager’.',
      'Bijgewerkt van versie 2 naar versie 3: het concept heeft nu een naam.',
    ]);
  });

  it('runs only the migrations after the draft’s own version', () => {
    const v2 = { ...current, version: 2, answers: { applicant: { brin: '25LX' } } };
    const result = parseDraftText(text(v2), options);
    expect(result.ok && result.report).toHaveLength(1);
  });

  it('refuses versions too old or too new, and a migration that fails', () => {
    expectRefused(parseDraftText(text({ ...v1, version: 0 }), options), 'too-old');
    expectRefused(parseDraftText(text({ ...v1, version: 4 }), options), 'too-new');
    const failing: DraftMigration[] = [
      {
        version: 2,
        title: 'Broken',
        description: 'kapot.',
        apply: () => {
          throw new Error('bug');
        },
      },
    ];
    expectRefused(parseDraftText(text(v1), { migrations: failing, currentVersion: 2 }), 'migration-failed');
  });

  it('validates the list: one version up at a time, ending at the current version, described', () => {
    expect(() => validateMigrations([synthetic[1]!], 3)).not.toThrow();
    expect(() => validateMigrations([synthetic[1]!, synthetic[0]!], 3)).toThrow(/one version at a time/);
    expect(() => validateMigrations(synthetic, 4)).toThrow(/DRAFT_VERSION is 4/);
    expect(() => validateMigrations([{ ...synthetic[0]!, description: ' ' }], 2)).toThrow(/description/);
  });
});

describe('the migration to version 2: the new step Aanleiding en doelen', () => {
  const example = (name: string) => JSON.parse(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  /** An example as version 1 saved it: no answers for the new step. */
  function asVersion1(name: string) {
    const current = example(name);
    const { background: _background, ...answers } = current.answers as Record<string, unknown>;
    return { current, old: { ...current, version: 1, answers } };
  }
  const report = ['Bijgewerkt van versie 1 naar versie 2: Er is een nieuwe stap ‘Aanleiding en doelen’. Beschrijf daar het probleem met cijfers van uw instelling, uw doelen met een streefwaarde en wat het plan toevoegt aan de gewone begeleiding. Uw andere antwoorden zijn niet veranderd.'];

  it('opens a version 1 draft with an activiteitenverslag: its answers and its report part unchanged, nothing set aside', () => {
    const { current, old } = asVersion1('verslag');
    const result = parseDraftText(text(old));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.version).toBe(2);
    expect(result.draft.report).toEqual(current.report);
    expect(result.draft.report?.activities?.length).toBeGreaterThan(0);
    expect(result.draft.answers).toEqual(old.answers);
    expect(result.draft.answers.background).toBeUndefined();
    expect(result.setAside).toBeUndefined();
    expect(result.report).toEqual(report);
  });

  it('opens a version 1 draft of a nazorg round in its own round', () => {
    const { old } = asVersion1('nazorg-2022-2023');
    const result = parseDraftText(text(old), { schemeIds: ['ebn-mbo-2021-2022', 'nazorg-mbo-2022-2023'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.schemeId).toBe('nazorg-mbo-2022-2023');
    expect(result.draft.answers).toEqual(old.answers);
    expect(result.draft.progress).toEqual((old as { progress?: unknown }).progress);
    expect(result.setAside).toBeUndefined();
    expect(result.report).toEqual(report);
  });

  it('leaves a current draft alone: no report', () => {
    const result = parseDraftText(text(example('volledig')));
    expect(result.ok && result.report).toEqual([]);
    expect(result.ok && result.draft.answers.background?.goals?.map((g) => g.id)).toEqual(['doel-stage', 'doel-vertrouwen', 'doel-werk']);
  });
});
