// npm run bench (after the sizes): how fast typing is in the Activiteiten step with 40 activities,
// in Chromium, on the production build. Figures, not pass/fail.
//
// The 40-activity draft goes in the way a user brings one in: "Concept openen" on the start page
// with a .json file (no test hook in the app). The timing code is injected by this script only.
// One keystroke = from the keydown event to the first moment after the next frame (rAF, then a
// message-channel task, i.e. after React's work and the paint of that frame).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { benchDrafts, median } from './benchDrafts';

// Not 4190: browsers and fetch refuse it (ManageSieve is on the Fetch standard's "bad ports" list).
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const OUT_DIR = 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 200;
/** Slow school laptop: Chromium's CPU throttling, as in Lighthouse's mobile profile. */
const THROTTLE = 4;
/** A keystroke should stay well inside one 60 Hz frame plus margin (RAIL: respond within 50 ms). */
const AIM_MS = 50;

declare global {
  interface Window {
    __benchSamples?: number[];
    __benchWork?: number[];
    __benchStop?: () => void;
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
}

async function bench() {
  const large = benchDrafts().find((d) => d.draft.answers.activities?.length === 40);
  if (!large) throw new Error('no 40-activity bench draft');
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    // tsx (esbuild keepNames) wraps named functions in __name(); the functions this script hands to
    // page.evaluate run in the page, where that helper does not exist.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    page.on('dialog', (dialog) => void dialog.accept());
    page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
    await page.goto(`${BASE}/`);
    await page.getByLabel('Kies een concept om te openen').setInputFiles({
      name: 'bench-40-activiteiten.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(large.draft)),
    });
    await page.getByText('Het concept uit ‘bench-40-activiteiten.json’ is geopend.').waitFor();
    const middle = large.draft.answers.activities![19]!;

    console.log(`\nActiviteiten step with 40 activities, production build in Chromium (${KEYSTROKES} keystrokes per field; aim ≤ ${AIM_MS} ms):`);
    const cdp = await page.context().newCDPSession(page);
    for (const rate of [1, THROTTLE]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const label = rate === 1 ? 'no CPU throttling' : `CPU ${rate}× slower`;
      console.log(`  ${label}:`);
      const list = await timeNavigation(page, '#/activiteiten', '.activities__list > li:nth-child(40)');
      print('open the list (40 summary cards)', list);
      const open = await timeNavigation(page, `#/activiteiten/${middle.id}`, '#veld-description');
      print('open activity 20', open);
      for (const [what, selector, alphabet] of [
        ['type in the description', '#veld-description', undefined],
        ['type in the title', '#veld-title', undefined],
        ['type in a cost amount (total updates)', '#veld-costLines-0-amount', '1234567890'],
      ] as const) {
        const { work, paint } = await timeTyping(page, selector, alphabet);
        print(`${what}: work`, work);
        print(`${what}: to next paint`, paint);
      }
      await page.goto(`${BASE}/#/activiteiten`);
      await page.locator('.activities__list > li:nth-child(40)').waitFor();
      print('remove + undo on the list', await timeRemoveUndo(page));
    }
  } finally {
    await browser.close();
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
          new Promise<number>((resolve) => {
            const start = performance.now();
            const done = () => requestAnimationFrame(() => afterPaint(() => resolve(performance.now() - start)));
            const check = () => (document.querySelector(s) ? done() : setTimeout(check, 0));
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
async function timeTyping(page: Page, selector: string, alphabet = 'abcdefghijklmnopqrstuvwxyz '): Promise<{ work: number[]; paint: number[] }> {
  await page.locator(selector).focus();
  await page.keyboard.press('End');
  await page.evaluate((s) => {
    const work: number[] = [];
    const paint: number[] = [];
    window.__benchSamples = paint;
    window.__benchWork = work;
    const field = document.querySelector(s)!;
    let start = 0;
    field.addEventListener('keydown', () => (start = performance.now()), { capture: true });
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
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(alphabet[i % alphabet.length]!);
    await page.waitForFunction((n) => (window.__benchSamples?.length ?? 0) >= n, i + 1, { polling: 'raf' });
  }
  const result = await page.evaluate(() => {
    window.__benchStop?.();
    return { work: window.__benchWork ?? [], paint: window.__benchSamples ?? [] };
  });
  // Leave the field as it was.
  for (let i = 0; i < KEYSTROKES; i += 1) await page.keyboard.press('Backspace');
  return result;
}

/** Click "Verwijder" on card 20 → next frame, then "Ongedaan maken" → next frame. */
async function timeRemoveUndo(page: Page, runs = 9): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const name of [/^Verwijder activiteit/, /^Ongedaan maken/]) {
      const button = name.source.startsWith('^Verwijder') ? page.locator('.activities__list > li:nth-child(20)').getByRole('button', { name }) : page.getByRole('button', { name });
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

function print(what: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const med = median(samples);
  console.log(
    `    ${what.padEnd(52)} median ${med.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms  (n=${samples.length})`,
  );
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
