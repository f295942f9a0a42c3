import type { z } from 'zod/mini';
import type { Scheme, TargetGroupId } from '../scheme';

/**
 * The shape of a field table: every answer of the application defined once, with what each place
 * that shows, checks or stores it needs to know. The leaf kinds are in kinds.ts, the containers (a
 * step's object, a list of items, one part per target group) in containers.ts, and the tables per
 * step beside them. Everything here is pure data and functions: schemas/ derives the lenient and
 * strict schemas from it, src/ the forms, summaries, anchors, Word bindings and comparisons.
 *
 * Only the form's own wording (a question phrased differently from the answer's name, a hint) is
 * not here: it loads with the form (src/text/<step>.ts, typed against the table), so the first page
 * stays small.
 */

/** A Dutch text that may depend on the scheme round (e.g. its age limit). */
export type Message = string | ((scheme: Scheme) => string);

export const messageText = (message: Message, scheme: Scheme): string => (typeof message === 'string' ? message : message(scheme));

/** What kind of answer a field holds, as comments and Word read it back: only typed text can be taken over from a Word file. */
export type AnswerKind = 'text' | 'longText' | 'number' | 'choice' | 'date';

/** The values of the object a field sits in (its siblings), as the draft or the form holds them: read defensively. */
export type Siblings = Readonly<Record<string, unknown>>;

/** What showing an answer may read besides its value. */
export interface AnswerContext {
  scheme: Scheme;
  /** The whole draft's answers, as stored (e.g. the partners an activity names). Read defensively. */
  answers: object;
  /** The target group the answer belongs to, inside a part per target group. */
  group?: SchemeGroup;
}

export type SchemeGroup = Scheme['targetGroups'][number];

/** One option of a choice, as the form offers it and Controleren shows it. */
export interface Option {
  id: string;
  label: string;
  hint?: string;
}

/** How a text-like field is typed in; presentation only (the form's wording is in src/text). */
export interface InputOptions {
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  width?: 'full' | 'medium' | 'short';
  rows?: number;
  spellCheck?: boolean;
  prefix?: string;
  /** Choices: beside each other; a single choice: a select instead of radios. */
  inline?: boolean;
  select?: boolean;
}

/** A `{{placeholder}}` for the Word template and house-style files, named after the field's place. */
export interface BindingOptions {
  /** Shown to users who fill their own Word file; defaults to the field's label. */
  description?: string | ((group: SchemeGroup) => string);
}

/** What every field has, leaf or container. */
export interface FieldCommon {
  /** Where on its step's page the field sits (e.g. "contact"); the form and Controleren group by it. */
  readonly section?: string;
  /**
   * Asked (and kept) only while this holds for the other answers beside it; the draft drops the
   * answer otherwise and Controleren leaves it out. A required field is required only then.
   */
  readonly shownWhen?: (siblings: Siblings, scheme: Scheme) => boolean;
  /** Part of a scheme round only when this holds for the round's data (absent: every round). */
  readonly inRound?: (scheme: Scheme) => boolean;
}

export type LeafKind = 'shortText' | 'longText' | 'wholeNumber' | 'euro' | 'date' | 'choice' | 'choices' | 'yesNo' | 'confirmation' | 'key' | 'bookkeeping';

/** Its schemas: D what a draft file may hold (lenient), S its place in the strict step schema. */
interface FieldSchemas<D extends z.ZodMiniType, S extends z.ZodMiniType> {
  readonly draft: D;
  readonly strict: (scheme: Scheme) => S;
}

/**
 * One answer. Its strict schema is the lenient one again when the answer is optional or only
 * conditionally required (that is checked on the object it sits in).
 */
export interface LeafField<D extends z.ZodMiniType = z.ZodMiniType, S extends z.ZodMiniType = z.ZodMiniType> extends FieldCommon, FieldSchemas<D, S> {
  readonly type: 'leaf';
  /**
   * The answer's Dutch name out of context, e.g. "Telefoonnummer": comments, parts set aside,
   * "Gewijzigd in Word", house-style placeholders, a Word facts table. The form asks it this way too
   * unless the step's text module words the question otherwise.
   */
  readonly label: string;
  readonly kind: LeafKind;
  readonly answerKind: AnswerKind;
  /**
   * 'whenShown': required while `shownWhen` holds; 'when': asked always but required only while
   * `requiredWhen` holds (a nazorg activity needs no mechanism). Both are checked on the object it sits in.
   */
  readonly required: 'always' | 'optional' | 'whenShown' | 'when';
  /** For 'when': whether the answers beside it make this one required. */
  readonly requiredWhen?: (siblings: Siblings, scheme: Scheme) => boolean;
  /** Its Dutch messages: a missing answer, and one in the wrong format (where the kind has one). */
  readonly messages: { readonly required?: Message; readonly invalid?: Message };
  /** The strict check of a value that must be there (for a 'whenShown' field while it is shown). */
  readonly requiredCheck: (scheme: Scheme) => z.ZodMiniType;
  /** Dutch display text on Controleren and in comparisons; undefined when not answered. */
  readonly display: (value: unknown, ctx: AnswerContext) => string | undefined;
  /** Its text in the Word document (a number with thousands separators, …); undefined when not answered. */
  readonly documentText: (value: unknown, ctx: AnswerContext) => string | undefined;
  /** The options of a choice; also how its value is shown. */
  readonly options?: (ctx: AnswerContext) => readonly Option[];
  readonly binding?: BindingOptions;
  readonly input?: InputOptions;
  /** Not asked on a form (an item's id, where it came from). */
  readonly hidden?: boolean;
}

/** A check across the fields of one object (an activity's end date after its start); reports by field name. */
export type ObjectCheck = (values: Siblings, report: (field: string, message: string) => void) => void;

interface ContainerCommon<I extends Fields> extends FieldCommon {
  /** The fields of the object, or of each item or group. */
  readonly item: I;
  /** Checks across the item's fields that no single field can make, built once per round. */
  readonly checks?: (scheme: Scheme) => readonly ObjectCheck[];
}

/** A step's own object of answers (or one nested in another). */
export interface ObjectField<I extends Fields = Fields> extends ContainerCommon<I> {
  readonly type: 'object';
}

/** One object of answers per target group of the round, e.g. both groups' numbers and choices. */
export interface GroupsField<I extends Fields = Fields> extends ContainerCommon<I> {
  readonly type: 'groups';
  /** Every group id a draft may hold, of any round (the lenient schema); the round's own groups come from its data. */
  readonly ids: readonly TargetGroupId[];
}

/**
 * A list of items with fields of their own (activities, their cost lines, partners, chosen
 * mechanisms). M: whether the list must have an item.
 */
export interface ListField<I extends Fields = Fields, M extends boolean = boolean> extends ContainerCommon<I> {
  readonly type: 'list';
  /** The list's Dutch name, e.g. "Kosten". */
  readonly label: string;
  /**
   * The field that names an item for good (its id), so an anchor keeps pointing at it when others
   * go. One of the item's fields (listField checks it); a plain string here keeps ListField<I>
   * assignable to ListField<Fields>.
   */
  readonly key: string;
  /** The most items a draft keeps. */
  readonly max: number;
  /** "Voeg minstens één … toe"; absent: the list may stay empty. */
  readonly min: M extends true ? Message : undefined;
  /** Each item is edited on a page of its own ("#/activiteiten/<id>"), whose form holds only that item. */
  readonly itemPage?: boolean;
  /** How the whole list reads as one answer, where it is shown as one (an activity's cost lines). */
  readonly display?: (value: unknown, ctx: AnswerContext) => string | undefined;
}

export type ContainerField<I extends Fields = Fields> = ObjectField<I> | GroupsField<I> | ListField<I>;
export type Field = LeafField | ContainerField;

/** A table of fields: name → field, in the order the form asks them. */
export type Fields = { readonly [name: string]: Field };


export const isContainer = (field: Field): field is ContainerField => field.type !== 'leaf';

/** A field's message in Dutch for a round: for a missing answer, or for one in the wrong format. */
export function fieldMessage(field: LeafField, scheme: Scheme, which: 'required' | 'invalid' = 'required'): string {
  const message = field.messages[which];
  if (message === undefined) throw new Error(`The field "${field.label}" has no ${which} message`);
  return messageText(message, scheme);
}
