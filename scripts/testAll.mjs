// npm test: every stage, one after the other, even when an earlier one fails, so a failing unit test
// never hides what the browser journeys would have said. Prints a summary with each stage's wall
// time and exits non-zero if any stage failed.
//
//   node scripts/testAll.mjs              all stages
//   node scripts/testAll.mjs unit e2e     only these (names as below)
//   TEST_REPORTS_DIR=out npm test         keep the runners' JSON reports in out/
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The runners' JSON reports: kept in TEST_REPORTS_DIR when set, else in a folder removed at the end. */
const keep = process.env.TEST_REPORTS_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const reports = keep ?? mkdtempSync(join(tmpdir(), 'aanvraagwijzer-test-'));
const report = (name) => join(reports, `${name}.json`);

/** Each stage is an npm script; the test runners also write a JSON report so the summary can count tests. */
const STAGES = [
  { name: 'typecheck', args: [] },
  { name: 'lint', args: [] },
  { name: 'unit', script: 'test:unit', args: ['--reporter=default', '--reporter=json', `--outputFile.json=${report('unit')}`], count: vitestCounts },
  { name: 'word', script: 'test:word', args: ['--reporter=default', '--reporter=json', `--outputFile.json=${report('word')}`], count: vitestCounts },
  {
    name: 'e2e',
    script: 'test:e2e',
    args: [`--reporter=${process.env.CI ? 'line' : 'list'},json`],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: report('e2e') },
    count: playwrightCounts,
  },
];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !STAGES.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Unknown stage ${unknown.join(', ')}; stages: ${STAGES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const results = [];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const stage of STAGES.filter((s) => chosen.length === 0 || chosen.includes(s.name))) {
  console.log(`\n━━ ${stage.name} ━━`);
  const start = performance.now();
  const run = spawnSync(npm, ['run', '--silent', stage.script ?? stage.name, ...(stage.args.length ? ['--', ...stage.args] : [])], {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  results.push({ name: stage.name, ok, seconds, counts: stage.count?.(report(stage.name)), why: run.error?.message ?? (run.signal ? `signal ${run.signal}` : `exit ${run.status}`) });
}
if (!keep) rmSync(reports, { recursive: true, force: true });

const total = results.reduce((s, r) => s + r.seconds, 0);
console.log('\n━━ summary ━━');
for (const r of results) {
  const tests = r.counts ? `  ${r.counts.passed} passed, ${r.counts.failed} failed${r.counts.skipped ? `, ${r.counts.skipped} skipped` : ''}` : '';
  console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(10)} ${formatTime(r.seconds).padStart(8)}${tests}${r.ok ? '' : `  (${r.why})`}`);
}
console.log(`       ${'total'.padEnd(10)} ${formatTime(total).padStart(8)}`);
const failedStages = results.filter((r) => !r.ok);
if (failedStages.length) console.log(`\nFailed: ${failedStages.map((r) => r.name).join(', ')}`);
// The closing line counts the tests of all runners together.
const sum = (key) => results.reduce((s, r) => s + (r.counts?.[key] ?? 0), 0);
console.log(`tests: ${sum('passed')} passed, ${sum('failed')} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
process.exit(failedStages.length ? 1 : 0);

function formatTime(seconds) {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(path) {
  const json = readJson(path);
  if (!json) return undefined;
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
}

function playwrightCounts(path) {
  const json = readJson(path);
  if (!json?.stats) return undefined;
  const { expected, unexpected, flaky, skipped } = json.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}
