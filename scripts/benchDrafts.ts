import { readFileSync } from 'node:fs';
import { draftFileSchema, type DraftFile } from '../schemas/draft';
import { LIMITS } from '../schemas/limits';
import { MAX_DRAFT_BYTES } from '../src/draftFile/parseDraft';

/** The drafts the export bench times: the complete example and a 40-activity stress draft built from it. */
export function benchDrafts(): { name: string; draft: DraftFile }[] {
  const complete = draftFileSchema.parse(JSON.parse(readFileSync(new URL('../public/examples/volledig.json', import.meta.url), 'utf8')));
  const source = complete.answers.activities ?? [];
  const activities = Array.from({ length: 40 }, (_, i) => {
    const a = source[i % source.length]!;
    return {
      ...a,
      id: `bench-${i + 1}`,
      title: `${a.title ?? 'Activiteit'} (${i + 1})`,
      costLines: (a.costLines ?? []).map((line, j) => ({ ...line, id: `bench-${i + 1}-${j + 1}` })),
    };
  });
  const large = draftFileSchema.parse({ ...complete, answers: { ...complete.answers, activities } });
  return [
    { name: `volledig.json (${source.length} activiteiten)`, draft: complete },
    { name: '40 activiteiten', draft: large },
  ];
}

/**
 * The report export's drafts (#13): the example report (public/examples/verslag.json) and the same
 * plan and report with 40 activities, each with its report entry (realised period, participants,
 * costs, explanations where it differs), built from the example's.
 */
export function reportBenchDrafts(): { name: string; draft: DraftFile }[] {
  const example = draftFileSchema.parse(JSON.parse(readFileSync(new URL('../public/examples/verslag.json', import.meta.url), 'utf8')));
  const source = example.answers.activities ?? [];
  const entries = example.report?.activities ?? [];
  const activities = Array.from({ length: 40 }, (_, i) => {
    const a = source[i % source.length]!;
    return { ...a, id: `bench-${i + 1}`, title: `${a.title ?? 'Activiteit'} (${i + 1})`, costLines: (a.costLines ?? []).map((line, j) => ({ ...line, id: `bench-${i + 1}-${j + 1}` })) };
  });
  const reported = activities.map((a, i) => {
    const entry = entries.find((e) => e.activityId === source[i % source.length]!.id)!;
    return { ...entry, activityId: a.id, costLines: (entry.costLines ?? []).map((line, j) => ({ ...line, costLineId: `bench-${i + 1}-${j + 1}` })) };
  });
  const large = draftFileSchema.parse({ ...example, answers: { ...example.answers, activities }, report: { ...example.report, activities: reported } });
  return [
    { name: `verslag.json (${source.length} activiteiten)`, draft: example },
    { name: '40 activiteiten', draft: large },
  ];
}

/**
 * The largest draft the schema allows that still opens as a file (#15.5): 200 activities, each
 * description as long as the file's 5 MB cap leaves room for (about 20,000 characters, the
 * longest a description may be), the other answers from the complete example.
 */
export function largestDraft(): { name: string; draft: DraftFile } {
  const complete = benchDrafts()[0]!.draft;
  const source = complete.answers.activities ?? [];
  const build = (descriptionLength: number) => {
    const activities = Array.from({ length: LIMITS.activities }, (_, i) => {
      const a = source[i % source.length]!;
      const text = `${a.description ?? ''} `;
      return {
        ...a,
        id: `groot-${i + 1}`,
        title: `${a.title ?? 'Activiteit'} (${i + 1})`,
        description: text.repeat(Math.ceil(descriptionLength / text.length)).slice(0, descriptionLength).trim(),
        costLines: (a.costLines ?? []).map((line, j) => ({ ...line, id: `groot-${i + 1}-${j + 1}` })),
      };
    });
    return draftFileSchema.parse({ ...complete, answers: { ...complete.answers, activities } });
  };
  // Room to type a few hundred characters without going over the limit.
  let length = LIMITS.longText - 500;
  let draft = build(length);
  while (new TextEncoder().encode(JSON.stringify(draft, null, 2)).length > MAX_DRAFT_BYTES) draft = build((length -= 500));
  return { name: `${LIMITS.activities} activiteiten, beschrijvingen van ${length.toLocaleString('nl-NL')} tekens`, draft };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
