// npm run bench (after the sizes): how long the Word export takes, in Node and in Chromium.
// Figures, not pass/fail: median of several runs after a warm-up.
import { getScheme } from '../templates/schemes';
import { packApplication } from '../src/word/packApplication';
import { benchDrafts, median } from './benchDrafts';
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

await benchNode();
await benchExportBrowser();
