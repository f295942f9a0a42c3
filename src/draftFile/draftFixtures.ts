import { DRAFT_FORMAT, DRAFT_VERSION, type DraftFile } from '../../schemas/draft';

/** A valid draft with answers in several steps, for the storage tests and the fuzzer. */
export function sampleDraft(): DraftFile {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    schemeId: 'ebn-mbo-2021-2022',
    appVersion: '0.1.0',
    title: 'Aanvraag ROC Rijnstad',
    createdAt: '2026-02-03T09:15:00.000Z',
    updatedAt: '2026-02-03T14:32:00.000Z',
    answers: {
      applicant: { institutionName: 'ROC Rijnstad & Partners', brin: '25LX', contactEmail: 'fatma@rijnstad.nl' },
      targetGroups: { a: { expectedCount: '120', levels: ['niveau-2'], sectors: 'Zorg <script>alert(1)</script>' } },
      activities: [
        {
          id: 'act-1',
          title: 'Loopbaancoaching',
          startDate: '2026-09-01',
          endDate: '',
          costLines: [{ id: 'k1', category: 'personeel', amount: '12.500,50' }],
        },
      ],
      budget: { requestedAmount: '12.500', hasCofinancing: 'no' },
    },
    progress: { lastStep: 'targetGroups', visited: ['applicant'] },
  };
}

/** A keystroke as the draft store makes it: new objects on the path to one activity's description, everything else shared. */
export function typeInto(draft: DraftFile, index: number, text: string): DraftFile {
  return {
    ...draft,
    answers: {
      ...draft.answers,
      activities: (draft.answers.activities ?? []).map((a, i) => (i === index ? { ...a, description: `${a.description ?? ''}${text}` } : a)),
    },
  };
}

/** A change as the draft store makes one: new objects on the path to a random place, everything else shared. */
export function replaceSomewhere(root: unknown, choices: number[], leaf: unknown): unknown {
  if (choices.length === 0 || typeof root !== 'object' || root === null) return leaf;
  const node = root as Record<string, unknown>;
  const keys = Object.keys(node);
  if (keys.length === 0) return leaf;
  const key = keys[choices[0]! % keys.length]!;
  const child = replaceSomewhere(node[key], choices.slice(1), leaf);
  return Array.isArray(root) ? root.map((v, i) => (String(i) === key ? child : v)) : { ...node, [key]: child };
}
