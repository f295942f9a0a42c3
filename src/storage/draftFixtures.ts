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
