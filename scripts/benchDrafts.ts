import { readFileSync } from 'node:fs';
import { draftFileSchema, type DraftFile } from '../schemas/draft';

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

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
