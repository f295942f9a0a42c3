// npm run bench, in Chromium on the production build (called from benchBrowser.ts, which serves
// it): how fast the start page is usable, and the Word export from its button (#14.7).
//
// Start page, each run in a fresh browser context with the HTTP cache off and no service worker
// (a first visit), at full speed and with the CPU 4x slower:
// - "links": the task list's links are painted (the page can be used);
// - "ready": the task list shows the statuses of the draft (the draft is restored and checked);
// - "blocking": total blocking time, every long task's time over 50 ms from the first paint until
//   2 s after "ready" (what Lighthouse counts until the page is quiet);
// - the JavaScript the browser fetched before "ready", gzip -9, in kB of 1,000 bytes. (What it
//   needs before "links" is the first load that bench.mjs sums: on localhost the app's chunk,
//   fetched at once alongside, is there before the links whether they need it or not.)
// A new user (empty draft) opens "#/"; a returning user has volledig.json stored and opens "#/".
//
// Export: "Word-document maken" with the 40-activity draft, from the click until the success
// notice is painted; the first click right after the draft was opened (the Word chunk may still be
// on its way: the button loads it ahead when idle or pointed at), then repeated clicks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { DraftFile } from '../schemas/draft';
import { median } from './benchDrafts';

type Print = (key: string, throttle: number, what: string, samples: number[]) => void;

const RUNS = 5;
const QUIET_AFTER_READY_MS = 2_000;

declare global {
  interface Window {
    __start?: { fcp?: number; links?: number; ready?: number; longTasks: { start: number; duration: number }[] };
    __exportDone?: number;
  }
}

/** Injected before the app's own scripts: records the first paint, long tasks and when the task list has its links and its statuses. */
const START_OBSERVER = `(() => {
  const s = (window.__start = { longTasks: [] });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.name === 'first-contentful-paint') s.fcp = e.startTime; })).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => s.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  const afterPaint = (f) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => f(performance.now()); c.port2.postMessage(null); });
  const check = () => {
    const items = [...document.querySelectorAll('.task-list__item')];
    if (s.links === undefined && items.length >= 8 && document.querySelector('.task-list a')) afterPaint((t) => (s.links ??= t));
    const tags = items.map((i) => i.querySelector('.tag'));
    if (s.ready === undefined && items.length >= 10 && tags.every((t) => t && t.textContent.trim() !== '' && !t.classList.contains('tag--pending'))) afterPaint((t) => (s.ready ??= t));
    if (s.ready === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export async function benchStart(browser: Browser, base: string, dist: string, print: Print, full: DraftFile): Promise<void> {
  console.log(`\nThe start page on a first visit (fresh context, no cache, no service worker; median of ${RUNS}):`);
  for (const returning of [false, true]) {
    console.log(`  ${returning ? 'returning user, volledig.json stored' : 'new user, empty draft'}:`);
    for (const rate of [1, 4]) {
      const runs: { links: number; ready: number; blocking: number; jsReady: number }[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await startRun(browser, base, dist, rate, returning ? full : undefined));
      const who = returning ? 'returning' : 'new';
      const cpu = rate === 1 ? '' : `, CPU ${rate}× slower`;
      print(`start/${who}/links`, rate, `task list links painted${cpu}`, runs.map((r) => r.links));
      print(`start/${who}/ready`, rate, `task list ready (statuses of the draft)${cpu}`, runs.map((r) => r.ready));
      print(`start/${who}/blocking`, rate, `total blocking time until ready + ${QUIET_AFTER_READY_MS / 1000} s${cpu}`, runs.map((r) => r.blocking));
      if (rate === 1) {
        const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
        console.log(`    JavaScript fetched before ready (gzip -9): ${kB(median(runs.map((r) => r.jsReady)))} (the first load, before the links, is in the sizes above)`);
      }
    }
  }
}

async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', serviceWorkers: 'block' });
}

async function startRun(browser: Browser, base: string, dist: string, rate: number, stored: DraftFile | undefined) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  if (stored) {
    // The returning user: the draft is stored (and the start page seen once) in this context.
    await page.goto(`${base}/#/`);
    await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'volledig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(stored)) });
    await page.getByText('Het concept uit ‘volledig.json’ is geopend.').waitFor();
    await page.getByText(/^Opgeslagen/).first().waitFor();
    // Away first: from '#/', going to '#/' again would only be a fragment navigation.
    await page.goto('about:blank');
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript({ content: START_OBSERVER });
  await page.goto(`${base}/#/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__start?.ready !== undefined, undefined, { timeout: 60_000, polling: 100 });
  await page.waitForTimeout(QUIET_AFTER_READY_MS);
  // A string, not a function: tsx would wrap the function's inner helpers in its __name(), which the page lacks.
  const result = (await page.evaluate(`(() => {
    const s = window.__start;
    const end = s.ready + ${QUIET_AFTER_READY_MS};
    const blocking = s.longTasks.filter((t) => t.start >= (s.fcp ?? 0) && t.start < end).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
    return { links: s.links, ready: s.ready, blocking, jsReady: scripts.filter((e) => e.startTime < s.ready).map((e) => new URL(e.name).pathname) };
  })()`)) as { links: number; ready: number; blocking: number; jsReady: string[] };
  await context.close();
  const bytes = (paths: string[]) => [...new Set(paths)].reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p.replace(/^\//, ''))), { level: 9 }).length, 0);
  return { links: result.links, ready: result.ready, blocking: result.blocking, jsReady: bytes(result.jsReady) };
}

/** Clicks "Word-document maken" and returns the time from the click until the success notice is painted. */
async function timeExport(page: Page): Promise<{ ms: number; chunkLoadedBefore: boolean }> {
  const button = page.getByRole('button', { name: 'Word-document maken' });
  const chunkLoadedBefore = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /exportDocx-/.test(e.name)));
  await button.evaluate((el) => {
    window.__exportDone = undefined;
    const status = document.querySelector('.export__status')!;
    el.addEventListener(
      'click',
      () => {
        const start = performance.now();
        // A repeated click: the previous notice goes while busy and comes back when done.
        let cleared = !status.textContent?.includes('is gemaakt');
        const observer = new MutationObserver(() => {
          const shown = status.textContent?.includes('is gemaakt') ?? false;
          if (!shown) cleared = true;
          if (!shown || !cleared) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => (window.__exportDone = performance.now() - start);
            c.port2.postMessage(null);
          });
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
  const download = page.waitForEvent('download');
  await button.click();
  await download;
  await page.waitForFunction(() => window.__exportDone !== undefined, undefined, { timeout: 60_000 });
  return { ms: await page.evaluate(() => window.__exportDone!), chunkLoadedBefore };
}

export async function benchExportButton(browser: Browser, base: string, print: Print, forty: DraftFile): Promise<void> {
  console.log(`\n"Word-document maken" on the start page with 40 activities, from the click until the notice is painted:`);
  for (const rate of [1, 4]) {
    const first: number[] = [];
    let preloaded = 0;
    const repeat: number[] = [];
    const changed: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await freshContext(browser);
      const page = await context.newPage();
      await page.goto(`${base}/#/`);
      await page.getByLabel('Kies een concept om te openen').setInputFiles({ name: 'veertig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forty)) });
      await page.getByText('Het concept uit ‘veertig.json’ is geopend.').waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const run = await timeExport(page);
      first.push(run.ms);
      if (run.chunkLoadedBefore) preloaded += 1;
      if (i === 0) {
        for (let j = 0; j < RUNS; j += 1) repeat.push((await timeExport(page)).ms);
        // The same draft opened again is a new draft: the document is built anew (a repeated click on
        // an unchanged draft hands out the file it made), with the code warm. What a click costs after an edit.
        for (let j = 0; j < RUNS; j += 1) {
          const name = `veertig-${j}.json`;
          await page.getByLabel('Kies een concept om te openen').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forty)) });
          await page.getByText(`Het concept uit ‘${name}’ is geopend.`).waitFor();
          changed.push((await timeExport(page)).ms);
        }
      }
      await context.close();
    }
    const cpu = rate === 1 ? '' : `, CPU ${rate}× slower`;
    print('export-button/first', rate, `first click right after opening the draft${cpu} (chunk there before: ${preloaded}/${RUNS})`, first);
    print('export-button/repeat', rate, `repeated clicks, draft unchanged${cpu}`, repeat);
    print('export-button/changed', rate, `a click after the draft changed (opened anew)${cpu}`, changed);
  }
}
