import { findScheme } from '../../templates/schemes';
import { errorsOf, warningsOf } from '../domain/issues';
import { placedMessage } from '../domain/issuePlace';
import { STEP_IDS } from '../domain/steps';
import { validateDraftWithAdvice } from '../domain/validateDraft';
import { getGuidance } from '../../templates/guidance';
import { CLI } from '../text/cli';
import { STEP_TITLES } from '../text/nl';
import { EXIT, type CliOutput } from './cliOutput';
import { readDraftFile } from './readDraftFile';
import { reportIssues, taskKey } from '../domain/report/reportChecks';
import { reportTasks } from '../domain/report/reportTasks';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { REPORT } from '../text/report';

/**
 * `npm run validate -- <file>`: the Dutch list of errors and warnings, by step. Exit 0 complete, 1
 * incomplete or with parts that could not be read (set aside), 2 not a draft at all.
 */
export async function validateCommand(args: readonly string[], io: CliOutput): Promise<number> {
  const report = args.includes('--verslag');
  const paths = args.filter((a) => a !== '--' && a !== '--verslag');
  if (paths.length !== 1 || paths[0]!.startsWith('-')) {
    io.err(CLI.validateUsage);
    return EXIT.refused;
  }
  const path = paths[0]!;
  const read = await readDraftFile(path);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.refused;
  }
  const { draft } = read;
  const scheme = findScheme(draft.schemeId)!;
  io.out(CLI.heading(draft.answers.applicant?.institutionName?.trim() || CLI.noName));
  io.out(scheme.name);
  if (read.report.length > 0) {
    io.out(CLI.migrated);
    read.report.forEach((line) => io.out(`  ${line}`));
  }
  // Opened, but not whole: the parts it could not read are named, and the draft is not valid as it is.
  const setAside = draft.setAside ?? [];
  if (setAside.length > 0) {
    io.out('');
    io.out(CLI.setAside(setAside.length));
    setAside.forEach((part) => io.out(`  - ${part.label}`));
  }
  if (report) return reportLines(draft, scheme, setAside.length, io);
  const issues = validateDraftWithAdvice(draft.answers, scheme, getGuidance(scheme.id));
  const errors = errorsOf(issues).length;
  const warnings = warningsOf(issues).length;
  io.out('');
  io.out(
    errors > 0
      ? CLI.counts(errors, warnings)
      : setAside.length > 0
        ? CLI.completeButSetAside
        : warnings > 0
          ? `${CLI.complete} ${CLI.adviceOnly(warnings)}`
          : CLI.complete,
  );
  for (const step of STEP_IDS) {
    const ofStep = issues.filter((i) => i.step === step);
    if (ofStep.length === 0) continue;
    io.out('');
    io.out(STEP_TITLES[step]);
    // Each message names its place (activity, mechanism, partner, group): no two lines alike.
    for (const issue of ofStep) io.out(`  ${issue.severity === 'error' ? CLI.error : CLI.warning}: ${placedMessage(issue, draft.answers, scheme)}`);
  }
  return errors === 0 && setAside.length === 0 ? EXIT.ok : EXIT.incomplete;
}

/** `--verslag`: the activiteitenverslag's open points, by part of the report (each names its activity or partner). */
function reportLines(draft: DraftFile, scheme: Scheme, setAside: number, io: CliOutput): number {
  const issues = reportIssues(draft, scheme);
  const errors = issues.filter((i) => i.severity === 'error');
  io.out('');
  io.out(CLI.reportHeading);
  io.out(errors.length > 0 ? CLI.reportCounts(errors.length) : setAside > 0 ? CLI.completeButSetAside : CLI.reportComplete);
  const titles: Record<string, string> = { grant: REPORT.tasks.grant, added: REPORT.tasks.added, goals: REPORT.tasks.goals, nazorg: REPORT.tasks.nazorg, partners: REPORT.tasks.partners, closing: REPORT.tasks.closing };
  let shown: string | undefined;
  for (const task of reportTasks(draft, scheme)) {
    const key = taskKey(task);
    const ofTask = errors.filter((i) => i.task === key);
    if (ofTask.length === 0) continue;
    // The activities share one heading; their messages name each activity.
    const heading = task.kind === 'activity' ? REPORT.activitiesHeading : (titles[key] ?? key);
    if (heading !== shown) {
      io.out('');
      io.out(heading);
      shown = heading;
    }
    for (const issue of ofTask) io.out(`  ${CLI.error}: ${issue.message}`);
  }
  return errors.length === 0 && setAside === 0 ? EXIT.ok : EXIT.incomplete;
}
