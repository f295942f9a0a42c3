import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDraftJsonFromDocx } from '../word/readDocxDraft';
import { EXIT, type CliOutput } from './cliOutput';
import { exportCommand } from './exportCommand';
import { validateCommand } from './validateCommand';

const dir = mkdtempSync(join(tmpdir(), 'aanvraag-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const complete = new URL('../../public/examples/volledig.json', import.meta.url).pathname;
const typical = new URL('../document/fixtures/typical.json', import.meta.url).pathname;

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run validate', () => {
  it('exits 0 for a complete, valid draft', async () => {
    const io = capture();
    expect(await validateCommand([complete], io)).toBe(EXIT.ok);
    expect(io.lines).toContain('Het concept is compleet: er zijn geen fouten.');
  });

  it('exits 1 and lists every error and warning in Dutch, under its step, for an incomplete draft', async () => {
    const io = capture();
    expect(await validateCommand(['--', typical], io)).toBe(EXIT.incomplete);
    expect(io.lines).toContain('5 fouten en 5 adviezen.');
    expect(io.lines).toContain('Nazorg');
    expect(io.lines).toContain('  Fout: Beschrijf hoe de warme overdracht aan gemeente of UWV gaat');
    expect(io.lines).toContain('  Fout: Doelgroep b (nazorg): Bevestig dat alle deelnemers jonger zijn dan 27 jaar');
    expect(io.lines.some((l) => l.startsWith('  Advies: U heeft nog geen partner van het soort ‘RMC-contactgemeente’'))).toBe(true);
    // Every message names its place: no two lines alike.
    expect(new Set(io.lines.filter((l) => l.trim())).size).toBe(io.lines.filter((l) => l.trim()).length);
  });

  it('exits 2 with a Dutch reason for files it cannot or will not read', async () => {
    const cases = [
      join(dir, 'bestaat-niet.json'),
      file('leeg.json', ''),
      file('kapot.json', '{"format": "aanvraagwijzer-draft", '),
      file('willekeurig.docx', new Uint8Array(3000).map((_, i) => (i * 31 + 7) % 256)),
      file('bom.docx', zipSync({ 'customXml/item1.xml': new Uint8Array(30_000_000).fill(0x20) }, { level: 9 })),
      file('te-nieuw.json', JSON.stringify({ ...JSON.parse(readFileSync(complete, 'utf8')), version: 999 })),
      dir,
    ];
    for (const path of cases) {
      const io = capture();
      expect(await validateCommand([path], io), path).toBe(EXIT.refused);
      expect(io.errors.join('\n')).toMatch(/kan niet worden geopend|bestaat niet|geen bestand/);
    }
  });

  it('handles the rest of the hostile corpus: huge, deeply nested and polluting files (wrongly typed answers: validateCommand.test.ts)', async () => {
    const draft = JSON.parse(readFileSync(complete, 'utf8')) as Record<string, unknown>;
    const refused = [
      // 60 MB: refused by its size, before it is read.
      file('groot.json', new Uint8Array(60_000_000).fill(0x20)),
      file('diep.json', '['.repeat(200_000) + ']'.repeat(200_000)),
      file('geen-concept.json', '{"format":"iets-anders"}'),
    ];
    for (const path of refused) {
      const io = capture();
      expect(await validateCommand([path], io), path).toBe(EXIT.refused);
      expect(io.errors.join('\n')).toMatch(/kan niet worden geopend/);
      expect(io.errors.join('\n')).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError/);
    }
    // Prototype-pollution keys are dropped: the draft is read, nothing outside it changes.
    const polluting = JSON.stringify(draft).replace('"answers":{', '"__proto__":{"polluted":"ja"},"answers":{"constructor":{"prototype":{"polluted":"ja"}},');
    const io = capture();
    expect(await validateCommand([file('vervuild.json', polluting)], io)).toBe(EXIT.ok);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exits 2 with its usage when called wrongly', async () => {
    const io = capture();
    expect(await validateCommand([], io)).toBe(EXIT.refused);
    expect(io.errors).toContain('Gebruik: npm run validate -- <concept.json of aanvraag.docx> [--verslag]');
  });
});

describe('npm run export', () => {
  it('writes the Word document with the draft inside, which validate reads back', async () => {
    const out = join(dir, 'aanvraag.docx');
    const io = capture();
    expect(await exportCommand([typical, '-o', out], io)).toBe(EXIT.ok);
    expect(io.lines).toContain(`Word-document geschreven: ${out}`);
    expect(io.lines.join('\n')).toContain('5 fouten staan in bijlage A');
    const read = await readDraftJsonFromDocx(new Uint8Array(readFileSync(out)), 5_000_000);
    expect(read.ok && JSON.parse(read.json)).toEqual(JSON.parse(readFileSync(typical, 'utf8')));
    expect(await validateCommand([out], capture())).toBe(EXIT.incomplete);
  });

  it('refuses a missing or wrong output and an unreadable input', async () => {
    expect(await exportCommand([typical], capture())).toBe(EXIT.refused);
    expect(await exportCommand([typical, '-o', join(dir, 'x.pdf')], capture())).toBe(EXIT.refused);
    expect(await exportCommand([join(dir, 'nee.json'), '-o', join(dir, 'y.docx')], capture())).toBe(EXIT.refused);
    expect(await exportCommand([typical, '-o', join(dir, 'geen-map', 'z.docx')], capture())).toBe(EXIT.refused);
  });
});

describe('the real command line (tsx)', () => {
  const run = promisify(execFile);
  const tsx = async (script: string, args: string[]) => {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', script, ...args], { cwd: new URL('../..', import.meta.url).pathname });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('prints Dutch, exits with the documented code and never a stack trace', async () => {
    const garbage = file('rommel.docx', 'dit is geen word-bestand');
    const refused = await tsx('src/cli/validate.ts', [garbage]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('kan niet worden geopend');
    expect(refused.stderr + refused.stdout).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    const incomplete = await tsx('src/cli/validate.ts', [typical]);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stdout).toContain('Fout: Doelgroep b (nazorg): Bevestig dat alle deelnemers jonger zijn dan 27 jaar');
  });
});
