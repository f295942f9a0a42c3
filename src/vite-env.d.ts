/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The app's version from package.json, written into draft files. */
declare const __APP_VERSION__: string;

declare module 'virtual:example-drafts' {
  /** File name → JSON text in the single-file edition; null in the web app, which fetches them. */
  const drafts: Record<string, string> | null;
  export default drafts;
}
