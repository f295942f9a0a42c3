// npm run bench (after the sizes): how fast typing is in Chromium, on the production build, with
// the 40-activity draft (at full speed and with the CPU 4x slower) and with the largest draft the
// schema allows (200 activities with 20,000-character descriptions, #15.5): opening it, the list,
// an activity, and typing in the activity and on two other steps. Budgets: scripts/benchBudgets.ts;
// the bench exits non-zero when a measurement is over its budget.
//
// A draft goes in the way a user brings one in: "Concept openen" on the start page with a .json
// file (no test hook in the app). The timing code is injected by this script only. One keystroke:
// "work" = from the keydown event's timestamp (so a long task that delayed it counts) until React,
// react-hook-form, the draft store and every re-render it caused are done; "to next paint" = until
// after the next frame (rAF, then a message-channel task).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createBudgetCheck } from './benchBudgets';
import { benchDrafts, largestDraft, median } from './benchDrafts';
import { benchExportButton, benchStart } from './benchStart';
import type { DraftFile } from '../schemas/draft';

// Not 4190: browsers and fetch refuse it (ManageSieve is on the Fetch standard's "bad ports" list).
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const OUT_DIR = 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 200;
/** Slow school laptop: Chromium's CPU throttling, as in Lighthouse's mobile profile. */
const THROTTLE = 4;
const budget = createBudgetCheck('browser');
/** BENCH_ONLY=start: only the start page and the export button (benchStart.ts); =typing: only the rest. */
const ONLY = process.env.BENCH_ONLY;

declare global {
  interface Window {
    __benchSamples?: number[];
    __benchWork?: number[];
    __benchStop?: () => void;
    __benchLongTasks?: number[];
    __benchOpenStart?: number;
  }
}

async function main() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR], { stdio: 'inherit' });
  // Vite's own entry, not npx: one child process that ends with kill().
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  try {
    await waitForServer();
    await bench();
  } finally {
    stop(server);
  }
  const owned = ONLY === 'start' ? ['start/', 'export-button/'] : ONLY === 'typing' ? ['largest/', 'forty/'] : ['largest/', 'forty/', 'start/', 'export-button/'];
  if (!budget.finish((key) => owned.some((prefix) => key.startsWith(prefix)))) process.exitCode = 1;
}

async function bench() {
  const forty = benchDrafts().find((d) => d.draft.answers.activities?.length === 40);
  if (!forty) throw new Error('no 40-activity bench draft');
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    if (!ONLY || ONLY === 'start') {
      await benchStart(browser, BASE, OUT_DIR, print, benchDrafts()[0]!.draft);
      await benchExportButton(browser, BASE, print, forty.draft);
    }
    if (ONLY === 'start') return;
    {
      const page = await newPage(browser);
      await openDraft(page, 'bench-40-activiteiten.json', forty.draft);
      const middle = forty.draft.answers.activities![19]!;
      console.log(`\nActiviteiten step with 40 activities, production build in Chromium (${KEYSTROKES} keystrokes per field):`);
      const cdp = await page.context().newCDPSession(page);
      for (const rate of [1, THROTTLE]) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        console.log(`  ${rate === 1 ? 'no CPU throttling' : `CPU ${rate}× slower`}:`);
        print('forty/list', rate, 'open the list (40 summary cards)', await timeNavigation(page, '#/activiteiten', '.summary-card-list > li:nth-child(40)'));
        print('forty/open-activity', rate, 'open activity 20', await timeNavigation(page, `#/activiteiten/${middle.id}`, '#veld-description'));
        await typeInFields(page, 'forty', rate, KEYSTROKES);
        await page.goto(`${BASE}/#/activiteiten`);
        await page.locator('.summary-card-list > li:nth-child(40)').waitFor();
        print('forty/remove-undo', rate, 'remove + undo on the list', await timeRemoveUndo(page));
      }
      await page.close();
    }
    const largest = largestDraft();
    const middle = largest.draft.answers.activities![99]!;
    console.log(`\nThe largest draft (${largest.name}; ${KEYSTROKES / 2} keystrokes per field):`);
    for (const rate of [1, THROTTLE]) {
      const page = await newPage(browser);
      await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      console.log(`  ${rate === 1 ? 'no CPU throttling' : `CPU ${rate}× slower`}:`);
      const opened = await openDraft(page, 'groot.json', largest.draft);
      print('largest/open', rate, '"Concept openen" until the message is painted', [opened.ms]);
      print('largest/open-longest-task', rate, '  its longest task (the page cannot respond)', [opened.longestTask]);
      print('largest/list', rate, 'open the list (200 summary cards)', await timeNavigation(page, '#/activiteiten', '.summary-card-list > li:nth-child(200)', 4));
      print('largest/open-activity', rate, 'open activity 100', await timeNavigation(page, `#/activiteiten/${middle.id}`, '#veld-description', 4));
      await typeInFields(page, 'largest', rate, KEYSTROKES / 2);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  // tsx (esbuild keepNames) wraps named functions in __name(); the functions this script hands to
  // page.evaluate run in the page, where that helper does not exist.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
  await page.goto(`${BASE}/`);
  return page;
}

/** "Concept openen" with a .json file: from the input's change event until the message is painted, and the longest task meanwhile. */
async function openDraft(page: Page, name: string, draft: DraftFile): Promise<{ ms: number; longestTask: number }> {
  const input = page.getByLabel('Kies een concept om te openen');
  await input.evaluate((element) => {
    window.__benchLongTasks = [];
    // Tasks from the change event on: Playwright's own work of putting the file in the input comes before it.
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => e.startTime >= (window.__benchOpenStart ?? Infinity) && window.__benchLongTasks!.push(e.duration)),
    ).observe({ type: 'longtask' });
    element.addEventListener('change', () => (window.__benchOpenStart = performance.now()), { capture: true, once: true });
  });
  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await page.getByText(`Het concept uit ‘${name}’ is geopend.`).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - window.__benchOpenStart!);
          channel.port2.postMessage(null);
        }),
      ),
  );
  // Work still running after the message (e.g. a render of the page below it) counts too.
  await page.waitForTimeout(1_000);
  const longestTask = await page.evaluate(() => Math.max(0, ...(window.__benchLongTasks ?? [])));
  return { ms, longestTask };
}

/** The fields a user types in, on the activity page (the middle activity) and on two other steps. */
async function typeInFields(page: Page, draftKey: string, rate: number, keystrokes: number) {
  const fields = [
    ['description', 'type in the description', '#veld-description', undefined],
    ['title', 'type in the title', '#veld-title', undefined],
    ['cost-amount', 'type in a cost amount (total updates)', '#veld-costLines-0-amount', '1234567890'],
  ] as const;
  for (const [key, what, selector, alphabet] of fields) {
    const { work, paint } = await timeTyping(page, selector, keystrokes, alphabet);
    print(`${draftKey}/${key}/work`, rate, `${what}: work`, work);
    print(`${draftKey}/${key}/paint`, rate, `${what}: to next paint`, paint);
  }
  for (const [key, what, hash, selector] of [
    ['nazorg-handover', 'Nazorg, type in "warme overdracht" (checks across steps shown)', '#/nazorg', '#veld-handover'],
    ['institution-name', 'Aanvrager, type in the institution name', '#/aanvrager', '#veld-institutionName'],
  ] as const) {
    if (draftKey === 'forty') continue;
    await page.evaluate((h) => (window.location.hash = h), hash);
    await page.locator(selector).waitFor();
    const { work, paint } = await timeTyping(page, selector, keystrokes);
    print(`${draftKey}/${key}/work`, rate, `${what}: work`, work);
    print(`${draftKey}/${key}/paint`, rate, `${what}: to next paint`, paint);
  }
}

/** Median over several visits (the first, which also loads the step's code, is dropped) of: set the hash → the selector is in the page and a frame was painted. */
async function timeNavigation(page: Page, hash: string, selector: string, runs = 10): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('heading', { level: 1, name: 'Uw aanvraag in stappen' }).waitFor();
    times.push(
      await page.evaluate(
        ([h, s]) =>
          new Promise<number>((resolve, reject) => {
            const start = performance.now();
            const done = () => requestAnimationFrame(() => afterPaint(() => resolve(performance.now() - start)));
            // A selector the page no longer has fails the bench instead of hanging it.
            const check = () => (document.querySelector(s) ? done() : performance.now() - start > 60_000 ? reject(new Error(`not found: ${s}`)) : setTimeout(check, 0));
            const afterPaint = (f: () => void) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = f;
              channel.port2.postMessage(null);
            };
            window.location.hash = h;
            check();
          }),
        [hash, selector] as const,
      ),
    );
  }
  return times.slice(1);
}

/**
 * Per keystroke: "work" = keydown until the input event has been handled by React, react-hook-form,
 * the draft store and every re-render it caused (a window listener runs after React's root
 * listener; a microtask after that catches queued work); "to next paint" = keydown until after
 * the next frame, so it includes waiting for that frame (up to 16.7 ms at 60 Hz).
 */
async function timeTyping(page: Page, selector: string, keystrokes: number, alphabet = 'abcdefghijklmnopqrstuvwxyz '): Promise<{ work: number[]; paint: number[] }> {
  await page.locator(selector).focus();
  await page.keyboard.press('End');
  await page.evaluate((s) => {
    const work: number[] = [];
    const paint: number[] = [];
    window.__benchSamples = paint;
    window.__benchWork = work;
    const field = document.querySelector(s)!;
    let start = 0;
    field.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true });
    const onInput = (event: Event) => {
      if (event.target !== field) return;
      queueMicrotask(() => work.push(performance.now() - start));
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => paint.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    window.addEventListener('input', onInput);
    window.__benchStop = () => window.removeEventListener('input', onInput);
  }, selector);
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.press(alphabet[i % alphabet.length]!);
    await page.waitForFunction((n) => (window.__benchSamples?.length ?? 0) >= n, i + 1, { polling: 'raf' });
  }
  const result = await page.evaluate(() => {
    window.__benchStop?.();
    return { work: window.__benchWork ?? [], paint: window.__benchSamples ?? [] };
  });
  // Leave the field as it was.
  for (let i = 0; i < keystrokes; i += 1) await page.keyboard.press('Backspace');
  return result;
}

/** Click "Verwijderen" on card 20 → next frame, then "Ongedaan maken" → next frame. */
async function timeRemoveUndo(page: Page, runs = 9): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const name of [/^Verwijderen/, /^Ongedaan maken/]) {
      const button = name.source.startsWith('^Verwijderen') ? page.locator('.summary-card-list > li:nth-child(20)').getByRole('button', { name }) : page.getByRole('button', { name });
      await button.evaluate((el) => {
        el.addEventListener(
          'click',
          () => {
            const start = performance.now();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => ((window.__benchSamples ??= []).push(performance.now() - start));
              channel.port2.postMessage(null);
            });
          },
          { capture: true, once: true },
        );
      });
      await page.evaluate(() => (window.__benchSamples = []));
      await button.click();
      await page.waitForFunction(() => (window.__benchSamples?.length ?? 0) >= 1, undefined, { polling: 'raf' });
      times.push(await page.evaluate(() => window.__benchSamples![0]!));
    }
  }
  return times;
}

function print(key: string, throttle: number, what: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const med = median(samples);
  const stats =
    samples.length === 1
      ? `${med.toFixed(1).padStart(8)} ms`
      : `median ${med.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms  (n=${samples.length})`;
  console.log(`    ${what.padEnd(64)} ${stats}  [${key}]${budget.verdict(key, throttle, samples)}`);
}

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

function stop(server: ChildProcess) {
  server.kill('SIGTERM');
}

await main();
