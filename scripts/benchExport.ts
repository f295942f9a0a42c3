// npm run bench (after the sizes): how long the Word export takes, in Node and in Chromium.
// Figures, not pass/fail: median of several runs after a warm-up.
import { getScheme } from '../templates/schemes';
import { packApplication } from '../src/word/packApplication';
import { packReport } from '../src/word/packReport';
import { createBudgetCheck } from './benchBudgets';
import { benchDrafts, median, reportBenchDrafts } from './benchDrafts';
import { benchExportBrowser } from './benchExportBrowser';

const RUNS = 15;

async function benchNode() {
  console.log(`\nWord export in Node ${process.version} (render + pack + draft inside; median of ${RUNS - 1} runs after one warm-up):`);
  for (const { name, draft } of benchDrafts()) {
    const scheme = getScheme(draft.schemeId);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      size = (await packApplication(draft, scheme, new Date(), { appVersion: 'bench' })).length;
      times.push(performance.now() - start);
    }
    const rest = times.slice(1);
    console.log(`  ${name.padEnd(34)} ${median(rest).toFixed(0).padStart(5)} ms  (min ${Math.min(...rest).toFixed(0)}, max ${Math.max(...rest).toFixed(0)}; ${(size / 1024).toFixed(0)} kB)`);
  }
}

/** The activiteitenverslag beside the application (#13): plan against realisation, the draft inside. */
async function benchReport(): Promise<boolean> {
  const budgets = createBudgetCheck('report export');
  console.log(`\nActiviteitenverslag export in Node (render + pack + draft inside; median of ${RUNS - 1} runs after one warm-up):`);
  for (const { name, draft } of reportBenchDrafts()) {
    const scheme = getScheme(draft.schemeId);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      size = (await packReport(draft, scheme, new Date(), { appVersion: 'bench' })).length;
      times.push(performance.now() - start);
    }
    const rest = times.slice(1);
    const key = `report-export/${name.startsWith('40') ? '40' : 'example'}`;
    console.log(
      `  ${name.padEnd(34)} ${median(rest).toFixed(0).padStart(5)} ms  (min ${Math.min(...rest).toFixed(0)}, max ${Math.max(...rest).toFixed(0)}; ${(size / 1024).toFixed(0)} kB) [${key}]${budgets.verdict(key, 1, rest)}`,
    );
  }
  return budgets.finish((key) => key.startsWith('report-export/'));
}

await benchNode();
const reportWithinBudget = await benchReport();
await benchExportBrowser();
if (!reportWithinBudget) process.exitCode = 1;
