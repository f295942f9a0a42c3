import { describe, expect, it } from 'vitest';
import { activityBounds } from '../schemas/activityPeriod';
import { applicationFields } from '../schemas/fields/steps';
import { guidanceFileSchema, resolveGuidance, type Guidance } from '../schemas/guidance';
import type { Fact, Scheme } from '../schemas/scheme';
import { placeholdersIn, type DocumentTemplate } from '../schemas/template';
import { templateBindings } from '../src/document/templateBindings';
import { TEMPLATE_BLOCKS } from '../src/document/templateBlocks';
import { DOCUMENT_TEMPLATES, getDocumentTemplate } from './documentTemplates';
import { getReportTemplate } from './reportTemplates';
import { REPORT_BINDINGS } from '../src/document/report/reportBindings';
import { REPORT_BLOCKS } from '../src/document/report/reportBlocks';
import { getGuidance } from './guidance';
import { SCHEMES, getScheme } from './schemes';

/** Every fact of a round, by name, wherever it sits. */
function facts(scheme: Scheme): [string, Fact<unknown>][] {
  return [
    ['totalBudgetEuro', scheme.totalBudgetEuro],
    ['activityPeriod.start', scheme.activityPeriod.start],
    ['activityPeriod.end', scheme.activityPeriod.end],
    ['evaluation', scheme.evaluation],
    ['ageLimit.referenceDate', scheme.ageLimit.referenceDate],
    ['maxSubsidyPerInstitution', scheme.maxSubsidyPerInstitution],
    ['eligibleCosts', scheme.eligibleCosts],
    ['cofinancing', scheme.cofinancing],
    ['reporting', scheme.reporting],
    ['reportingDeadline', scheme.reportingDeadline],
  ];
}

const NAZORG_ROUNDS = SCHEMES.filter((s) => s.id.startsWith('nazorg-'));
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

describe.each(SCHEMES.map((s) => [s.id, s] as const))('round %s', (id, scheme) => {
  const guidance: Guidance = getGuidance(id);
  const template: DocumentTemplate = getDocumentTemplate(id);

  it('has a folder with its facts, guidance and document, and a name that says which round it is', () => {
    expect(guidance.schemeId).toBe(id);
    expect(template.schemeId).toBe(id);
    expect(scheme.shortName).toMatch(/20\d\d/);
  });

  it('sources every known fact, window, condition and group, and explains every unknown one', () => {
    for (const [name, fact] of facts(scheme)) {
      if (fact.status === 'known') expect(fact.source, name).toMatch(/\S/);
      else expect(fact.note, name).toMatch(/controleer/i);
    }
    for (const window of scheme.applicationWindows) {
      expect(window.source).toMatch(/\S/);
      if (typeof window.closes === 'string') expect(window.opens <= window.closes, window.name).toBe(true);
    }
    for (const condition of Object.values(scheme.conditions)) expect(condition?.source).toMatch(/\S/);
    if (!id.startsWith('ebn-')) for (const group of scheme.targetGroups) expect(group.source, group.id).toMatch(/\S/);
  });

  it('has activity years that hold its activity period', () => {
    const { from, to } = activityBounds(scheme);
    expect(from <= to).toBe(true);
    expect(scheme.activityYears).toContain(Number(from.slice(0, 4)));
    expect(scheme.activityYears).toContain(Number(to.slice(0, 4)));
  });

  it('has guidance for exactly its mechanisms, examples only for its own groups and phases, and only sources that exist', () => {
    expect(Object.keys(guidance.mechanisms).sort()).toEqual(scheme.mechanisms.map((m) => m.id).sort());
    const groups = scheme.targetGroups.map((g) => g.id as string);
    const phases = scheme.phases.map((p) => p.id as string);
    const approaches = scheme.mechanisms.flatMap((m) => m.approaches.map((a) => a.id));
    for (const example of guidance.exampleActivities) {
      expect(example.targetGroupIds.filter((g) => !groups.includes(g)), example.id).toEqual([]);
      expect(phases, example.id).toContain(example.phase);
      expect(example.approachIds.filter((a) => !approaches.includes(a)), example.id).toEqual([]);
      expect(example.partnerTypeIds.filter((p) => !scheme.partnerTypes.some((t) => t.id === p)), example.id).toEqual([]);
    }
    const sources = new Set(guidance.sources.map((s) => s.id));
    const referenced = [guidance.primarySourceId, ...Object.values(guidance.mechanisms).flatMap((m) => m.sourceIds), ...guidance.practiceExamples.map((p) => p.sourceId)];
    expect(referenced.filter((s) => !sources.has(s))).toEqual([]);
    expect(new Set(guidance.exampleActivities.map((e) => e.id)).size).toBe(guidance.exampleActivities.length);
  });

  it('has a document whose placeholders, conditions ("when") and blocks all exist in this round', () => {
    const bindings = templateBindings(scheme).all;
    const items = [...template.sections, ...template.appendices].flatMap((s) => s.content);
    const texts = [template.title, template.header, ...template.titlePage.lines, ...items.flatMap((i) => ('text' in i ? [i.text] : 'heading' in i ? [i.heading] : 'note' in i ? [i.note] : []))];
    expect(texts.flatMap(placeholdersIn).filter((name) => !Object.hasOwn(bindings, name))).toEqual([]);
    expect(items.flatMap((i) => ('when' in i && i.when !== undefined ? [i.when] : [])).filter((name) => !Object.hasOwn(bindings, name))).toEqual([]);
    expect(items.flatMap((i) => ('block' in i ? [i.block] : [])).filter((b) => !Object.hasOwn(TEMPLATE_BLOCKS, b))).toEqual([]);
    // The first page names the round.
    expect(template.title).toMatch(/\{\{scheme\.(name|shortName)\}\}/);
  });

  it('has an activiteitenverslag whose placeholders and blocks exist in this round, and names the round on its first page', () => {
    const report = getReportTemplate(id);
    expect(report.schemeId).toBe(id);
    const application = templateBindings(scheme).all;
    const items = [...report.sections, ...report.appendices].flatMap((s) => s.content);
    const texts = [report.title, report.header, ...report.titlePage.lines, ...items.flatMap((i) => ('text' in i ? [i.text] : 'heading' in i ? [i.heading] : 'note' in i ? [i.note] : []))];
    expect(texts.flatMap(placeholdersIn).filter((name) => !Object.hasOwn(REPORT_BINDINGS, name) && !Object.hasOwn(application, name))).toEqual([]);
    expect(items.flatMap((i) => ('block' in i ? [i.block] : [])).filter((b) => !Object.hasOwn(REPORT_BLOCKS, b))).toEqual([]);
    expect(report.title).toMatch(/\{\{scheme\.(name|shortName)\}\}/);
  });

  it('asks a confirmation for each of its conditions, and shows each confirmed one in the document', () => {
    const nazorg = applicationFields(scheme).nazorg.item as Record<string, unknown>;
    const asked = ['noFee', 'personalContact', 'diplomaAtInstitution'] as const;
    for (const condition of asked) {
      expect(Object.hasOwn(nazorg, `${condition}Confirmed`), condition).toBe(scheme.conditions[condition] !== undefined);
    }
    const when = [...template.sections].flatMap((s) => s.content.flatMap((i) => ('when' in i && i.when ? [i.when] : [])));
    for (const condition of asked) if (scheme.conditions[condition]) expect(when, condition).toContain(`nazorg.${condition}Confirmed`);
  });
});

describe.each(NAZORG_ROUNDS.map((s) => [s.id, s] as const))('nazorg round %s', (_id, scheme) => {
  it('has no target group a: one group b of graduates, only the aftercare phase, not both groups required', () => {
    expect(scheme.targetGroups.map((g) => [g.id, g.phase])).toEqual([['b', 'aftercare']]);
    expect(scheme.phases.map((p) => p.id)).toEqual(['aftercare']);
    expect(scheme.bothGroupsRequired).toBe(false);
  });

  it('binds the expected number of graduates, demands personal contact and forbids fees', () => {
    expect(scheme.conditions.expectedGraduatesBinding?.text).toMatch(/inspanningsverplichting/);
    expect(scheme.conditions.personalContact?.text).toMatch(/persoonlijk en direct contact/);
    expect(scheme.conditions.noFee?.text).toMatch(/geen vergoeding/);
  });

  it('writes its unknown notes at B1: the action first, short sentences', () => {
    const notes = [
      ...facts(scheme).flatMap(([, f]) => (f.status === 'unknown' ? [f.note] : [])),
      ...scheme.applicationWindows.flatMap((w) => (typeof w.closes === 'string' ? [] : [w.closes.note])),
    ];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note, note).toMatch(/^Controleer /);
      for (const sentence of sentences(note)) expect(words(sentence), sentence).toBeLessThanOrEqual(25);
    }
  });
});

describe('the rounds', () => {
  it('are at least four, with unique ids, oldest first', () => {
    expect(SCHEMES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(SCHEMES.map((s) => s.id)).size).toBe(SCHEMES.length);
    const opens = SCHEMES.map((s) => s.applicationWindows[0]!.opens);
    expect([...opens].sort()).toEqual(opens);
    expect(DOCUMENT_TEMPLATES.map((t) => t.schemeId)).toEqual(SCHEMES.map((s) => s.id));
  });

  it('have the facts of the regulation texts: windows, activity period, report date, budget', () => {
    const r1 = getScheme('nazorg-mbo-2022-2023');
    expect(r1.citation).toBe('Stcrt. 2021, 45943');
    expect(r1.applicationWindows.map((w) => [w.opens, w.closes])).toEqual([
      ['2021-11-10', '2021-12-24'],
      ['2022-03-15', '2022-04-26'],
    ]);
    expect(activityBounds(r1)).toEqual({ from: '2022-01-01', to: '2023-12-31', exact: true });
    expect(r1.reportingDeadline).toMatchObject({ status: 'known', value: '2024-02-28' });
    expect(r1.totalBudgetEuro).toMatchObject({ status: 'known', value: 10_500_000 });
    expect(r1.conditions.diplomaAtInstitution).toBeUndefined();

    const r3 = getScheme('nazorg-mbo-2022-2024');
    expect(r3.citation).toBe('Stcrt. 2022, 32321');
    expect(r3.applicationWindows[0]).toMatchObject({ opens: '2022-11-30', closes: '2022-12-23' });
    expect(r3.activityPeriod.startsAfterApplication).toMatch(/dag nadat de aanvraag is ingediend/);
    expect(activityBounds(r3)).toMatchObject({ from: '2022-12-01', to: '2024-12-31' });
    expect(r3.reportingDeadline).toMatchObject({ status: 'known', value: '2025-02-28' });
    expect(r3.conditions.diplomaAtInstitution?.text).toMatch(/bij uw instelling/);

    const r5 = getScheme('nazorg-mbo-2024-2025');
    expect(r5.applicationWindows[0]).toMatchObject({ opens: '2023-11-16', uncertain: expect.stringMatching(/niet uit de regeling/) });
    expect(r5.totalBudgetEuro).toMatchObject({ status: 'known', value: 10_500_000, uncertain: expect.any(String) });
    expect(r5.activityPeriod.start.status).toBe('unknown');
    expect(r5.ageLimit.uncertain).toBeDefined();
    for (const condition of Object.values(r5.conditions)) expect(condition?.uncertain).toBeDefined();
  });
});

describe('guidance based on another round', () => {
  const base = getGuidance('ebn-mbo-2021-2022');
  const file = guidanceFileSchema.parse({
    schemeId: 'later',
    basedOn: { schemeId: 'ebn-mbo-2021-2022', exampleActivities: ['warm-handover'], practiceExamples: [] },
    sources: [{ id: 'regulation', title: 'Een latere regeling' }],
  });

  it('takes the mechanisms, only the named examples, and its own sources in place of the same ids', () => {
    const resolved = resolveGuidance(file, () => base);
    expect(resolved.mechanisms).toEqual(base.mechanisms);
    expect(resolved.exampleActivities.map((e) => e.id)).toEqual(['warm-handover']);
    expect(resolved.sources.find((s) => s.id === 'regulation')?.title).toBe('Een latere regeling');
    expect(resolved.sources).toHaveLength(base.sources.length);
  });

  it('refuses an example the other round does not have', () => {
    const wrong = { ...file, basedOn: { ...file.basedOn!, exampleActivities: ['bestaat-niet'] } };
    expect(() => resolveGuidance(wrong, () => base)).toThrow(/bestaat-niet/);
  });
});
