import fc from 'fast-check';
import { anyDraftInput, checkParseDraft } from './draftArbitraries';

/**
 * The long fuzz run of the one door in (`npm run fuzz`): 10,000 random inputs by default, or the
 * number given as the first argument. Exits 1 with the shrunk counterexample on a failure.
 */
const runs = Number(process.argv[2] ?? 10_000);
const started = Date.now();
const codes = new Map<string, number>();

await fc.assert(
  fc.asyncProperty(anyDraftInput, async (input) => {
    const result = await checkParseDraft(input);
    const code = result.ok ? 'ok' : result.code;
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }),
  { numRuns: runs },
);

const summary = [...codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
console.log(`parseDraft: ${runs} random inputs in ${Date.now() - started} ms, no crash, no pollution. Results: ${summary.join(', ')}`);
