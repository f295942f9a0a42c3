// npm run bench: builds the app and prints what the first page load costs, and the lazy Word
// chunk apart, then runs the other benches. Performance is measured here, not timed in tests;
// the budgets are in scripts/benchBudgets.ts (and the first-load one below), and the bench fails
// when a figure is over its budget.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * #14.7: the JavaScript the browser needs before the start page and its task list can be used, in
 * kB of 1,000 bytes, gzip -9. The app's own chunk (the draft, its checks, zod) is fetched at once
 * alongside and fills in the statuses (benchStart.ts measures when, and what was fetched by then).
 */
const BUDGET_FIRST_LOAD_GZIP = 100_000;
const dist = 'dist';

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Low-priority module preloads are the app's chunk, fetched alongside but not needed for the
// first paint (vite.config.ts, preloadAppChunk): printed apart, not in the first load.
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
const hrefOf = (tag) => tag.match(/href="\.?\/?([^"]+\.js)"/)?.[1];
const entry = [...[...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]), ...preloads.filter((t) => !/fetchpriority="low"/.test(t)).map(hrefOf)].filter(Boolean);
const alongside = preloads.filter((t) => /fetchpriority="low"/.test(t)).map(hrefOf).filter(Boolean);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);

/** Static imports only: dynamic import() chunks are not part of the first load. */
function staticClosure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(join(file, '..', m[1]));
    }
  };
  files.forEach(visit);
  return [...seen];
}

const size = (file) => {
  const buf = readFileSync(join(dist, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const sum = (list, key) => list.reduce((s, x) => s + x[key], 0);

const firstLoad = staticClosure(entry).map(size);
const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => size(join('assets', f)));
const docx = all.filter((f) => /exportDocx/.test(f.file));
const firstCss = css.map(size);

console.log('\nFirst page load (JS):');
for (const f of firstLoad) console.log(`  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(9)} gzip`);
const firstGzip = sum(firstLoad, 'gzip');
console.log(`  ${'total'.padEnd(40)} ${kb(sum(firstLoad, 'raw')).padStart(10)} raw ${kb(firstGzip).padStart(9)} gzip  (budget ${kb(BUDGET_FIRST_LOAD_GZIP)}: ${firstGzip <= BUDGET_FIRST_LOAD_GZIP ? 'within' : 'OVER'})`);
console.log(`  CSS: ${kb(sum(firstCss, 'raw'))} raw, ${kb(sum(firstCss, 'gzip'))} gzip`);
const app = alongside.filter((f) => !firstLoad.some((x) => x.file === f)).map(size);
console.log(`  fetched alongside at low priority (the app: the draft, its checks, zod; fills in the task list's statuses): ${kb(sum(app, 'gzip'))} gzip in ${app.length} files`);
console.log('\nWord export chunk (loaded only when exporting):');
for (const f of docx) console.log(`  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(9)} gzip`);
const leaked = firstLoad.filter((f) => readFileSync(join(dist, f.file), 'utf8').includes('w:document'));
if (leaked.length) console.log(`\n  WARNING: Word XML found in the first load: ${leaked.map((f) => f.file).join(', ')}`);

// Each bench prints its figures and exits non-zero when one is over its budget
// (scripts/benchBudgets.ts); every bench runs, and this script fails at the end if any did.
const extraBenches = process.argv.includes('--sizes-only')
  ? []
  : ['scripts/benchExport.ts', 'scripts/benchWordImport.ts', 'scripts/benchHouseStyle.ts', 'scripts/benchBrowser.ts'];
const failed = firstGzip <= BUDGET_FIRST_LOAD_GZIP ? [] : ['first load'];
for (const script of extraBenches) {
  try {
    readFileSync(script);
  } catch {
    continue;
  }
  if (spawnSync('npx', ['tsx', script], { stdio: 'inherit' }).status !== 0) failed.push(script);
}
if (failed.length) {
  console.log(`\nOver budget or failed: ${failed.join(', ')}`);
  process.exit(1);
}
