import { formatEuro, parseWholeNumber } from '../../schemas/dutchNumber';
import { counted, joinDutch } from '../../schemas/dutchText';
import type { ContainerField, LeafField, SchemeGroup, Siblings } from '../../schemas/fields/field';
import { perTableAndRound, type StepKey } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';
import { fieldKey } from '../domain/answerAnchors';
import { formatLongDate } from '../domain/formatDutchDate';
import type { RenderContext } from './renderContext';

/**
 * What each `{{placeholder}}` of a template means. A value of undefined (or blank) is an
 * unanswered question: the template's "missing" words appear, or an optional text is left out.
 * The descriptions are shown to users who fill their own Word file (house style).
 */
export interface Binding {
  description: string;
  value: (ctx: RenderContext) => string | undefined;
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Placeholders about the round and the document itself. */
const DOCUMENT_BINDINGS: Record<string, Binding> = {
  'scheme.name': { description: 'Naam van de regeling', value: (c) => c.scheme.name },
  'scheme.shortName': { description: 'Korte naam van de regeling', value: (c) => c.scheme.shortName },
  'scheme.citation': { description: 'Vindplaats van de regeling (Staatscourant)', value: (c) => c.scheme.citation },
  'scheme.executor': { description: 'Uitvoerder van de regeling (DUS-I)', value: (c) => c.scheme.executor.fullName },
  'scheme.activityYears': { description: 'Jaren waarin de activiteiten plaatsvinden', value: (c) => joinDutch(c.scheme.activityYears.map(String)) },
  'scheme.ageLimit': { description: 'Leeftijdsgrens van de deelnemers', value: (c) => String(c.scheme.ageLimit.under) },

  'document.date': { description: 'Datum waarop het document is gemaakt', value: (c) => formatLongDate(c.now) },
  'document.lastChanged': { description: 'Datum van de laatste wijziging van het concept', value: (c) => formatLongDate(new Date(c.draft.updatedAt)) },
};

/** "420 laatstejaars studenten (doelgroep a) en 260 gediplomeerden (doelgroep b)": every group's expected number, with its own noun. */
function reach(c: RenderContext): string | undefined {
  const parts = c.scheme.targetGroups.map((g) => {
    const count = parseWholeNumber(c.answers.targetGroups?.[g.id]?.expectedCount);
    const noun = c.labels.counted.people[g.phase];
    return count === undefined || !noun ? undefined : `${counted(count, noun)} (${c.labels.targetGroup.toLowerCase()} ${g.id})`;
  });
  return parts.every((p) => p !== undefined) ? joinDutch(parts) : undefined;
}

/** The chosen mechanisms in their own order (1 to 7), whatever order they were chosen in. */
const chosenMechanisms = (c: RenderContext) =>
  c.scheme.mechanisms.filter((m) => (c.answers.mechanisms?.chosen ?? []).some((choice) => choice.mechanismId === m.id));

/** Placeholders computed from several answers, listed before the answers of the step they go with. */
const COMPUTED_BINDINGS: Partial<Record<StepKey, (scheme: Scheme) => Record<string, Binding>>> = {
  targetGroups: (scheme) => ({
    ...Object.fromEntries(
      scheme.targetGroups.map((g) => [`targetGroups.${g.id}.name`, { description: `Naam van doelgroep ${g.id}`, value: (c: RenderContext) => c.scheme.targetGroups.find((t) => t.id === g.id)?.name }]),
    ),
    'summary.reach': { description: 'Verwacht aantal deelnemers per doelgroep, in een zin', value: reach },
  }),
  background: () => ({
    'summary.goals': {
      description: 'Aantal doelen, met het woord erbij (‘3 doelen’)',
      value: (c) => {
        const n = (c.answers.background?.goals ?? []).length;
        return n > 0 ? counted(n, c.labels.counted.goal) : undefined;
      },
    },
  }),
  activities: () => ({
    'summary.activities': {
      description: 'Aantal activiteiten, met het woord erbij (‘16 activiteiten’)',
      value: (c) => {
        const n = (c.answers.activities ?? []).length;
        return n > 0 ? counted(n, c.labels.counted.activity) : undefined;
      },
    },
    'summary.mechanisms': {
      description: 'Aantal gekozen mechanismen, met het woord erbij (‘3 werkzame mechanismen’)',
      value: (c) => {
        const n = chosenMechanisms(c).length;
        return n > 0 ? counted(n, c.labels.counted.mechanism) : undefined;
      },
    },
    'summary.mechanismNames': {
      description: 'Namen van de gekozen mechanismen, in hun eigen volgorde',
      value: (c) => trimmed(joinDutch(chosenMechanisms(c).map((m) => `‘${m.name.toLowerCase()}’`))),
    },
    'summary.partnerNames': {
      description: 'Namen van de samenwerkingspartners',
      value: (c) => trimmed(joinDutch((c.answers.partners ?? []).map((p) => p.name?.trim() ?? '').filter(Boolean))),
    },
  }),
  budget: () => ({
    'budget.totalCosts': {
      description: 'Totale kosten van alle activiteiten',
      value: (c) => (c.totals.lineCount > 0 ? formatEuro(c.totals.totalCents) : undefined),
    },
  }),
};

/** A placeholder that shows one answer, and that answer's anchor. */
export interface FieldBinding extends Binding {
  anchor: string;
}

/**
 * The placeholders of the answers: every field with a binding in the field tables, named after its
 * place ("applicant.contactPhone", "targetGroups.a.expectedCount"). An answer that is not asked
 * (its `shownWhen` does not hold) is empty.
 */
function fieldBindings(step: StepKey, container: ContainerField, scheme: Scheme): Record<string, FieldBinding> {
  const bound = Object.entries(container.item).flatMap(([name, field]) => (field.type === 'leaf' && field.binding ? [{ name, field, binding: field.binding }] : []));
  const bind = (prefix: string, field: LeafField, name: string, values: (c: RenderContext) => Siblings | undefined, group?: SchemeGroup): [string, FieldBinding] => [
    `${step}.${prefix}${name}`,
    {
      description: typeof field.binding?.description === 'function' ? field.binding.description(group!) : (field.binding?.description ?? field.label),
      value: (c) => {
        const siblings = values(c) ?? {};
        return field.shownWhen && !field.shownWhen(siblings, c.scheme) ? undefined : field.documentText(siblings[name], { scheme: c.scheme, answers: c.answers, group });
      },
      anchor: fieldKey(step, `${prefix}${name}`),
    },
  ];
  switch (container.type) {
    case 'object':
      return Object.fromEntries(bound.map(({ name, field }) => bind('', field, name, (c) => c.answers[step] as Siblings | undefined)));
    case 'groups':
      return Object.fromEntries(
        scheme.targetGroups.flatMap((group) =>
          bound.map(({ name, field }) => bind(`${group.id}.`, field, name, (c) => (c.answers[step] as Record<string, Siblings | undefined> | undefined)?.[group.id], group)),
        ),
      );
    case 'list':
      // An item's answer has no one place in the document: lists are the blocks' to show.
      return {};
  }
}

export interface TemplateBindings {
  /** Every placeholder, in the order the house-style page lists them. */
  all: Record<string, Binding>;
  /** The answer a placeholder shows, by placeholder. */
  anchors: Record<string, string>;
}

/**
 * What each `{{placeholder}}` of a round's templates means: the round and the document, then per
 * step the computed ones and the step's answers. Built once per round and field table.
 */
export const templateBindings = perTableAndRound((scheme, fields): TemplateBindings => {
  const all: Record<string, Binding> = { ...DOCUMENT_BINDINGS };
  const anchors: Record<string, string> = {};
  for (const step of Object.keys(fields) as StepKey[]) {
    Object.assign(all, COMPUTED_BINDINGS[step]?.(scheme));
    for (const [name, { anchor, ...binding }] of Object.entries(fieldBindings(step, fields[step], scheme))) {
      all[name] = binding;
      anchors[name] = anchor;
    }
  }
  return { all, anchors };
});

export function findBinding(ctx: RenderContext, name: string): Binding | undefined {
  const { all } = templateBindings(ctx.scheme, ctx.fields);
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

/** The anchor of the answer a placeholder shows; undefined for the other placeholders. */
export function bindingAnchor(ctx: RenderContext, name: string): string | undefined {
  const { anchors } = templateBindings(ctx.scheme, ctx.fields);
  return Object.hasOwn(anchors, name) ? anchors[name] : undefined;
}
