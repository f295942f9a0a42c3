import { describe, expect, it } from 'vitest';
import { documentTemplateSchema, placeholdersIn, type DocumentTemplate } from '../../schemas/template';
import { templateBindings } from '../../src/document/templateBindings';
import { getScheme } from '../schemes';
import { applicationFields } from '../../schemas/fields/steps';
import { TEMPLATE_BLOCKS } from '../../src/document/templateBlocks';
import json from './document.json';

// The $comment explains placeholders to a reader, with an example that is not a real one.
const { $comment: _comment, ...template } = json;

/** Every string in the template, wherever it is (sections, title page, header, labels). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The placeholders of this round, from its field table and the bindings the code computes. */
const TEMPLATE_BINDINGS = templateBindings(getScheme('ebn-mbo-2021-2022')).all;

function blocksIn(t: DocumentTemplate): string[] {
  return [...t.sections, ...t.appendices].flatMap((s) => s.content.flatMap((item) => ('block' in item ? [item.block] : [])));
}

describe('templates/ebn-mbo-2021-2022/document.json', () => {
  const parsed = documentTemplateSchema.safeParse(template);

  it('is a valid document template for this scheme round', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data?.schemeId).toBe('ebn-mbo-2021-2022');
  });

  it('binds every placeholder it uses', () => {
    const used = strings(template).flatMap(placeholdersIn);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((name) => !Object.hasOwn(TEMPLATE_BINDINGS, name))).toEqual([]);
  });

  it('uses every binding, so the bindings table holds nothing dead', () => {
    const used = new Set(strings(template).flatMap(placeholdersIn));
    expect(Object.keys(TEMPLATE_BINDINGS).filter((name) => !used.has(name))).toEqual([]);
  });

  it('names only blocks that exist, and uses every block', () => {
    const used = blocksIn(parsed.data!);
    expect(used.filter((name) => !Object.hasOwn(TEMPLATE_BLOCKS, name))).toEqual([]);
    expect(Object.keys(TEMPLATE_BLOCKS).filter((name) => !used.includes(name))).toEqual([]);
  });

  it('words only answers that exist (labels.fields, e.g. "applicant.contactName")', () => {
    const fields = applicationFields(getScheme('ebn-mbo-2021-2022'));
    const named = Object.keys(parsed.data?.labels.fields ?? {});
    expect(named.length).toBeGreaterThan(0);
    const exists = (key: string) => {
      const [step = '', name = ''] = key.split('.');
      return Object.hasOwn(fields, step) && Object.hasOwn(fields[step as keyof typeof fields].item, name);
    };
    expect(named.filter((key) => !exists(key))).toEqual([]);
    expect(exists('applicant.contactNaam')).toBe(false);
  });

  it('has no stray braces a typo would leave (e.g. "{{naam}" or "{naam}}")', () => {
    const leftovers = strings(template)
      .map((s) => s.replace(/\{\{\s*[a-zA-Z][a-zA-Z0-9.]*\s*\}\}/g, '').replace(/\{(page|pages)\}/g, ''))
      .filter((s) => /[{}]/.test(s) && !s.includes('"block"'));
    expect(leftovers).toEqual([]);
  });

  it('the check catches an unbound placeholder (a test that can fail)', () => {
    const broken = { ...template, header: '{{applicant.instelingsnaam}}' };
    const used = strings(broken).flatMap(placeholdersIn);
    expect(used.filter((name) => !Object.hasOwn(TEMPLATE_BINDINGS, name))).toEqual(['applicant.instelingsnaam']);
  });
});
