import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileDraftFile, TERMINAL_CONTROL } from './fixtures/hostileDraft';

const dir = mkdtempSync(join(tmpdir(), 'aanvraag-cli-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = promisify(execFile);
/** The real command as a user runs it; its exit code does not matter here, only what reaches the terminal. */
async function terminal(script: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script, ...args], { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8' });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return e.stdout + e.stderr;
  }
}

// Two tsx start-ups and one export: about 2 s on an idle 2-core machine (the word project's timeout covers a busy one).
describe('the real command line on a terminal', () => {
  it('never writes a control character read from a draft file, from validate or from export', async () => {
    const path = hostileDraftFile(dir);
    const validated = await terminal('src/cli/validate.ts', [path]);
    expect(validated).toContain('Concept: ROC \u241b]0;gekaapt\u2407Noord\u241b[2J');
    const exported = await terminal('src/cli/export.ts', [path, '-o', join(dir, 'uit-\u001b]0;x\u0007.docx')]);
    expect(exported).toContain('uit-\u241b]0;x\u2407.docx');
    expect((validated + exported).replace(/[\t\n]/g, '')).not.toMatch(TERMINAL_CONTROL);
  });
});

/** Runs a CLI script and closes the pipe after its first line, as `… | head -1` does; resolves with its exit code and stderr. */
function readFirstLineOnly(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], { cwd: new URL('../..', import.meta.url).pathname });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the real command line in a pipe', () => {
  it('stops quietly when the reader leaves (validate … | head): no stack trace, the exit code still says incomplete', async () => {
    const incomplete = new URL('../document/fixtures/typical.json', import.meta.url).pathname;
    const { code, stderr } = await readFirstLineOnly('src/cli/validate.ts', [incomplete]);
    expect(stderr).not.toMatch(/EPIPE|at .*\.ts:\d+/);
    expect(code).toBe(1);
  });
});
