import { BACKGROUND, BACKGROUND_QUESTIONS } from '../text/background';
import type { Answers } from '../../schemas/draft';
import { joinedText } from '../../schemas/fields/display';
import type { Fields, ListField, SchemeGroup, Siblings } from '../../schemas/fields/field';
import { questionLabel, type QuestionTree } from '../../schemas/fields/questions';
import { applicationFields, type ApplicationFields } from '../../schemas/fields/steps';
import type { Scheme } from '../../schemas/scheme';
import { STEP_IDS, type StepId } from '../domain/steps';
import { href } from '../routes/hashRoute';
import { ACTIVITIES, ACTIVITY_QUESTIONS } from '../text/activities';
import { APPLICANT, APPLICANT_QUESTIONS } from '../text/applicant';
import { BUDGET_QUESTIONS } from '../text/budget';
import { MECHANISM_CHOICE_QUESTIONS, MECHANISMS } from '../text/mechanisms';
import { MONITORING_QUESTIONS } from '../text/monitoring';
import { NAZORG_QUESTIONS } from '../text/nazorg';
import { STEP_TITLES } from '../text/nl';
import { PARTNER_QUESTIONS, PARTNERS } from '../text/partners';
import { REVIEW } from '../text/review';
import { TARGET_GROUP_QUESTIONS, TARGET_GROUPS } from '../text/targetGroups';

export interface SummaryRow {
  label: string;
  /** Dutch display text; undefined when not answered. */
  value: string | undefined;
  step: StepId;
  /** react-hook-form name on the page the row links to, e.g. "a.levels", or "costLines.0.amount" on an activity's page. */
  fieldName: string;
  /** "Wijzigen": the page and field, returning to Controleren after saving. */
  href: string;
}

export interface SummaryGroup {
  /** e.g. "Groep a: …" or "Activiteit 2 ‘Proefstage’"; none for a step without parts. */
  heading?: string;
  rows: SummaryRow[];
}

export interface SummarySection {
  step: StepId;
  title: string;
  href: string;
  groups: SummaryGroup[];
}

/** How Controleren shows a list that is an answer of its own (the step's activities, the chosen mechanisms). */
interface ListSummary {
  /**
   * 'items': a row naming every item (and a link to the list), then the items' own answers;
   * 'whenEmpty': only the items' answers, or one open row that opens the step while there are none.
   */
  row: 'items' | 'whenEmpty';
  label: string;
  /** The item in the list's own row ("4. Elkaar leren kennen op de werkvloer"). */
  itemLabel?: (item: Siblings, scheme: Scheme) => string;
  /** The heading over the item's answers. */
  heading: (item: Siblings, index: number, scheme: Scheme) => string;
}

/** What Controleren shows of a step besides its questions: the headings of its sections, groups and items. */
interface StepSummary {
  questions: QuestionTree;
  /** Headings of the step's sections (a field's `section`), in the order the fields meet them. */
  sections?: Readonly<Record<string, string>>;
  groupHeading?: (group: SchemeGroup) => string;
  lists?: Readonly<Record<string, ListSummary>>;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

const mechanismOf = (id: unknown, scheme: Scheme) => scheme.mechanisms.find((m) => m.id === id);

const SUMMARIES: Record<StepId, StepSummary> = {
  applicant: { questions: APPLICANT_QUESTIONS, sections: APPLICANT.sections },
  targetGroups: { questions: TARGET_GROUP_QUESTIONS, groupHeading: (group) => TARGET_GROUPS.groupHeading(group.id, group.name) },
  background: {
    questions: BACKGROUND_QUESTIONS,
    lists: {
      figures: { row: 'whenEmpty', label: BACKGROUND_QUESTIONS.figures.label, heading: (_figure, index) => BACKGROUND.figureHeading(index + 1) },
      goals: { row: 'whenEmpty', label: BACKGROUND_QUESTIONS.goals.label, heading: (_goal, index) => BACKGROUND.goalHeading(index + 1) },
    },
  },
  mechanisms: {
    questions: { chosen: { fields: MECHANISM_CHOICE_QUESTIONS } },
    lists: {
      chosen: {
        row: 'items',
        label: REVIEW.chosenMechanisms,
        itemLabel: (choice, scheme) => {
          const m = mechanismOf(choice.mechanismId, scheme);
          return m ? ACTIVITIES.mechanismLabel(m.number, m.name) : String(choice.mechanismId);
        },
        heading: (choice, _index, scheme) => {
          const m = mechanismOf(choice.mechanismId, scheme);
          return m ? `${MECHANISMS.numberLabel(m.number)}: ${m.name}` : String(choice.mechanismId);
        },
      },
    },
  },
  activities: {
    questions: { activities: { fields: ACTIVITY_QUESTIONS } },
    lists: { activities: { row: 'whenEmpty', label: ACTIVITIES.listHeading, heading: (activity, index) => ACTIVITIES.issueLabel(index, text(activity.title)) } },
  },
  partners: {
    questions: { partners: { fields: PARTNER_QUESTIONS } },
    lists: { partners: { row: 'whenEmpty', label: PARTNERS.listHeading, heading: (partner, index) => PARTNERS.issueLabel(index, text(partner.name)) } },
  },
  nazorg: { questions: NAZORG_QUESTIONS },
  budget: { questions: BUDGET_QUESTIONS },
  monitoring: { questions: MONITORING_QUESTIONS },
};

const asSiblings = (value: unknown): Siblings => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Siblings) : {});

/**
 * Check your answers as plain data: per step (in step order) the answers as Dutch display text,
 * each with the field it came from and a "Wijzigen" link back to it, in the order of the step's field
 * table. Pure; the page only renders it. `fields` is the round's table unless a test gives one.
 */
export function summarize(answers: Answers, scheme: Scheme, fields: ApplicationFields = applicationFields(scheme)): SummarySection[] {
  return STEP_IDS.map((step) => ({ step, title: STEP_TITLES[step], href: href.step(step), groups: stepGroups(step, answers, scheme, fields) }));
}

function stepGroups(step: StepId, answers: Answers, scheme: Scheme, fields: ApplicationFields): SummaryGroup[] {
  const summary = SUMMARIES[step];
  const container = fields[step];
  /** A row; `sub` is the item's own page ("#/activiteiten/<id>") where it has one. */
  const row = (label: string, value: string | undefined, fieldName: string, sub: string | undefined, focus = true): SummaryRow => ({
    label,
    value,
    step,
    fieldName,
    // A list that is still empty has no field to focus (only an "add" button): its link opens the page.
    href: href.step(step, { sub, field: focus ? fieldName : undefined, returnTo: 'review' }),
  });

  /** The rows of one object's answers: its leaves, and a list inside an item as one row. */
  const rows = (table: Fields, values: Siblings, questions: QuestionTree | undefined, prefix: string, sub: string | undefined, group?: SchemeGroup) => {
    const ctx = { scheme, answers, group };
    return Object.entries(table).flatMap(([name, field]): SummaryRow[] => {
      if (field.type === 'leaf') {
        if (field.hidden || (field.shownWhen && !field.shownWhen(values, scheme))) return [];
        return [row(questionLabel(field, questions?.[name], ctx), field.display(values[name], ctx), prefix + name, sub)];
      }
      if (field.type !== 'list') return [];
      const items = Array.isArray(values[name]) ? (values[name] as unknown[]) : [];
      // The item's first question is where "Wijzigen" takes the user.
      const first = Object.entries(field.item).find(([, f]) => f.type === 'leaf' && !f.hidden)?.[0];
      const target = items.length > 0 && first ? `${prefix}${name}.0.${first}` : prefix + name;
      return [row(questionLabel(field, questions?.[name], ctx), field.display?.(items, ctx), target, sub, items.length > 0)];
    });
  };

  switch (container.type) {
    case 'object': {
      const values = asSiblings(answers[step]);
      const groups: SummaryGroup[] = [];
      for (const [name, field] of Object.entries(container.item)) {
        const list = summary.lists?.[name];
        if (field.type === 'list' && list) {
          groups.push(...listGroups(name, field, values[name], list, summary.questions[name]?.fields, '', undefined));
          continue;
        }
        const heading = field.section ? summary.sections?.[field.section] : undefined;
        let group = groups.at(-1);
        if (!group || group.heading !== heading || groups.some((g, i) => i < groups.length - 1 && g.heading === heading && heading !== undefined)) {
          groups.push((group = heading === undefined ? { rows: [] } : { heading, rows: [] }));
        }
        group.rows.push(...rows({ [name]: field }, values, summary.questions, '', undefined));
      }
      return groups;
    }
    case 'groups':
      return scheme.targetGroups.map((group) => ({
        heading: summary.groupHeading?.(group),
        rows: rows(container.item, asSiblings(asSiblings(answers[step])[group.id]), summary.questions, `${group.id}.`, undefined, group),
      }));
    case 'list': {
      const list = summary.lists?.[step];
      return list ? listGroups(step, container, answers[step], list, summary.questions[step]?.fields, '', undefined) : [];
    }
  }

  /** A list of items: its own row, then a group of answers per item (an item with a page of its own links there). */
  function listGroups(name: string, field: ListField, value: unknown, list: ListSummary, questions: QuestionTree | undefined, prefix: string, sub: string | undefined): SummaryGroup[] {
    const items = (Array.isArray(value) ? value : []).map(asSiblings);
    const own: SummaryGroup[] =
      list.row === 'items'
        ? [{ rows: [row(list.label, joinedText(items.map((item) => list.itemLabel?.(item, scheme) ?? ''), '\n'), prefix + name, sub)] }]
        : items.length === 0
          ? [{ rows: [row(list.label, undefined, prefix + name, sub, false)] }]
          : [];
    return [
      ...own,
      ...items.map((item, index) => {
        const key = String(item[field.key]);
        // Fields on an item's own page are named without the list prefix ("title", "costLines.0.amount").
        const [itemSub, itemPrefix] = field.itemPage ? [key, ''] : [sub, `${prefix}${name}.${index}.`];
        return { heading: list.heading(item, index, scheme), rows: rows(field.item, item, questions, itemPrefix, itemSub) };
      }),
    ];
  }
}
