import type { Scheme } from '../scheme';
import type { ContainerField, Fields, LeafField, SchemeGroup } from './field';

/**
 * How a step's form words its fields, where that differs from the answer's name in the field
 * table: the question, a hint, a select's first option. This wording loads with the form and
 * Controleren (src/text/<step>.ts), not with the first page; a field without it is asked by its
 * name. Typed against the table, so a misspelt field name does not compile.
 */

/** What a question may depend on: the round (its age limit, its years) and the target group it is asked for. */
export interface QuestionContext {
  scheme: Scheme;
  group?: SchemeGroup;
}

export type QuestionText = string | ((ctx: QuestionContext) => string);

export interface Question {
  label?: QuestionText;
  hint?: QuestionText;
  /** A select's first, empty option, e.g. "Kies een soort". */
  placeholder?: string;
}

/** The wording of a table's fields, and of the fields of its lists' items and groups. */
export type Questions<F extends Fields> = {
  readonly [K in keyof F]?: Question & (F[K] extends ContainerField<infer I> ? { fields?: Questions<I> } : unknown);
};

const textOf = (text: QuestionText | undefined, ctx: QuestionContext) => (typeof text === 'function' ? text(ctx) : text);

/** The question a field is asked with (its name when the form words it no otherwise). */
export const questionLabel = (field: LeafField | { label: string }, question: Question | undefined, ctx: QuestionContext): string =>
  textOf(question?.label, ctx) ?? field.label;

export const questionHint = (question: Question | undefined, ctx: QuestionContext): string | undefined => textOf(question?.hint, ctx);

/** The wording of any table, as the generic form and Controleren read it. */
export interface QuestionTree {
  readonly [name: string]: (Question & { fields?: QuestionTree }) | undefined;
}
