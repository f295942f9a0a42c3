import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** PW_PORT lets several test runs work side by side, each with its own build folder. */
const PORT = Number(process.env.PW_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist' : `dist-e2e-${PORT}`;
/**
 * Every timeout explicit, each several times the slowest measured on a 2-core machine running two
 * `npm test` at once (load average 9–17): a test 58 s (journey.spec.ts), an expect 1.3 s, an
 * action 3.9 s (typing a long answer), a navigation 1.8 s, the build and preview server 12 s.
 */
const TIMEOUT = { test: 180_000, expect: 10_000, action: 15_000, navigation: 20_000, webServer: 120_000 };
/** Use the system Chromium when there is one (CI installs Debian's); otherwise Playwright's own. */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: TIMEOUT.test,
  expect: { timeout: TIMEOUT.expect },
  use: {
    actionTimeout: TIMEOUT.action,
    navigationTimeout: TIMEOUT.navigation,
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    // Build first so the journeys never run against a stale dist/.
    command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    // Never reuse: a server left running would serve a stale build.
    reuseExistingServer: false,
    timeout: TIMEOUT.webServer,
  },
});
