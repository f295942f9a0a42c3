// Word export timing in Chromium: the export code bundled by Vite into one module, run in a blank
// page, several runs per draft (the first warms up the JIT and is dropped), median reported.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { benchDrafts, median } from './benchDrafts';
import { createBudgetCheck } from './benchBudgets';
import { houseStyleTemplate } from './benchHouseStyle';

const RUNS = 15;
const AIM_MS = 150;
const HOUSE_STYLE_RUNS = 4;

export async function benchExportBrowser(): Promise<void> {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    define: { __APP_VERSION__: JSON.stringify('bench') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: new URL('./benchExportEntry.ts', import.meta.url).pathname, formats: ['es'], fileName: 'bench' },
    },
  });
  const results = Array.isArray(output) ? output[0]! : output;
  if (!('output' in results)) throw new Error('unexpected Vite build result');
  const chunks = results.output.filter((o) => o.type === 'chunk');
  // The export path has no dynamic import, so the bundle is one module that runs on its own.
  const chunk = chunks[0];
  if (chunks.length !== 1 || chunk?.type !== 'chunk') throw new Error(`expected one bundle, got ${chunks.length}`);

  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="nl"><body></body></html>');
    await page.addScriptTag({ content: chunk.code, type: 'module' });
    await page.waitForFunction(() => typeof window.benchExport === 'function');
    console.log(`\nWord export in Chromium (median of ${RUNS - 1} runs after one warm-up; aim ≤ ${AIM_MS} ms for the largest):`);
    for (const { name, draft } of benchDrafts()) {
      const times = await page.evaluate(([d, runs]) => window.benchExport(d, runs), [draft, RUNS] as const);
      const ms = median(times.slice(1));
      console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  (min ${Math.min(...times.slice(1)).toFixed(0)}, max ${Math.max(...times.slice(1)).toFixed(0)})`);
    }
    // #15.6: this took 33 s before the filling became linear.
    const template = [...(await houseStyleTemplate(20))];
    const draft = benchDrafts()[0]!.draft;
    const times = await page.evaluate(([t, d, runs]) => window.benchHouseStyle(t, d, runs), [template, draft, HOUSE_STYLE_RUNS] as const);
    const ms = median(times.slice(1));
    console.log(`\nHouse style in Chromium, 20 × {{aanvraag}} and every text field, volledig.json (median of ${HOUSE_STYLE_RUNS - 1} after one warm-up):`);
    const budget = createBudgetCheck('house style in Chromium');
    console.log(
      `  ${'fillHouseStyle'.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  (min ${Math.min(...times.slice(1)).toFixed(0)}, max ${Math.max(...times.slice(1)).toFixed(0)})  [house-style-browser/aanvraag-20]${budget.verdict('house-style-browser/aanvraag-20', 1, times.slice(1))}`,
    );
    if (!budget.finish((key) => key.startsWith('house-style-browser/'))) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
