import type { ActivityDraft, Answers, DraftFile } from '../../schemas/draft';
import type { Field, Fields } from '../../schemas/fields/field';
import { activityGroupIds, activityPhase } from '../../schemas/fields/activities';
import { goalGroupIds } from '../../schemas/fields/background';
import { applicationFields } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';
import { STEP_TITLES } from '../text/nl';
import { TRANSFER } from '../text/transfer';

/** What moving a draft to another round did: the new draft, and every answer that had no place there. */
export interface Transfer {
  draft: DraftFile;
  /** One line per answer (or activity, or target group) left behind, in Dutch, in step order. */
  leftOut: string[];
}

/**
 * A copy of `draft` for round `to`: every answer that has a place in that round (its field table,
 * its target groups, phases and options) comes along; the rest is listed in `leftOut`. An activity
 * only for a target group or phase the round does not have stays behind whole. The original is
 * not touched. Advisors' comments and changes from Word stay with the original: they were about
 * that draft. Pure.
 */
export function transferDraft(draft: DraftFile, from: Scheme, to: Scheme, now: Date): Transfer {
  const leftOut: string[] = [];
  const answers = transferAnswers(draft.answers, from, to, leftOut);
  const at = now.toISOString();
  const title = draft.title?.trim();
  const next: DraftFile = {
    format: draft.format,
    version: draft.version,
    schemeId: to.id,
    ...(draft.appVersion !== undefined ? { appVersion: draft.appVersion } : {}),
    title: TRANSFER.title(title, to.shortName),
    createdAt: at,
    updatedAt: at,
    answers,
    ...(draft.progress ? { progress: draft.progress } : {}),
  };
  if (draft.comments?.length || draft.wordChanges?.length) leftOut.push(TRANSFER.commentsStay);
  return { draft: next, leftOut };
}

/** The answers of `from` that have a place in `to`; what does not is pushed to `leftOut`. */
export function transferAnswers(answers: Answers, from: Scheme, to: Scheme, leftOut: string[] = []): Answers {
  const source = applicationFields(from) as Fields;
  const target = applicationFields(to) as Fields;
  const walker = new Walker(from, to, answers, leftOut);
  const result: Record<string, unknown> = {};
  for (const [step, answer] of Object.entries(answers) as [string, unknown][]) {
    if (answer === undefined) continue;
    // Activities first leave behind those for a group or phase the round does not have (in step order).
    const value =
      step === 'activities' && Array.isArray(answer)
        ? transferActivities(answer as ActivityDraft[], from, to, leftOut)
        : step === 'background'
          ? transferBackground(answer as NonNullable<Answers['background']>, from, to, leftOut)
          : answer;
    const where = STEP_TITLES[step as keyof typeof STEP_TITLES] ?? step;
    const field = target[step];
    if (!field) {
      if (answered(value)) leftOut.push(TRANSFER.field(where, labelOf(source[step], step)));
      continue;
    }
    const kept = walker.field(field, source[step], value, where);
    if (kept !== undefined) result[step] = kept;
  }
  return result as Answers;
}

/**
 * Activities only for target groups or a phase the round does not have stay behind; the others
 * keep the groups the round has. Where a round asks no group or phase (it has one), the activity
 * is that one; where it asks and the other did not, the activity gets the other round's one.
 */
function transferActivities(activities: readonly ActivityDraft[], from: Scheme, to: Scheme, leftOut: string[]): ActivityDraft[] {
  const groups = new Set<string>(to.targetGroups.map((g) => g.id));
  const phases = new Set<string>(to.phases.map((p) => p.id));
  const asksGroups = to.targetGroups.length > 1;
  const asksPhase = to.phases.length > 1;
  const kept: ActivityDraft[] = [];
  activities.forEach((activity, index) => {
    const name = TRANSFER.activity(index + 1, activity.title);
    const own = activityGroupIds(activity, from);
    const phase = activityPhase(activity, from);
    const inRound = own.filter((g) => groups.has(g));
    if (own.length > 0 && inRound.length === 0) {
      leftOut.push(TRANSFER.activityForGroups(name, own));
      return;
    }
    if (phase !== undefined && !phases.has(phase)) {
      leftOut.push(TRANSFER.activityForPhase(name, from.phases.find((p) => p.id === phase)?.label ?? phase));
      return;
    }
    if (inRound.length < own.length) leftOut.push(TRANSFER.activityGroupsDropped(name, own.filter((g) => !groups.has(g))));
    const { targetGroupIds: _groups, phase: _phase, ...rest } = activity;
    kept.push({
      ...rest,
      ...(asksGroups && inRound.length > 0 ? { targetGroupIds: inRound as ActivityDraft['targetGroupIds'] } : {}),
      ...(asksPhase && phase !== undefined ? { phase: phase as ActivityDraft['phase'] } : {}),
    });
  });
  return kept;
}

type Goal = NonNullable<NonNullable<Answers['background']>['goals']>[number];

/**
 * Goals only for target groups the round does not have stay behind whole (as activities do); the
 * others keep the groups the round has, or none where the round asks none (it has one group).
 */
function transferBackground(background: NonNullable<Answers['background']>, from: Scheme, to: Scheme, leftOut: string[]): NonNullable<Answers['background']> {
  if (typeof background !== 'object' || background === null || !Array.isArray(background.goals)) return background;
  const groups = new Set<string>(to.targetGroups.map((g) => g.id));
  const goals: Goal[] = [];
  background.goals.forEach((goal, index) => {
    const own = goalGroupIds(goal, from);
    const inRound = own.filter((g) => groups.has(g));
    const name = TRANSFER.goal(index + 1);
    if (own.length > 0 && inRound.length === 0) {
      leftOut.push(TRANSFER.activityForGroups(name, own));
      return;
    }
    if (inRound.length < own.length) leftOut.push(TRANSFER.activityGroupsDropped(name, own.filter((g) => !groups.has(g))));
    const { targetGroupIds: _groups, ...rest } = goal;
    goals.push({ ...rest, ...(to.targetGroups.length > 1 && inRound.length > 0 ? { targetGroupIds: inRound as Goal['targetGroupIds'] } : {}) });
  });
  return { ...background, goals };
}

/** Whether a value holds an answer worth naming when it is left behind. */
function answered(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.some(answered);
  if (typeof value === 'object') return Object.values(value).some(answered);
  return true;
}

function labelOf(field: Field | undefined, name: string): string {
  if (!field) return name;
  return field.type === 'leaf' || field.type === 'list' ? field.label : name;
}

/** Walks a value along the target round's table (and the source's, for names of what goes). */
class Walker {
  constructor(
    private readonly from: Scheme,
    private readonly to: Scheme,
    private readonly answers: object,
    private readonly leftOut: string[],
  ) {}

  field(target: Field, source: Field | undefined, value: unknown, where: string, group?: Scheme['targetGroups'][number]): unknown {
    switch (target.type) {
      case 'leaf':
        return this.leaf(target, source, value, where, group);
      case 'object':
        return this.object(target.item, source?.type === 'object' ? source.item : undefined, value, where, group);
      case 'groups': {
        if (!isRecord(value)) return undefined;
        const result: Record<string, unknown> = {};
        for (const [id, part] of Object.entries(value)) {
          const inRound = this.to.targetGroups.find((g) => g.id === id);
          const name = TRANSFER.group(where, id);
          if (!inRound) {
            if (answered(part)) this.leftOut.push(TRANSFER.wholeGroup(name));
            continue;
          }
          const kept = this.object(target.item, source?.type === 'groups' ? source.item : undefined, part, name, inRound);
          if (kept !== undefined) result[id] = kept;
        }
        return result;
      }
      case 'list': {
        if (!Array.isArray(value)) return undefined;
        const item = source?.type === 'list' ? source.item : undefined;
        return value.map((entry: unknown, i) => this.object(target.item, item, entry, TRANSFER.item(where, target.label, i + 1, entry), group) ?? {});
      }
    }
  }

  private object(target: Fields, source: Fields | undefined, value: unknown, where: string, group?: Scheme['targetGroups'][number]): Record<string, unknown> | undefined {
    if (!isRecord(value)) return undefined;
    const result: Record<string, unknown> = {};
    for (const [name, part] of Object.entries(value)) {
      if (part === undefined) continue;
      const field = target[name];
      if (!field) {
        if (answered(part)) this.leftOut.push(TRANSFER.field(where, labelOf(source?.[name], name)));
        continue;
      }
      const kept = this.field(field, source?.[name], part, where, group);
      if (kept !== undefined) result[name] = kept;
    }
    return result;
  }

  /** A leaf keeps its value; a choice keeps the options the round offers, and names the others. */
  private leaf(target: Extract<Field, { type: 'leaf' }>, source: Field | undefined, value: unknown, where: string, group?: Scheme['targetGroups'][number]): unknown {
    if (!target.options || (typeof value !== 'string' && !Array.isArray(value))) return value;
    const offered = target.options({ scheme: this.to, answers: this.answers, group });
    // A choice whose options come from the answers (partners) or a free id: nothing to compare with.
    if (offered.length === 0) return value;
    const ids = new Set(offered.map((o) => o.id));
    const chosen = Array.isArray(value) ? (value as unknown[]) : [value];
    const gone = chosen.filter((v): v is string => typeof v === 'string' && v !== '' && !ids.has(v));
    if (gone.length === 0) return value;
    const label = source?.type === 'leaf' ? source.label : target.label;
    const fromGroup = group && this.from.targetGroups.find((g) => g.id === group.id);
    const named = source?.type === 'leaf' && source.options ? source.options({ scheme: this.from, answers: this.answers, group: fromGroup }) : [];
    this.leftOut.push(TRANSFER.options(where, label, gone.map((id) => named.find((o) => o.id === id)?.label ?? id)));
    if (!Array.isArray(value)) return undefined;
    return chosen.filter((v) => !(typeof v === 'string' && gone.includes(v)));
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
