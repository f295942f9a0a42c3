import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The stylesheet rules of #10.6: colours and font sizes come from the tokens, and there is one
// breakpoint. A raw value elsewhere is a second source of truth for the look.
const SRC = new URL('../src/', import.meta.url).pathname;
const TOKENS = 'styles/tokens.css';
const MEDIA = 'styles/media.css';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

const sheets = cssFiles(SRC).map((file) => ({ name: relative(SRC, file), text: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));

describe('stylesheets', () => {
  it('are found', () => {
    expect(sheets.map((s) => s.name)).toContain(TOKENS);
    expect(sheets.length).toBeGreaterThan(30);
  });

  it('hold raw colours only in the tokens', () => {
    const raw = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![-\w])(?:white|black|red|green|blue|grey|gray|yellow|orange)(?![-\w])/i;
    const offenders = sheets.filter((s) => s.name !== TOKENS).flatMap((s) => s.text.split('\n').filter((l) => raw.test(l)).map((l) => `${s.name}: ${l.trim()}`));
    expect(offenders).toEqual([]);
  });

  // 100%: the root keeps the size the user chose in the browser.
  it('take font sizes from the type scale', () => {
    const offenders = sheets
      .filter((s) => s.name !== TOKENS)
      .flatMap((s) => [...s.text.matchAll(/font-size:\s*([^;]+);/g)].filter((m) => !/^var\(--[a-z0-9-]+\)$/.test(m[1]!.trim()) && m[1] !== '100%').map((m) => `${s.name}: ${m[0]}`));
    expect(offenders).toEqual([]);
  });

  it('have one breakpoint, named in media.css', () => {
    const widths = sheets.filter((s) => s.name !== MEDIA).flatMap((s) => [...s.text.matchAll(/@media[^{]*\((?:max|min)-width[^{]*/g)].map((m) => `${s.name}: ${m[0]}`));
    expect(widths).toEqual([]);
    // Every sheet that uses it imports its definition (lightningcss resolves it per file).
    const unresolved = sheets.filter((s) => s.text.includes('(--aw-small-viewport)') && !/@import '[./]*(?:styles\/)?media\.css';/.test(s.text) && s.name !== MEDIA);
    expect(unresolved.map((s) => s.name)).toEqual([]);
  });
});
