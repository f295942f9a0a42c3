import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { findScheme } from '../../templates/schemes';
import { errorsOf } from '../domain/issues';
import { validateDraft } from '../domain/validateDraft';
import { packApplication } from '../word/packApplication';
import { packReport } from '../word/packReport';
import { reportIssues } from '../domain/report/reportChecks';
import { CLI } from '../text/cli';
import { EXIT, type CliOutput } from './cliOutput';
import { readDraftFile } from './readDraftFile';

const appVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** `npm run export -- <file> [--verslag] -o <out.docx>`: the same Word document the app makes (the application, or with --verslag the activiteitenverslag), draft included. */
export async function exportCommand(args: readonly string[], io: CliOutput, now: Date = new Date()): Promise<number> {
  const report = args.includes('--verslag');
  const rest = args.filter((a) => a !== '--' && a !== '--verslag');
  const at = rest.findIndex((a) => a === '-o' || a === '--output');
  const output = at >= 0 ? rest[at + 1] : undefined;
  const inputs = rest.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (inputs.length !== 1 || inputs[0]!.startsWith('-')) {
    io.err(CLI.exportUsage);
    return EXIT.refused;
  }
  if (!output) {
    io.err(CLI.outputMissing);
    io.err(CLI.exportUsage);
    return EXIT.refused;
  }
  if (!output.toLowerCase().endsWith('.docx')) {
    io.err(CLI.outputNotDocx(output));
    return EXIT.refused;
  }
  const read = await readDraftFile(inputs[0]!);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.refused;
  }
  const scheme = findScheme(read.draft.schemeId)!;
  const bytes = report ? await packReport(read.draft, scheme, now, { appVersion }) : await packApplication(read.draft, scheme, now, { appVersion });
  try {
    await writeFile(output, bytes);
  } catch {
    io.err(CLI.writeFailed(output));
    return EXIT.refused;
  }
  io.out(CLI.written(output));
  const errors = report
    ? reportIssues(read.draft, scheme).filter((i) => i.severity === 'error').length
    : errorsOf(validateDraft(read.draft.answers, scheme)).length;
  if (errors > 0) io.out(CLI.writtenIncomplete(errors));
  return EXIT.ok;
}
