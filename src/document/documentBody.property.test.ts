import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { draftFileSchema } from '../../schemas/draft';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { getDocumentTemplate } from '../../templates/documentTemplates';
import { getScheme } from '../../templates/schemes';
import { aftercareActivities } from './blocks/activities';
import { buildDocumentModel } from './buildDocumentModel';
import { createRenderContext } from './renderContext';
import type { Block, DocumentModel, TextRun } from './documentModel';
import { draftArbitrary, typedText } from './fixtures/draftArbitrary';

const scheme = getScheme();
const template = getDocumentTemplate(scheme.id);
const NOW = new Date('2021-02-16T12:00:00Z');

/** The lines of the application itself: title page, header, footer and every block before the first appendix. */
function bodyLines(model: DocumentModel): string[] {
  const firstAppendix = model.body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.startsWith(`${template.labels.appendix} `));
  const body = firstAppendix < 0 ? model.body : model.body.slice(0, firstAppendix);
  const runs = (items: readonly TextRun[]) => items.map((r) => r.text).join('');
  const cell = (c: Extract<Block, { kind: 'table' }>['rows'][number][number]) => (typeof c === 'string' ? c : 'text' in c ? c.text : '');
  return [
    ...model.titlePage.lines,
    model.header,
    model.footer,
    ...body.flatMap((block): string[] => {
      switch (block.kind) {
        case 'heading':
          return [block.text];
        case 'paragraph':
          return [runs(block.runs)];
        case 'list':
          return block.items.map(runs);
        case 'table':
          return [block.caption, ...block.columns.map((c) => c.header), ...[...block.rows, ...(block.totals ? [block.totals] : [])].map((row) => row.map(cell).join(' | '))];
        case 'facts':
          return [block.caption, ...block.rows.map((r) => `${r.label}: ${r.value}`)];
        default:
          return [];
      }
    }),
  ];
}

/** Labels printed without their value: an empty facts row, or a bold "Label:" with nothing after it. */
function emptyLabels(model: DocumentModel): string[] {
  return model.body.flatMap((block): string[] => {
    if (block.kind === 'facts') return block.rows.filter((r) => !r.value.trim()).map((r) => r.label);
    const lines = block.kind === 'paragraph' ? [block.runs] : block.kind === 'list' ? block.items : [];
    return lines.flatMap((line) => {
      const label = line.findIndex((r) => r.bold && r.text.trim().endsWith(':'));
      return label >= 0 && line.slice(label + 1).every((r) => !r.text.trim()) ? [line[label]!.text] : [];
    });
  });
}

const FAULTS: [string, RegExp][] = [
  // "wat kan werken?." or "…ingevuld.." (an end mark of the answer and one of the template); "B.V., " is fine.
  ['double punctuation', /[.?!…]\s*[.?!]|[,;:]\s*[.?!,;:]/],
  ['"geen" for an answer left empty', /(?<!\bnog )\bgeen\b/i],
  ['the tool’s name or version', /aanvraagwijzer|9\.9\.9/i],
  ['a note to the writer about the scheme', /niet bekend|controleer bij dus-i|word vraagt/i],
  ['je-form', /\b(je|jij|jouw|jou)\b/i],
];

describe('the application text of any draft (property)', () => {
  it('has no doubled punctuation, empty label, "geen" for a missing answer, tool name, scheme note or je-form', () => {
    fc.assert(
      fc.property(draftArbitrary(scheme, { text: typedText, plainIds: true }), (draft) => {
        const model = buildDocumentModel(draft, scheme, template, { now: NOW, appVersion: '9.9.9' });
        for (const line of bodyLines(model)) {
          for (const [fault, pattern] of FAULTS) expect(line, `${fault} in “${line}”`).not.toMatch(pattern);
        }
        expect(emptyLabels(model)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('drops the appendix of open points when nothing is open, and letters the ones that are there in order', () => {
    const complete = JSON.parse(readFileSync(new URL('../../public/examples/volledig.json', import.meta.url), 'utf8')) as DraftFile;
    const appendices = (round: Scheme) =>
      buildDocumentModel(complete, round, template, { now: NOW }).body.flatMap((b) => (b.kind === 'heading' && b.level === 1 && b.text.startsWith(`${template.labels.appendix} `) ? [b.text] : []));
    // This round leaves facts to check with DUS-I: they are open points, for the writer.
    expect(appendices(scheme)).toEqual(['Bijlage A. Openstaande punten', 'Bijlage B. Bronnen']);
    const known = <T>(value: T) => ({ status: 'known' as const, value, source: 'test' });
    const allKnown: Scheme = {
      ...scheme,
      activityPeriod: { start: known('2021-01-01'), end: known('2022-12-31') },
      ageLimit: { ...scheme.ageLimit, referenceDate: known('start') },
      maxSubsidyPerInstitution: known(500_000),
      eligibleCosts: known('personeel'),
      cofinancing: known('geen eis'),
      reporting: known('verslag'),
    } as Scheme;
    expect(appendices(allKnown)).toEqual(['Bijlage A. Bronnen']);
  });
});

describe('the application text of every example in public/examples, in its own round', () => {
  const dir = new URL('../../public/examples/', import.meta.url);
  const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  // The examples are prose a school would write, so "geen" and punctuation are theirs; the rest is ours to keep out.
  const ours = FAULTS.filter(([fault]) => !fault.startsWith('double') && !fault.includes('geen'));

  it('covers the examples of every round', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(names)('%s: no tool text, scheme note or je-form before the appendices', (name) => {
    const draft = draftFileSchema.parse(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    const own = getScheme(draft.schemeId);
    const model = buildDocumentModel(draft, own, getDocumentTemplate(own.id), { now: NOW, appVersion: '9.9.9' });
    for (const line of bodyLines(model)) {
      for (const [fault, pattern] of ours) expect(line, `${fault} in “${line}”`).not.toMatch(pattern);
    }
  });

  it('puts what the sources do not say about a round’s publication in the open points, not in the body', () => {
    const draft = draftFileSchema.parse(JSON.parse(readFileSync(new URL('nazorg-2024-2025.json', dir), 'utf8')));
    const own = getScheme(draft.schemeId);
    expect(own.citationNote).toBeTruthy();
    const model = buildDocumentModel(draft, own, getDocumentTemplate(own.id), { now: NOW, appVersion: '9.9.9' });
    const items = model.body.flatMap((b) => (b.kind === 'list' ? b.items.map((runs) => runs.map((r) => r.text).join('')) : []));
    expect(items).toContain(`Vindplaats: ${own.citationNote}`);
    expect(bodyLines(model).some((line) => line.includes(own.citation))).toBe(true);
  });

  it('leaves out a subheading when nothing under it applies yet: no conditions heading before a confirmation is ticked', () => {
    const draft = draftFileSchema.parse(JSON.parse(readFileSync(new URL('nazorg-2022-2023.json', dir), 'utf8')));
    const own = getScheme(draft.schemeId);
    const headings = (d: DraftFile) =>
      buildDocumentModel(d, own, getDocumentTemplate(own.id), { now: NOW, appVersion: '9.9.9' }).body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings(draft)).toContain('Voorwaarden van de regeling');
    const unticked = structuredClone(draft);
    unticked.answers.nazorg = { ...unticked.answers.nazorg, personalContactConfirmed: null, noFeeConfirmed: false } as unknown as NonNullable<DraftFile['answers']['nazorg']>;
    expect(headings(unticked)).not.toContain('Voorwaarden van de regeling');
  });

  it('names the nazorg activities in a round that asks no phase (all its activities are nazorg)', () => {
    const draft = draftFileSchema.parse(JSON.parse(readFileSync(new URL('nazorg-2022-2023.json', dir), 'utf8')));
    const own = getScheme(draft.schemeId);
    expect(draft.answers.activities?.every((a) => a.phase === undefined)).toBe(true);
    const [sentence] = aftercareActivities(createRenderContext(draft, own, getDocumentTemplate(own.id), NOW, 'test'));
    expect(sentence?.kind === 'paragraph' && sentence.runs.map((r) => r.text).join('')).toMatch(/^De nazorg krijgt vorm in .*A1\b/);
  });
});
