/// <reference types="vite/client" />

/** The app's version from package.json, written into draft files. */
declare const __APP_VERSION__: string;
