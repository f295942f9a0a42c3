import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { consoleOutput, terminalSafe } from './cliOutput';
import { hostileDraftFile, TERMINAL_CONTROL as CONTROL } from './fixtures/hostileDraft';
import { validateCommand } from './validateCommand';

const dir = mkdtempSync(join(tmpdir(), 'aanvraag-cli-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function captureConsole(): string[] {
  const written: string[] = [];
  const write = (chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  return written;
}

describe('terminalSafe', () => {
  it('shows every control character as a visible stand-in and keeps tab, newline and ordinary text', () => {
    expect(terminalSafe('a\u001b[2Jb')).toBe('a\u241b[2Jb');
    expect(terminalSafe('\u001b]0;titel\u0007')).toBe('\u241b]0;titel\u2407');
    expect(terminalSafe('x\ry\u0000\u007f')).toBe('x\u240dy\u2400\u2421');
    expect(terminalSafe('\u009b31m \u0085')).toBe('<U+009B>31m <U+0085>');
    expect(terminalSafe('abc\u202Edef\u2066\u200F')).toBe('abc<U+202E>def<U+2066><U+200F>');
    expect(terminalSafe('Çağlar “Ağrı” 🎓 محمد\tkolom\nregel')).toBe('Çağlar “Ağrı” 🎓 محمد\tkolom\nregel');
  });

  it('leaves no control character in any string', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    expect(terminalSafe(all).replace(/[\t\n]/g, '')).not.toMatch(CONTROL);
  });
});

describe('the CLI on the terminal', () => {
  it('npm run validate never writes a control character it read from a file (answers, paths, messages)', async () => {
    const path = hostileDraftFile(dir);
    const written = captureConsole();
    await validateCommand([path], consoleOutput);
    await validateCommand([join(dir, 'weg-\u001b[2J.json')], consoleOutput);
    writeFileSync(join(dir, 'kapot-\u009b.json'), '{"format":"aanvraagwijzer-draft","version":1,"answers":{"\u001b]0;x\u0007":1}');
    await validateCommand([join(dir, 'kapot-\u009b.json')], consoleOutput);
    vi.restoreAllMocks();
    const text = written.join('');
    expect(text).toContain('Concept: ROC \u241b]0;gekaapt\u2407Noord\u241b[2J\u241b[8m verborgen <U+009B>31m\u240d<U+202E>liam\u2400\u2421');
    expect(text).toContain('weg-\u241b[2J.json');
    expect(text.replace(/[\t\n]/g, '')).not.toMatch(CONTROL);
  });
});
