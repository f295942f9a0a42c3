import { z } from 'zod/mini';
import { dateProblem, PARTIAL_DATE } from '../dutchDate';
import { parseEuroCents, parseWholeNumber } from '../dutchNumber';
import { joinDutch } from '../dutchText';
import { LIMITS } from '../limits';
import { activityBounds, activityPeriodText, inActivityPeriod } from '../activityPeriod';
import { MESSAGES } from '../messages';
import type { Scheme } from '../scheme';
import { countText, euroText, joinedText, longDateText, optionLabels, shortDateText, trimmedText } from './display';
import { messageText, type AnswerContext, type AnswerKind, type BindingOptions, type FieldCommon, type InputOptions, type LeafField, type LeafKind, type Message, type Option, type Siblings } from './field';

/**
 * The leaf kinds of the field tables. Each gives a field its lenient schema (the draft keeps every
 * answer as typed: numbers and amounts as strings, nothing lost), its strict check with the field's
 * own Dutch messages, and how its value reads on Controleren and in Word.
 */

// What a draft keeps of a typed answer: more than its limit, so a text pasted over it survives a reload.
const short = z.string().check(z.maxLength(LIMITS.shortTextKept));
const long = z.string().check(z.maxLength(LIMITS.longTextKept));
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const ids = z.array(idSchema).check(z.maxLength(LIMITS.listItems));
/** A date as the draft keeps it: empty, an ISO date, or the parts typed so far ("2021--14"): typing is never lost. */
export const dateDraft = z.union([z.literal(''), z.iso.date(), z.string().check(z.regex(PARTIAL_DATE))]);

/**
 * The strict check of a date typed in three boxes: "Vul … in" (the field's own message) when
 * empty, which part is missing, a year of 4 digits, a day of the calendar, and `within` (for an
 * activity: the round's activity period).
 */
export function dateCheck(message: string, within?: { test: (isoDate: string) => boolean; message: string }) {
  return z.string({ error: message }).check(
    z.superRefine((value, ctx) => {
      const problem = dateProblem(value);
      const say = (text: string) => ctx.addIssue({ code: 'custom', message: text });
      if (problem?.kind === 'empty') return say(message);
      if (problem?.kind === 'missing') return say(MESSAGES.dateMissing(joinDutch(problem.parts.map((p) => `een ${p}`))));
      if (problem?.kind === 'year') return say(MESSAGES.dateYear);
      if (problem) return say(MESSAGES.dateInvalid);
      if (within && !within.test(value)) say(within.message);
    }),
  );
}

/**
 * An answer as a form can leave it. react-hook-form writes `null` for a radio group nobody has
 * chosen yet, and earlier versions of this app saved it that way: it means "not answered", so it
 * reads as absent. (The draft store leaves nulls out when it writes; this is for older files.)
 */
export function answer<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.pipe(z.nullable(schema), z.transform((value: z.output<T> | null) => value ?? undefined)));
}
export type Answer<T extends z.ZodMiniType> = ReturnType<typeof answer<T>>;

/**
 * A checkbox group's answer: a list of ids. Before checkbox groups always held a list, an untouched
 * group was saved as `false` and a group with one option as that option's id alone.
 */
const choicesDraft = z.optional(
  z.pipe(
    z.union([ids, idSchema, z.literal(false), z.null()]),
    z.transform((value: string[] | string | false | null) => (typeof value === 'string' ? [value] : value || undefined)),
  ),
);

/** A radio group's answer; an empty string is no choice, like `null`. */
function choiceDraft<const T extends readonly [string, ...string[]]>(values: T) {
  return z.optional(
    z.pipe(z.union([z.enum(values), z.literal(''), z.null()]), z.transform((value: T[number] | '' | null) => (value === '' || value === null ? undefined : value))),
  );
}

/** A non-empty text after trimming, at most `max` characters. */
const requiredText = (message: string, max: number) => z.string({ error: message }).check(z.trim(), z.minLength(1, message), z.maxLength(max, MESSAGES.tooLong(max)));

/** An optional text: it may stay empty, but not be longer than the field keeps. */
const optionalText = (max: number) => () => answer(z.string().check(z.maxLength(max, MESSAGES.tooLong(max))));

/** What the constructors of every leaf kind take. */
interface Common extends FieldCommon {
  /** The answer's Dutch name out of context (LeafField.label). */
  label: string;
  /** The message when the answer is missing; absent: the answer may stay empty. */
  required?: Message;
  /** Required only while this holds for the answers beside it (the field is still asked, and kept, otherwise). */
  requiredWhen?: (siblings: Siblings, scheme: Scheme) => boolean;
  binding?: BindingOptions;
  input?: InputOptions;
  /** Overrides how the value reads on Controleren (and in Word, unless `documentText` is given too). */
  display?: (value: unknown, ctx: AnswerContext) => string | undefined;
  documentText?: (value: unknown, ctx: AnswerContext) => string | undefined;
}

/** A leaf from its kind's parts; `required` becomes 'whenShown' for a field asked only conditionally. */
export function leaf<D extends z.ZodMiniType, S extends z.ZodMiniType>(
  kind: LeafKind,
  answerKind: AnswerKind,
  options: Common,
  parts: {
    draft: D;
    /** The check of an answer that must be there. */
    check: (scheme: Scheme, message: string) => z.ZodMiniType;
    /** The check of an answer that may stay empty (an optional number must still be a number). */
    optionalCheck?: (scheme: Scheme) => z.ZodMiniType;
    /** How the value reads; defaults to its text. */
    display?: (value: unknown, ctx: AnswerContext) => string | undefined;
    documentText?: (value: unknown, ctx: AnswerContext) => string | undefined;
    options?: (ctx: AnswerContext) => readonly Option[];
    /** The message of an answer in the wrong format, where the kind has one. */
    invalid?: Message;
  },
): LeafField<D, S> {
  const { required: message, display, documentText, ...common } = options;
  const required = message === undefined ? 'optional' : options.shownWhen ? 'whenShown' : options.requiredWhen ? 'when' : 'always';
  const requiredCheck = (scheme: Scheme) => parts.check(scheme, messageText(message ?? MESSAGES.required, scheme));
  const shownDisplay = display ?? parts.display ?? trimmedText;
  return {
    ...common,
    type: 'leaf',
    kind,
    answerKind,
    required,
    draft: parts.draft,
    // The types S promise: the check when always required, else the lenient schema (or the optional check).
    strict: ((scheme: Scheme) => (required === 'always' ? requiredCheck(scheme) : (parts.optionalCheck?.(scheme) ?? parts.draft))) as (scheme: Scheme) => S,
    requiredCheck,
    messages: { ...(message !== undefined ? { required: message } : {}), ...(parts.invalid !== undefined ? { invalid: parts.invalid } : {}) },
    display: shownDisplay,
    documentText: documentText ?? (display ? shownDisplay : (parts.documentText ?? shownDisplay)),
    ...(parts.options ? { options: parts.options } : {}),
  };
}

type Required = { required: Message; shownWhen?: undefined; requiredWhen?: undefined };
type Lenient<T extends z.ZodMiniType> = Answer<T>;
type Str = z.ZodMiniString<string>;

/** A format a text must have (BRIN, e-mail, phone number); its message covers an empty answer too. */
export type TextFormat = { pattern: RegExp; invalid: Message } | { valid: (value: string) => boolean; invalid: Message };

interface TextOptions extends Common {
  format?: TextFormat;
}

function textParts(max: number, format: TextFormat | undefined) {
  return (scheme: Scheme, message: string) => {
    if (!format) return requiredText(message, max);
    const invalid = messageText(format.invalid, scheme);
    // A pattern is checked on the trimmed text; a `valid` function gets the text as typed.
    return 'pattern' in format
      ? z.string({ error: message }).check(z.trim(), z.maxLength(max, MESSAGES.tooLong(max)), z.regex(format.pattern, invalid))
      : z.string({ error: message }).check(z.maxLength(max, MESSAGES.tooLong(max)), z.refine(format.valid, invalid));
  };
}

/** One line of text (a name, a code, a phone number), at most LIMITS.shortText characters. */
export function shortText(options: TextOptions & Required): LeafField<Lenient<typeof short>, Str>;
export function shortText(options: TextOptions): LeafField<Lenient<typeof short>, Lenient<typeof short>>;
export function shortText(options: TextOptions) {
  return leaf('shortText', 'text', options, {
    draft: answer(short),
    check: textParts(LIMITS.shortText, options.format),
    optionalCheck: options.format ? undefined : optionalText(LIMITS.shortText),
    invalid: options.format?.invalid,
  });
}

/** Text of one or more paragraphs, at most LIMITS.longText characters. */
export function longText(options: TextOptions & Required): LeafField<Lenient<typeof long>, Str>;
export function longText(options: TextOptions): LeafField<Lenient<typeof long>, Lenient<typeof long>>;
export function longText(options: TextOptions) {
  return leaf('longText', 'longText', options, {
    draft: answer(long),
    check: textParts(LIMITS.longText, options.format),
    optionalCheck: options.format ? undefined : optionalText(LIMITS.longText),
    invalid: options.format?.invalid,
  });
}

interface NumberOptions extends Common {
  /** When the typed text is not a (positive) whole number; defaults to the `required` message. */
  invalid?: Message;
}

/**
 * A whole number as typed ("1.200"), kept as text. Required: greater than 0. Optional: empty, or a
 * whole number (0 allowed). Controleren shows it as typed, Word with thousands separators.
 */
export function wholeNumber(options: NumberOptions & Required): LeafField<Lenient<typeof short>, Str>;
export function wholeNumber(options: NumberOptions & { invalid: Message }): LeafField<Lenient<typeof short>, z.ZodMiniOptional<Str>>;
export function wholeNumber(options: NumberOptions): LeafField<Lenient<typeof short>, Lenient<typeof short>>;
export function wholeNumber(options: NumberOptions) {
  const { invalid } = options;
  return leaf('wholeNumber', 'number', options, {
    draft: answer(short),
    check: (scheme, message) => {
      // Empty gets the field's own "Vul … in"; a number that cannot be read (or 0) the format message.
      const wrong = invalid === undefined ? message : messageText(invalid, scheme);
      return z.string({ error: message }).check(
        z.superRefine((v, ctx) => {
          if ((parseWholeNumber(v) ?? 0) > 0) return;
          ctx.addIssue({ code: 'custom', message: v.trim() === '' ? message : wrong });
        }),
      );
    },
    ...(invalid !== undefined
      ? {
          optionalCheck: (scheme: Scheme) =>
            z.optional(z.string().check(z.refine((v) => v.trim() === '' || parseWholeNumber(v) !== undefined, messageText(invalid, scheme)))),
        }
      : {}),
    documentText: countText,
    invalid,
  });
}

interface EuroOptions extends Common {
  /** An amount that cannot be read; defaults to MESSAGES.euro. */
  invalid?: Message;
  /** An amount of € 0 or less; defaults to MESSAGES.euroPositive. */
  notPositive?: Message;
}

/** An amount in euros as typed (nl-NL "1.250,50" or "1250.5"), kept as text; required means more than € 0. */
export function euroAmount(options: EuroOptions & Required): LeafField<Lenient<typeof short>, Str>;
export function euroAmount(options: EuroOptions): LeafField<Lenient<typeof short>, Lenient<typeof short>>;
export function euroAmount(options: EuroOptions) {
  return leaf('euro', 'number', options, {
    draft: answer(short),
    check: (scheme, message) => {
      const invalid = messageText(options.invalid ?? MESSAGES.euro, scheme);
      const notPositive = messageText(options.notPositive ?? MESSAGES.euroPositive, scheme);
      return z.string({ error: message }).check(
        z.superRefine((v, ctx) => {
          const cents = parseEuroCents(v);
          if (cents === undefined) ctx.addIssue({ code: 'custom', message: v.trim() === '' ? message : invalid });
          else if (cents <= 0) ctx.addIssue({ code: 'custom', message: notPositive });
        }),
      );
    },
    display: euroText,
    invalid: options.invalid ?? MESSAGES.euro,
  });
}

/** "2021 of 2022": the years in which the scheme's activities take place, as messages and hints say them. */
export function activityYearsText(scheme: Scheme): string {
  return joinDutch(scheme.activityYears.map(String), 'of');
}

/** Where a date must lie in a round, as its message says: the activity period's dates, or its years when those are not known. */
export function dateOutsidePeriodMessage(scheme: Scheme): string {
  return activityBounds(scheme).exact ? MESSAGES.dateOutsidePeriod(activityPeriodText(scheme)) : MESSAGES.dateOutsideYears(activityYearsText(scheme));
}

/**
 * A calendar date ("2021-09-01", or empty), within the round's activity period (its years where its
 * dates are not known). Controleren shows "1 september 2021", Word "1 sep 2021".
 */
export function activityDate(options: Common & Required): LeafField<Lenient<typeof dateDraft>, Str>;
export function activityDate(options: Common) {
  return leaf('date', 'date', options, {
    draft: answer(dateDraft),
    // An empty or unreadable date gets one message, not also "choose a date in 2021 or 2022".
    check: (scheme, message) => dateCheck(message, { test: (date) => inActivityPeriod(scheme, date), message: dateOutsidePeriodMessage(scheme) }),
    display: longDateText,
    documentText: shortDateText,
    invalid: dateOutsidePeriodMessage,
  });
}

/** Where a choice's options come from: a list in the round's data, or a function of the answers. */
export type OptionSource = 'levels' | 'pathways' | 'riskIndicators' | 'phases' | 'costCategories' | 'partnerTypes' | ((ctx: AnswerContext) => readonly Option[]);

const optionsOf = (source: OptionSource) => (ctx: AnswerContext): readonly Option[] => (typeof source === 'function' ? source(ctx) : ctx.scheme[source]);
const schemeOptions = (source: OptionSource, scheme: Scheme) => optionsOf(source)({ scheme, answers: {} });

interface ChoiceOptions extends Common {
  options: OptionSource;
}

/** A choice's field: its options are always there. */
export type ChoiceField<D extends z.ZodMiniType, S extends z.ZodMiniType> = LeafField<D, S> & { readonly options: (ctx: AnswerContext) => readonly Option[] };

/** One of the options (radios, or a select), stored as its id. */
export function choice(options: ChoiceOptions & Required): ChoiceField<Lenient<typeof short>, Str>;
export function choice(options: ChoiceOptions): ChoiceField<Lenient<typeof short>, Lenient<typeof short>>;
export function choice(options: ChoiceOptions) {
  const optionsFor = optionsOf(options.options);
  return leaf('choice', 'choice', options, {
    draft: answer(short),
    check: (scheme, message) => {
      const allowed = schemeOptions(options.options, scheme).map((o) => o.id);
      return z.string({ error: message }).check(z.refine((v) => allowed.includes(v), message));
    },
    display: (value, ctx) => optionLabels(value, optionsFor(ctx))[0],
    options: optionsFor,
  });
}

interface ChoicesOptions extends ChoiceOptions {
  /** Check that every chosen id is one of the options (off where a check across fields does it). */
  checkOptions?: boolean;
  /** On Controleren: short labels beside each other ("Niveau 2, Niveau 3"), long ones each on a line. */
  separator?: ', ' | '\n';
}

/** Any of the options (checkboxes), stored as a list of ids; required means at least one. */
export function choices(options: ChoicesOptions & Required): ChoiceField<typeof choicesDraft, z.ZodMiniArray<Str>>;
export function choices(
  options: ChoicesOptions & { required: Message; requiredWhen: NonNullable<Common['requiredWhen']> },
): ChoiceField<typeof choicesDraft, z.ZodMiniOptional<z.ZodMiniArray<Str>>>;
export function choices(options: ChoicesOptions): ChoiceField<typeof choicesDraft, typeof choicesDraft>;
export function choices(options: ChoicesOptions) {
  const optionsFor = optionsOf(options.options);
  const separator = options.separator ?? '\n';
  return leaf('choices', 'choice', options, {
    draft: choicesDraft,
    check: (scheme, message) => {
      const list = z.array(z.string(), { error: message }).check(z.minLength(1, message));
      if (options.checkOptions === false) return list;
      const allowed = schemeOptions(options.options, scheme).map((o) => o.id);
      return list.check(z.refine((values) => values.every((v) => allowed.includes(v)), MESSAGES.unknownChoice));
    },
    // Required only some of the time: a list (or nothing) the rest of the time, checked on its object.
    ...(options.requiredWhen ? { optionalCheck: () => z.optional(z.array(z.string())) } : {}),
    display: (value, ctx) => joinedText(optionLabels(value, optionsFor(ctx)), separator),
    options: optionsFor,
  });
}

/** Dutch answers of a yes/no question. */
export const YES_NO = { yes: 'Ja', no: 'Nee' } as const;

/** Ja or nee (radios), stored as "yes" or "no". */
export function yesNo(options: Common & Required): LeafField<ReturnType<typeof choiceDraft<['yes', 'no']>>, z.ZodMiniEnum<{ yes: 'yes'; no: 'no' }>>;
export function yesNo(options: Common) {
  return leaf('yesNo', 'choice', options, {
    draft: choiceDraft(['yes', 'no']),
    check: (_scheme, message) => z.enum(['yes', 'no'], { error: message }),
    display: (value) => (value === 'yes' ? YES_NO.yes : value === 'no' ? YES_NO.no : undefined),
  });
}

/** What Controleren says for a confirmation that is ticked. */
export const CONFIRMED = 'Ja, bevestigd';

/** One checkbox the user must tick to confirm something (e.g. every participant is under the age limit). */
export function confirmation(options: Common & Required): LeafField<Lenient<z.ZodMiniBoolean<boolean>>, z.ZodMiniBoolean<boolean>>;
export function confirmation(options: Common) {
  return leaf('confirmation', 'choice', options, {
    draft: answer(z.boolean()),
    check: (_scheme, message) => z.boolean({ error: message }).check(z.refine((ticked) => ticked, message)),
    display: (value) => (value === true ? CONFIRMED : undefined),
  });
}

/**
 * The id that names a list item for good (never asked as such). With `options`, the strict check
 * wants one of them (a chosen mechanism's id must be one of the round's mechanisms).
 */
export function itemKey(options: Pick<Common, 'label'> & { options?: OptionSource; invalid?: Message }): LeafField<typeof idSchema, z.ZodMiniType<string, string>> {
  const { options: source, invalid, ...rest } = options;
  const check = (scheme: Scheme): z.ZodMiniType<string, string> => {
    if (!source) return idSchema;
    const allowed = schemeOptions(source, scheme).map((o) => o.id);
    return z.string().check(z.refine((v) => allowed.includes(v), messageText(invalid ?? MESSAGES.unknownChoice, scheme)));
  };
  return { ...leaf('key', 'text', { ...rest, required: MESSAGES.required }, { draft: idSchema, check }), hidden: true };
}

/** Something the app notes about an answer, never asked (e.g. the example an activity started from). */
export function bookkeeping(options: Pick<Common, 'label'>): LeafField<Lenient<typeof short>, Lenient<typeof short>> {
  return { ...leaf('bookkeeping', 'text', options, { draft: answer(short), check: () => answer(short) }), hidden: true };
}
