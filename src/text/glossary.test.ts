import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * #14.6: one word for each thing, in the app (src/text/) and the Word document and scheme data
 * (templates/). The glossary is in nl.ts and the README; this test keeps the variants out.
 */

const root = join(import.meta.dirname, '..', '..');
const textDir = join(root, 'src', 'text');
const templatesDir = join(root, 'templates');

/** The string literals of a text module, comments left out (they quote the old words on purpose). */
function literalsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g)].map((m) => m[0].slice(1, -1));
}

/** Every string in a JSON value, with where it is. */
function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`));
  return [];
}

const textFiles = readdirSync(textDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: `src/text/${f}`, strings: literalsOf(readFileSync(join(textDir, f), 'utf8')) }));
const rounds = readdirSync(templatesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const templateFiles = rounds.flatMap((round) =>
  readdirSync(join(templatesDir, round))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const json: unknown = JSON.parse(readFileSync(join(templatesDir, round, f), 'utf8'));
      return { file: `templates/${round}/${f}`, json, strings: stringsOf(json).map((s) => s.text) };
    }),
);
const allFiles = [...textFiles, ...templateFiles];

interface Rule {
  what: string;
  variant: RegExp;
  /** Files where the word means something else, and why. */
  allowedIn?: Record<string, string>;
}

const RULES: Rule[] = [
  {
    what: '"stap" for a part of the application or the verslag on the task list, not "onderdeel"',
    variant: /\bonderde(el|len)\b/i,
    allowedIn: {
      'src/text/storage.ts': 'a part of a draft file that could not be read and was set aside ("apart bewaarde onderdelen"), not a step',
      'src/text/cli.ts': 'the same set-aside parts, in the command-line check',
    },
  },
  { what: '"Word-document" for the .docx the app makes, not "Word-concept"', variant: /\bWord-concept/i },
  {
    what: '"Word-document" for the .docx the app makes, not "Word-bestand"',
    variant: /\bWord-bestand/i,
    allowedIn: { 'src/text/houseStyle.ts': "the user's own Word file with {{fields}} (house style), which the app did not make" },
  },
  {
    what: '"opslaan als bestand" for saving a file, not "downloaden" ("Kijk bij uw downloads" names the folder and stays)',
    variant: /\b(download|downloaden|downloadt|gedownload)\b/i,
  },
  { what: '"opslaan als bestand", not "bewaren als bestand"', variant: /\b(bewaar|bewaart|bewaren)\b[^.]*\bals bestand\b|\bals bestand (bewaren|bewaard)\b/i },
  { what: '"Wijzigen" as the action on an answer or a list item, not "Wijzig"', variant: /\bWijzig\b/ },
  { what: '"Verwijderen" as the action on a list item, not "Verwijder"', variant: /^Verwijder\b(?!en)/ },
];

describe('one word for each thing (#14.6)', () => {
  it('reads the text files and the templates (a test that reads nothing proves nothing)', () => {
    expect(textFiles.length).toBeGreaterThan(20);
    expect(textFiles.find((f) => f.file === 'src/text/nl.ts')?.strings).toContain('Opslaan en verder');
    expect(templateFiles.filter((f) => f.file.endsWith('/scheme.json'))).toHaveLength(rounds.length);
  });

  for (const rule of RULES) {
    it(rule.what, () => {
      const found = allFiles
        .filter((f) => !rule.allowedIn?.[f.file])
        .flatMap((f) => f.strings.filter((s) => rule.variant.test(s)).map((s) => `${f.file}: ${s}`));
      expect(found).toEqual([]);
    });
  }

  it('the allowed exceptions are still needed (drop one that no longer matches)', () => {
    for (const rule of RULES)
      for (const file of Object.keys(rule.allowedIn ?? {}))
        expect(
          allFiles.find((f) => f.file === file)?.strings.some((s) => rule.variant.test(s)),
          `${file} for ${rule.what}`,
        ).toBe(true);
  });

  it('the rules catch the old wording', () => {
    const caught = (text: string) => RULES.filter((r) => r.variant.test(text)).length;
    for (const old of ['3 van 8 onderdelen klaar', 'een Word-concept maken', 'Concept downloaden', 'Download uw concept.', 'bewaar uw concept als bestand', 'Alleen als bestand bewaren', 'Wijzig', 'Verwijder'])
      expect(caught(old), old).toBe(1);
    for (const now of ['3 van 8 stappen klaar', 'Kijk bij uw downloads.', 'Concept opslaan als bestand', 'Wijzigen', 'Verwijderen', 'Apart bewaard en niet weggegooid.'])
      expect(caught(now), now).toBe(0);
  });
});

/** Sentences of a note: split after . ! ? or a colon, and at a dash between clauses. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?:;])\s+|\s+—\s+/).filter((s) => s.trim());
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;
const MAX_WORDS = 20;

describe('the scheme notes are B1: short sentences, the action first (#14.6)', () => {
  const notes = templateFiles
    .filter((f) => f.file.endsWith('/scheme.json'))
    .flatMap((f) => stringsOf(f.json).map((s) => ({ ...s, file: f.file })))
    .filter((s) => /\.note$/.test(s.path) || /niet bekend/i.test(s.text));

  it('finds the notes of every round', () => {
    expect(notes.length).toBeGreaterThanOrEqual(8);
    expect(notes.some((n) => n.file.includes('ebn-mbo-2021-2022') && n.path === '.reporting.note')).toBe(true);
  });

  it(`has no sentence longer than ${MAX_WORDS} words`, () => {
    const long = notes.flatMap((n) => sentencesOf(n.text).filter((s) => wordsOf(s) > MAX_WORDS).map((s) => `${n.file}${n.path} (${wordsOf(s)} words): ${s}`));
    expect(long).toEqual([]);
  });

  it('a note of an unknown fact starts with what to do, not with "Niet bekend" (the tag above it says that)', () => {
    const unknownNotes = notes.filter((n) => /\.note$/.test(n.path));
    expect(unknownNotes.filter((n) => /^niet bekend/i.test(n.text)).map((n) => `${n.file}${n.path}`)).toEqual([]);
  });

  it('the length check counts what a reader sees as a sentence', () => {
    expect(sentencesOf('Controleer bij DUS-I. Vraag ook na: welke kosten?').map(wordsOf)).toEqual([3, 3, 2]);
    expect(wordsOf('Niet bekend uit de openbare bronnen')).toBe(6);
  });
});
