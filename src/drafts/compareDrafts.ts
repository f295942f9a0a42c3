import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import { STEP_IDS, type StepId } from '../domain/steps';
import { summarize, type SummaryRow } from '../summary/summarize';

export interface AnswerChange {
  step: StepId;
  stepTitle: string;
  /** The part of the step, e.g. "Groep a: …" or "Activiteit 2 ‘Proefstage’". */
  heading: string | undefined;
  label: string;
  /** Display text as on Controleren; undefined when not answered. */
  before: string | undefined;
  after: string | undefined;
}

interface Located {
  row: SummaryRow;
  heading: string | undefined;
  stepTitle: string;
}

/**
 * Answer-level differences between two drafts (two versions, or two files), in step order, with
 * the questions and answers worded as on Controleren (from the round's field table, or a test's).
 * An activity is followed by its id, so a new title shows as a changed title, not as a removed and
 * an added activity.
 */
export function compareDrafts(before: Answers, after: Answers, scheme: Scheme, fields: ApplicationFields = applicationFields(scheme)): AnswerChange[] {
  const a = locate(before, scheme, fields);
  const b = locate(after, scheme, fields);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const changes: AnswerChange[] = [];
  for (const key of keys) {
    const old = a.get(key);
    const now = b.get(key);
    const shown = (now ?? old)!;
    if (old?.row.value === now?.row.value) continue;
    changes.push({ step: shown.row.step, stepTitle: shown.stepTitle, heading: shown.heading, label: shown.row.label, before: old?.row.value, after: now?.row.value });
  }
  // Removed rows came last above; a stable sort puts every change back in its step's place.
  return changes.sort((x, y) => STEP_IDS.indexOf(x.step) - STEP_IDS.indexOf(y.step));
}

function locate(answers: Answers, scheme: Scheme, fields: ApplicationFields): Map<string, Located> {
  const rows = new Map<string, Located>();
  for (const section of summarize(answers, scheme, fields)) {
    for (const group of section.groups) {
      for (const row of group.rows) rows.set(keyOf(row, group.heading), { row, heading: group.heading, stepTitle: section.title });
    }
  }
  return rows;
}

function keyOf(row: SummaryRow, heading: string | undefined): string {
  // An activity has its own page, whose address holds its id; partners are matched by place.
  if (row.step === 'activities') return `activities|${row.href.split('?')[0]}|${row.label}`;
  if (row.step === 'partners') return `partners|${row.fieldName}`;
  return `${row.step}|${heading ?? ''}|${row.label}`;
}
