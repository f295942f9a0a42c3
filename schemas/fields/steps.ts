import type { Scheme } from '../scheme';
import { ACTIVITIES } from './activities';
import { APPLICANT } from './applicant';
import { BACKGROUND } from './background';
import { BUDGET } from './budget';
import type { ContainerField, Field, Fields } from './field';
import { MECHANISMS } from './mechanisms';
import { MONITORING } from './monitoring';
import { NAZORG } from './nazorg';
import { PARTNERS } from './partners';
import { TARGET_GROUPS } from './targetGroups';

/**
 * The application's answers per step, in step order: each step's own object, its part per target
 * group or its list. The draft's answers are exactly this table (schemas/draft.ts).
 */
export const STEP_FIELDS = {
  applicant: APPLICANT,
  targetGroups: TARGET_GROUPS,
  background: BACKGROUND,
  mechanisms: MECHANISMS,
  partners: PARTNERS,
  activities: ACTIVITIES,
  nazorg: NAZORG,
  budget: BUDGET,
  monitoring: MONITORING,
} satisfies Fields;

export type StepFields = typeof STEP_FIELDS;
export type StepKey = keyof StepFields;

/** A table of the same shape as STEP_FIELDS (a round's, or a test's with a field added). */
export type ApplicationFields = { readonly [K in StepKey]: ContainerField };

const perRound = new WeakMap<Scheme, StepFields>();

/**
 * The steps and fields a scheme round uses: every field whose `inRound` holds for the round's data
 * (a field without one is in every round). The same table when nothing is left out, so whatever is
 * derived from it per table is derived once.
 */
export function applicationFields(scheme: Scheme): StepFields {
  let fields = perRound.get(scheme);
  if (!fields) perRound.set(scheme, (fields = inRound(STEP_FIELDS, scheme)));
  return fields;
}

/**
 * `build` once per field table and round: what is derived from a table (schemas, placeholders) is
 * made the first time a round asks for it.
 */
export function perTableAndRound<T>(build: (scheme: Scheme, fields: ApplicationFields) => T): (scheme: Scheme, fields?: ApplicationFields) => T {
  const cache = new WeakMap<ApplicationFields, WeakMap<Scheme, T>>();
  return (scheme, fields = applicationFields(scheme)) => {
    let perScheme = cache.get(fields);
    if (!perScheme) cache.set(fields, (perScheme = new WeakMap()));
    if (!perScheme.has(scheme)) perScheme.set(scheme, build(scheme, fields));
    return perScheme.get(scheme)!;
  };
}

/** The fields of a table that a round uses (the same table when it uses all). */
export function inRound<F extends Fields>(fields: F, scheme: Scheme): F {
  let changed = false;
  const kept: [string, Field][] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.inRound && !field.inRound(scheme)) {
      changed = true;
      continue;
    }
    if (field.type !== 'leaf') {
      const item = inRound(field.item, scheme);
      if (item !== field.item) {
        changed = true;
        kept.push([name, { ...field, item }]);
        continue;
      }
    }
    kept.push([name, field]);
  }
  // Same keys minus the ones left out: the round's table still has the table's type (those answers are optional in every draft).
  return changed ? (Object.fromEntries(kept) as F) : fields;
}
