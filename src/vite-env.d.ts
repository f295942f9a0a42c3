/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The app's version from package.json, written into draft files. */
declare const __APP_VERSION__: string;
