import { describe, expect, it } from 'vitest';
import { reportTemplateSchema, REPORT_LABEL_KEYS, type ReportTemplate } from '../../schemas/reportTemplate';
import { placeholdersIn } from '../../schemas/template';
import { REPORT_BINDINGS } from '../../src/document/report/reportBindings';
import { REPORT_BLOCKS } from '../../src/document/report/reportBlocks';
import { templateBindings } from '../../src/document/templateBindings';
import { getScheme } from '../schemes';
import document from './document.json';
import json from './report.json';

const { $comment: _comment, ...template } = json;
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const blocksIn = (t: ReportTemplate) => [...t.sections, ...t.appendices].flatMap((s) => s.content.flatMap((item) => ('block' in item ? [item.block] : [])));
const APPLICATION = templateBindings(getScheme('ebn-mbo-2021-2022')).all;

describe('templates/ebn-mbo-2021-2022/report.json', () => {
  const parsed = reportTemplateSchema.safeParse(template);

  it('is a valid report template for this round, with every label the blocks use', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data?.schemeId).toBe('ebn-mbo-2021-2022');
    expect(Object.keys(parsed.data!.labels).sort()).toEqual([...REPORT_LABEL_KEYS].sort());
  });

  it('binds every placeholder it uses (the report’s own, or the application’s) and uses every report placeholder', () => {
    const used = strings(template).flatMap(placeholdersIn);
    expect(used.filter((name) => !Object.hasOwn(REPORT_BINDINGS, name) && !Object.hasOwn(APPLICATION, name))).toEqual([]);
    expect(Object.keys(REPORT_BINDINGS).filter((name) => !used.includes(name))).toEqual([]);
  });

  it('names only blocks that exist, and uses each once', () => {
    const blocks = blocksIn(parsed.data!);
    expect(blocks.filter((b) => !Object.hasOwn(REPORT_BLOCKS, b))).toEqual([]);
    expect([...blocks].sort()).toEqual(Object.keys(REPORT_BLOCKS).sort());
  });

  it('follows the plan’s section order (the sections both have, in the same order)', () => {
    const planIds = document.sections.map((s) => s.id);
    const shared = parsed.data!.sections.map((s) => s.id).filter((id) => planIds.includes(id));
    expect(shared.length).toBeGreaterThanOrEqual(6);
    expect(shared).toEqual(planIds.filter((id) => shared.includes(id)));
  });
});
