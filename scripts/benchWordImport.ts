// npm run bench: how long "Concept openen" takes for a Word file that comes back from an advisor
// with many comments (#15.4: this was quadratic, 2,000 comments took 78 s). Budget: 2,000 Word
// comments in under 1 s. The file is the advisor's version of a draft with 1,000 comments of its
// own (they come back and must be recognised) and 1,000 new Word comments, a quarter of them replies,
// all by one author with paragraph-long texts (comparing the texts is where the time went).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DraftComment, DraftFile } from '../schemas/draft';
import { getScheme, SCHEMES } from '../templates/schemes';
import { mergeWordComments, type WordThread } from '../src/domain/mergeWordComments';
import { packApplication } from '../src/word/packApplication';
import { parseDraft } from '../src/draftFile/parseDraft';
import { createBudgetCheck } from './benchBudgets';
import { benchDrafts, median } from './benchDrafts';

const OWN = 1000;
const FROM_WORD = 1000;
const RUNS = 5;
/** Real comments are often a paragraph long; the comparison of texts is what the merge spends its time on. */
const LONG = 'Klopt het bedrag en de planning bij dit antwoord? Graag ook de afspraken met de gemeente en het leerbedrijf uitschrijven. '.repeat(5);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const paraId = (id: number) => (0x10000000 + id).toString(16).toUpperCase();

/** The draft with OWN open comments spread over its answers. */
function withComments(draft: DraftFile): DraftFile {
  const anchors = [
    { step: 'nazorg', field: 'duration' },
    { step: 'nazorg', field: 'handover' },
    { step: 'applicant', field: 'institutionName' },
    { step: 'monitoring', field: 'indicators' },
    { step: 'budget', field: 'requestedAmount' },
    { step: 'algemeen' },
  ];
  const comments: DraftComment[] = Array.from({ length: OWN }, (_, i) => ({
    id: `own-${i}`,
    anchor: anchors[i % anchors.length]!,
    author: 'Jan Jansen',
    text: `Opmerking ${i}. ${LONG}`,
    createdAt: '2026-11-20T09:00:00.000Z',
    replies: [],
  }));
  return { ...draft, comments };
}

/** Adds FROM_WORD comments in one pass: each inside one of the app's bookmarks, every fourth a reply. */
function addManyWordComments(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml']!);
  const starts = [...xml.matchAll(/<w:bookmarkStart w:name="aw_[^"]*" w:id="(\d+)"\/>/g)];
  const perBookmark = new Map<string, number[]>();
  for (let i = 0; i < FROM_WORD; i++) {
    const id = starts[i % starts.length]![1]!;
    perBookmark.set(id, [...(perBookmark.get(id) ?? []), 5000 + i]);
  }
  xml = xml.replace(/<w:bookmarkStart w:name="[^"]*" w:id="(\d+)"\/>/g, (tag, id: string) => tag + (perBookmark.get(id) ?? []).map((c) => `<w:commentRangeStart w:id="${c}"/>`).join(''));
  xml = xml.replace(
    /<w:bookmarkEnd w:id="(\d+)"\/>/g,
    (tag, id: string) => (perBookmark.get(id) ?? []).map((c) => `<w:commentRangeEnd w:id="${c}"/><w:r><w:commentReference w:id="${c}"/></w:r>`).join('') + tag,
  );
  files['word/document.xml'] = strToU8(xml);
  const ids = Array.from({ length: FROM_WORD }, (_, i) => 5000 + i);
  const entries = ids
    .map((id, i) => `<w:comment w:id="${id}" w:author="Jan Jansen" w:date="2026-11-27T09:00:00Z"><w:p w14:paraId="${paraId(id)}"><w:r><w:t>Nieuwe opmerking ${i} uit Word. ${LONG}</w:t></w:r></w:p></w:comment>`)
    .join('');
  const existing = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : `<w:comments xmlns:w="${W}" xmlns:w14="${W14}"></w:comments>`;
  files['word/comments.xml'] = strToU8(existing.replace('</w:comments>', `${entries}</w:comments>`));
  const ex = ids.map((id, i) => `<w15:commentEx w15:paraId="${paraId(id)}"${i % 4 === 3 ? ` w15:paraIdParent="${paraId(id - 1)}"` : ''} w15:done="0"/>`).join('');
  const existingEx = files['word/commentsExtended.xml'] ? strFromU8(files['word/commentsExtended.xml']) : `<w15:commentsEx xmlns:w15="${W15}"></w15:commentsEx>`;
  files['word/commentsExtended.xml'] = strToU8(existingEx.replace('</w15:commentsEx>', `${ex}</w15:commentsEx>`));
  return zipSync(files);
}

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

export async function benchWordImport() {
  const scheme = getScheme();
  const draft = withComments(benchDrafts()[0]!.draft);
  const bytes = addManyWordComments(await packApplication(draft, scheme, new Date('2026-11-26T09:00:00Z'), { withComments: true }));
  console.log(`\nWord comments coming back ("Concept openen" of the advisor's .docx; ${OWN} own + ${FROM_WORD} new comments; median of ${RUNS}):`);
  const opens: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const { ms, result } = await time(() => parseDraft({ name: 'terug.docx', bytes }, { schemeIds: SCHEMES.map((s) => s.id) }));
    if (!result.ok) throw new Error(result.message);
    count = result.draft.comments?.length ?? 0;
    opens.push(ms);
  }
  const budget = createBudgetCheck('word import');
  console.log(`  open the .docx, ${count} comments after merging ${median(opens).toFixed(0).padStart(6)} ms  [word-import/open-2000]${budget.verdict('word-import/open-2000', 1, opens)}`);

  // The merge alone, with 2,000 threads against 1,000 comments already in the draft.
  const threads: WordThread[] = Array.from({ length: 2 * FROM_WORD }, (_, i) => ({
    wordId: String(i),
    author: 'Jan Jansen',
    text: i % 2 ? `Nieuwe opmerking ${i}. ${LONG}` : `Opmerking ${i / 2}. ${LONG}`,
    createdAt: '2026-11-27T09:00:00.000Z',
    done: false,
    target: 'nazorg:duration',
    replies: [{ wordId: `r${i}`, author: 'Anna', text: `Antwoord ${i}`, createdAt: '2026-11-27T10:00:00.000Z' }],
  }));
  const merges: number[] = [];
  for (let i = 0; i < RUNS; i++) merges.push((await time(() => mergeWordComments(draft.comments, threads, () => 'nazorg:duration', () => ({ step: 'nazorg', field: 'duration' })))).ms);
  console.log(`  mergeWordComments, ${threads.length} threads onto ${OWN}       ${median(merges).toFixed(0).padStart(6)} ms  [word-import/merge-2000]${budget.verdict('word-import/merge-2000', 1, merges)}`);
  if (!budget.finish((key) => key.startsWith('word-import/'))) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWordImport();
