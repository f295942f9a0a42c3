import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const TEST_ROOTS = ['src', 'schemas', 'templates', 'scripts'];

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The production Content-Security-Policy. No 'unsafe-inline' or 'unsafe-eval' for scripts, and
 * nothing may leave the origin. Added at build time only: the dev server injects an inline
 * React-refresh preamble that this policy would (rightly) block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The single-file edition inlines all script and style into index.html. Instead of loosening the
 * policy with 'unsafe-inline', it allows exactly those inline blocks by their SHA-256 hashes.
 */
function singleFileContentSecurityPolicy(): Plugin {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return {
    name: 'aanvraagwijzer-csp-single-file',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined everything (its hook is also order: 'post', and runs first).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      let source = String(html.source);
      const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
      const styles = [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
      const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src ${scripts.join(' ')}`)
        .replace("style-src 'self'", `style-src ${styles.join(' ')}`)
        // From file:// there is no origin to talk to.
        .replace("connect-src 'self'", "connect-src 'none'");
      source = source.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
      html.source = source;
      },
    },
  };
}

/**
 * The example drafts of public/examples/. The web app fetches them (same origin); the single file
 * has nothing to fetch from, so there this module carries their text.
 */
function exampleDrafts(inline: boolean): Plugin {
  const id = 'virtual:example-drafts';
  return {
    name: 'aanvraagwijzer-example-drafts',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      if (!inline) return 'export default null;';
      const dir = new URL('./public/examples/', import.meta.url);
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      const entries = files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]);
      return `export default ${JSON.stringify(Object.fromEntries(entries))};`;
    },
  };
}

/** The single file has no service worker: its registration module becomes a no-op. */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'aanvraagwijzer-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}

/**
 * #14.7: the app's chunk (src/app/boot.tsx) and the chunks it needs are fetched at once, alongside
 * the first paint's script: main.tsx asks for them only after React has been evaluated, hundreds
 * of milliseconds later on a slow phone. At low priority, so they never hold up the first paint.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'aanvraagwijzer-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const closure = (names: string[], seen = new Set<string>()): Set<string> => {
          for (const name of names) {
            if (seen.has(name)) continue;
            seen.add(name);
            closure(chunks.find((c) => c.fileName === name)?.imports ?? [], seen);
          }
          return seen;
        };
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/boot.tsx'));
        const entry = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
        if (!boot) return [];
        const first = closure(entry);
        return [...closure([boot.fileName])]
          .filter((file) => !first.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'aanvraagwijzer-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Two editions: the web app (default; a service worker makes it work offline after one visit) and
 * `--mode single`: one self-contained HTML file in dist-single/ that an advisor opens from disk.
 */
export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the build works from any folder, a USB stick or an intranet share.
  base: './',
  plugins:
    mode === 'single'
      ? [react(), noServiceWorker(), exampleDrafts(true), contentSecurityPolicy(), viteSingleFile({ removeViteModuleLoader: true }), singleFileContentSecurityPolicy()]
      : [
          react(),
          exampleDrafts(false),
          contentSecurityPolicy(),
          preloadAppChunk(),
          VitePWA({
            registerType: 'prompt',
            injectRegister: false,
            manifest: {
              name: 'Aanvraagwijzer',
              short_name: 'Aanvraagwijzer',
              description: 'Hulp bij uw aanvraag voor de Subsidieregeling extra begeleiding en nazorg mbo',
              lang: 'nl',
              start_url: './',
              scope: './',
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#154273',
              icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            workbox: {
              // Everything, Word export and examples included, so the app works offline after one visit.
              globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
              navigateFallback: null,
              cleanupOutdatedCaches: true,
            },
          }),
        ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // lightningcss (already Vite's CSS minifier) also transforms: it resolves the one breakpoint,
  // `@custom-media --aw-small-viewport` in src/styles/media.css, in every stylesheet that imports it.
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  build: {
    // Never inline assets as data: URLs (the CSP allows none); the single file inlines everything.
    assetsInlineLimit: mode === 'single' ? 100_000_000 : 0,
    target: 'es2022',
    outDir: mode === 'single' ? 'dist-single' : undefined,
  },
  // Two projects by cost (README, "Tests"): `unit` = every *.test.ts(x), pure and fast; `word` =
  // *.word.test.ts, which build whole Word files and check them with the Open XML validator,
  // LibreOffice or the CLI. Timeouts: from the slowest run measured on a 2-core machine running
  // two `npm test` at once (load average 9–17): unit, slowest test 2.2 s; word, slowest test 27 s
  // (two Open XML validations), slowest hook a few seconds (renderApplication packs three files).
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: TEST_ROOTS.map((root) => `${root}/**/*.test.{ts,tsx}`),
          exclude: ['**/*.word.test.ts', '**/node_modules/**'],
          testTimeout: 15_000,
          hookTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'word',
          include: TEST_ROOTS.map((root) => `${root}/**/*.word.test.ts`),
          globalSetup: ['src/word/fixtures/openXmlValidatorServer.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
