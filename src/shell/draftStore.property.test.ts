import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from '../../schemas/draft';
import type { Fields } from '../../schemas/fields/field';
import { STEP_FIELDS } from '../../schemas/fields/steps';
import { LIMITS } from '../../schemas/limits';
import { getScheme } from '../../templates/schemes';
import { createAppStore } from '../app/App';
import { addActivity, removeActivity, replaceActivity } from '../domain/activityList';
import type { StepId } from '../domain/steps';
import { createDraftSession } from '../storage/draftSession';
import { createDraftVault } from '../storage/draftVault';
import { memoryBackend } from '../storage/memoryBackend';
import { parseDraftText } from '../draftFile/parseDraft';
import { startDraftSession } from '../storage/startDraftSession';
import { fixtureTabLock } from '../storage/tabLockFixture';
import { createEmptyDraft } from './draftStore';
import { dateValue } from '../../schemas/dutchDate';

/**
 * What the forms hand to the draft store, as react-hook-form produces it: a field never touched is
 * missing or undefined, a cleared field is '', a radio group nobody chose is null, a checkbox group
 * is a list (empty when nothing is ticked), list items are half filled, rows are removed. Whatever
 * the store then holds, autosave and "Concept opslaan als bestand" write it and parseDraft reads it
 * back as the same answers, with nothing set aside.
 */

const scheme = getScheme();

const text = (max: number) =>
  fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 8 },
    { arbitrary: fc.constantFrom('', ' ', '€ 1.250,50', '<b>"x"</b> & \u0000\u001b[2J', 'null', '__proto__'), weight: 3 },
    // The longest text a field takes (TextField's maxLength).
    { arbitrary: fc.constant('é'.repeat(max)), weight: 1 },
  );
/** A text field: untouched (undefined) or as typed. */
const typed = (max: number) => fc.option(text(max), { nil: undefined });
/** A radio group: null until something is chosen. */
const radio = (values: readonly string[]) => fc.oneof(fc.constant(null), fc.constant(undefined), fc.constantFrom(...values));
/** A select: its empty first option until something is chosen. */
const select = (values: readonly string[]) => fc.constantFrom('', ...values);
const checkboxes = (values: readonly string[]) => fc.oneof(fc.subarray([...values]), fc.constant(undefined));
/** A date input: untouched, or its three boxes as typed so far (digits only; any box empty, any date, also 31 02 2021). */
const date = fc.oneof(
  fc.constant(undefined),
  fc
    .record({ day: fc.stringMatching(/^\d{0,2}$/), month: fc.stringMatching(/^\d{0,2}$/), year: fc.stringMatching(/^\d{0,4}$/) })
    .map((parts) => dateValue(parts)),
  fc.date({ min: new Date('2021-01-01'), max: new Date('2022-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const rowId = fc.stringMatching(/^[a-z0-9]{6,12}$/);
/** The partners an activity's form may name. */
const answersAround = { partners: [{ id: 'p1' }, { id: 'p2' }] };

/**
 * What a form writes for each field of a table, by the field's kind: any field may be missing
 * (never registered); a form's checkbox groups and lists start as lists. From the field tables, so
 * a field added there is written here too.
 */
function formValues(fields: Fields, options: { listsStartEmpty: boolean }): fc.Arbitrary<Record<string, unknown>> {
  const arbitraries: Record<string, fc.Arbitrary<unknown>> = {};
  const started: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.type === 'leaf') {
      const ids = () => (field.options?.({ scheme, answers: answersAround }) ?? []).map((o) => o.id);
      arbitraries[name] = {
        shortText: typed(LIMITS.shortText),
        longText: typed(LIMITS.longText),
        wholeNumber: typed(LIMITS.shortText),
        euro: typed(LIMITS.shortText),
        date,
        choice: field.kind === 'choice' ? (field.input?.select ? select(ids()) : radio(ids())) : fc.constant(undefined),
        choices: field.kind === 'choices' ? (options.listsStartEmpty ? fc.subarray(ids()) : checkboxes(ids())) : fc.constant(undefined),
        yesNo: radio(['yes', 'no']),
        confirmation: fc.option(fc.boolean(), { nil: undefined }),
        key: rowId,
        bookkeeping: typed(LIMITS.shortText),
      }[field.kind];
      if (field.kind === 'key' || (options.listsStartEmpty && field.kind === 'choices')) started.push(name);
    } else if (field.type === 'list') {
      const item = formValues(field.item, { listsStartEmpty: false });
      arbitraries[name] = fc.uniqueArray(item, { selector: (i) => i[field.key], maxLength: 3 });
      if (options.listsStartEmpty) started.push(name);
    }
  }
  return fc.record(arbitraries, { requiredKeys: started });
}

const stepValues: Record<Exclude<StepId, 'activities'>, fc.Arbitrary<Record<string, unknown>>> = {
  applicant: formValues(STEP_FIELDS.applicant.item, { listsStartEmpty: false }),
  targetGroups: fc.record(Object.fromEntries(STEP_FIELDS.targetGroups.ids.map((id) => [id, formValues(STEP_FIELDS.targetGroups.item, { listsStartEmpty: false })]))),
  background: formValues(STEP_FIELDS.background.item, { listsStartEmpty: false }),
  mechanisms: formValues(STEP_FIELDS.mechanisms.item, { listsStartEmpty: false }),
  partners: formValues({ partners: STEP_FIELDS.partners }, { listsStartEmpty: false }),
  nazorg: formValues(STEP_FIELDS.nazorg.item, { listsStartEmpty: false }),
  budget: formValues(STEP_FIELDS.budget.item, { listsStartEmpty: false }),
  monitoring: formValues(STEP_FIELDS.monitoring.item, { listsStartEmpty: false }),
};

/** One activity's own page (ItemForm): its lists start as [], cost lines are added and removed. */
const activityValues = formValues(STEP_FIELDS.activities.item, { listsStartEmpty: true }).map(({ id: _id, ...values }) => values);

type Write =
  | { kind: 'step'; step: Exclude<StepId, 'activities'>; values: Record<string, unknown> }
  | { kind: 'addActivity'; id: string }
  | { kind: 'activity'; at: number; values: Record<string, unknown> }
  | { kind: 'removeActivity'; at: number };

const write: fc.Arbitrary<Write> = fc.oneof(
  fc.constantFrom(...(Object.keys(stepValues) as (keyof typeof stepValues)[])).chain((step) => stepValues[step].map((values) => ({ kind: 'step' as const, step, values }))),
  rowId.map((id) => ({ kind: 'addActivity' as const, id })),
  fc.tuple(fc.nat(), activityValues).map(([at, values]) => ({ kind: 'activity' as const, at, values })),
  fc.nat().map((at) => ({ kind: 'removeActivity' as const, at })),
);

const { lock } = fixtureTabLock('writer');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function typeAndSave(writes: readonly Write[]) {
  const emptyDraft = createEmptyDraft(scheme.id, new Date('2026-02-03T09:00:00Z'));
  const indexedDb = memoryBackend('indexeddb');
  const local = memoryBackend('localstorage');
  const vault = createDraftVault({ indexedDb, local });
  // The app's own store: the same write path and normalisation (pruneHidden) as in the browser.
  const store = createAppStore(emptyDraft, scheme);
  const files: string[] = [];
  const session = createDraftSession(
    { draft: emptyDraft, activeId: 'draft-a', vault, lock, restoredFrom: undefined, report: [], keptAside: [], fileSave: undefined },
    store,
    {
      appVersion: '9.9.9',
      download: (blob) => void blob.text().then((t) => files.push(t)),
      createEmpty: () => emptyDraft,
      autosave: { delayMs: 0, maxWaitMs: 0 },
    },
  );
  await tick();
  for (const w of writes) {
    const activities = store.getSnapshot().answers.activities ?? [];
    if (w.kind === 'step') store.setStepValues(w.step, structuredClone(w.values));
    else if (w.kind === 'addActivity') store.update((d) => ({ ...d, answers: addActivity(d.answers, { id: w.id }) }));
    else if (activities.length > 0) {
      const id = activities[w.at % activities.length]!.id;
      if (w.kind === 'activity') store.update((d) => ({ ...d, answers: replaceActivity(d.answers, { ...structuredClone(w.values), id } as ActivityDraft) }));
      else store.update((d) => ({ ...d, answers: removeActivity(d.answers, id).answers }));
    }
  }
  session.pageHide();
  session.saveFile();
  await tick();
  await tick();
  session.dispose();
  return { store, indexedDb, local, files, changed: store.getSnapshot() !== emptyDraft };
}

describe('what the forms write, the draft reads back (property)', () => {
  it('autosave and "Concept opslaan als bestand" → parseDraft → the same answers, nothing set aside, for every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
        const { store, indexedDb, local, files, changed } = await typeAndSave(writes);
        const answers = store.getSnapshot().answers;
        // The store holds no null and no undefined: exactly what its JSON says.
        expect(answers).toStrictEqual(JSON.parse(JSON.stringify(answers)));

        const restored = await startDraftSession({ emptyDraft: createEmptyDraft(scheme.id), vault: createDraftVault({ indexedDb, local }), lock, schemeIds: [scheme.id] });
        expect(restored.keptAside).toEqual([]);
        // Nothing is stored while nothing changed (e.g. only a removal from an empty list).
        expect(restored.restoredFrom !== undefined).toBe(changed);
        expect(restored.draft.setAside).toBeUndefined();
        expect(restored.draft.answers).toStrictEqual(answers);

        expect(files).toHaveLength(1);
        const opened = parseDraftText(files[0]!, { schemeIds: [scheme.id] });
        expect(opened.ok && opened.setAside).toBeUndefined();
        expect(opened.ok && opened.draft.answers).toStrictEqual(answers);
      }),
      { numRuns: 300 },
    );
  });
});
