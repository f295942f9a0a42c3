import type { Linter } from 'eslint';

/** The layers of eslint.config.js, for the test that checks them (scripts/eslintLayers.test.ts). */
export declare const LAYERS: Record<string, { dir: string; may: readonly string[] }>;
declare const config: Linter.Config[];
export default config;
