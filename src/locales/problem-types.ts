/**
 * What a pack problem, a quiz problem or a quiz error says, as data: a `code` and its
 * `params`, as zod's issues do. Each language words them (en/problems.ts,
 * fr/problems.ts); `ProblemWords` makes a missing sentence a compile error. Params hold
 * values and names, never English words, so that every language can word them.
 */

/** A value a problem shows, described as data: a text as its escaped, perhaps cut, head. */
export type ValueWords =
  | { kind: 'missing' | 'null' | 'list' | 'object' | 'huge-number' }
  | { kind: 'text'; shown: string; cut: boolean; length: number }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'other'; type: string };

/** An object of a fact as a problem names it: a value, a bare number, a qualified number (`about 80`) or a date's text. */
export type ObjectWords = ValueWords | { kind: 'bare-number'; value: number } | { kind: 'qualified'; qualifier: string; value: number };

/** The texts of a pack, each with its noun. */
export type TextKind =
  | 'text' | 'title' | 'description' | 'language tag' | 'publisher' | 'unit' | 'template' | 'label' | 'name' | 'note' | 'quote';

/** What a property must be, when it is not: each language has a phrase for each. */
export type Expected =
  | TextKind
  | 'list' | 'object' | 'boolean' | 'number' | 'finite-number' | 'id' | 'http-url' | 'source-file' | 'object-type'
  | 'templates' | 'preposition' | 'number-object' | 'date-object' | 'season' | 'range-end' | 'day' | 'bound-day'
  | 'cardinality' | 'bounds'
  | 'list-of-names' | 'list-of-classes' | 'list-of-objects' | 'list-of-quotes'
  | 'class-id' | 'entity-id' | 'relation-id' | 'source-id' | 'fact-id'
  | 'quiz-pack' | 'quiz-questions' | 'quiz-question' | 'quiz-texts' | 'quiz-sources'
  | 'quiz-options' | 'quiz-option' | 'quiz-source' | 'quiz-url';

/** Things of a pack that ids name. */
export type Thing = 'class' | 'entity' | 'relation' | 'source' | 'fact';
/** The lists of a pack. */
export type PackList = 'sources' | 'classes' | 'entities' | 'relations' | 'facts';
/** The lists inside a fact or an entity. */
export type ItemKind = 'names' | 'classes' | 'objects' | 'quotes';
/** Objects whose properties are listed when a key is unknown. */
export type KeyOwner = 'pack' | 'source' | 'class' | 'entity' | 'relation' | 'object-type' | 'templates' | 'number' | 'date' | 'bounds' | 'fact';
export type ObjectType = 'entity' | 'date' | 'number' | 'text';
export type TemplateName = 'question' | 'statement' | 'reverse' | 'multiple' | 'event' | 'plural';
/** What a JSON text was expected to hold where it stopped being JSON. */
export type JsonToken = 'closing-quote' | 'value' | 'value-or-]' | 'name' | 'name-or-}' | ':' | ',-or-]' | ',-or-}' | 'end';
/** Why a true object lies outside its bounds. */
export type OutsideReason =
  | { kind: 'below-min' | 'above-max'; value: number; bound: number }
  | { kind: 'before-min' | 'after-max' | 'not-after' | 'not-before' };

/** The params of each code. */
export interface ProblemParams {
  /** A property of the wrong type or form. */
  invalid_type: { expected: Expected; received: ValueWords };
  /** A property that must be one of a few words. */
  invalid_enum: { options: string[]; received: ValueWords };
  /** A property that must be one of a list of names (a quiz's kinds, difficulties). */
  not_one_of: { options: string[]; received: ValueWords };
  /** A whole pack or quiz that is not an object. */
  root_type: { of: 'pack' | 'quiz'; received: ValueWords };
  /** A required property left out. */
  missing: { what: 'question-template' | 'statement-template' | 'closed-note' | 'source-text' };
  unknown_key: { key: ValueWords; of: KeyOwner; allowed: string[] };
  /** `__proto__`, `constructor`, `prototype`. */
  forbidden_key: { key: string; in: 'pack' | 'quiz' };
  too_long: { length: number; maximum: number; of: TextKind | 'id' | 'pack-text' | 'source-text' };
  too_many: { count: number; maximum: number; of: PackList | ItemKind | 'slots'; in: 'pack' | 'list' | 'template' };
  too_deep: { maximum: number; in: 'pack' | 'quiz' };
  /** A file past its size limit. */
  too_large: { megabytes: number; of: 'pack' | 'quiz' };
  empty: { of: TextKind | 'classes' | 'objects' | 'option-id' };
  /** A number out of its allowed range: a fact's weight, an "about" number's tolerance, a number too large to compare. */
  out_of_range:
    | { of: 'weight'; value: number; maximum: number }
    | { of: 'tolerance'; value: number; around: number | string }
    | { of: 'exact-number'; value: number; maximum: number };
  negative_zero: Record<string, never>;
  too_many_decimals: { value: number; maximum: number };
  invalid_language_tag: { received: ValueWords };
  url_credentials: Record<string, never>;
  /** A date not written in its precision's form (YYYY-MM-DD for a day). */
  date_shape: { precision: 'day' | 'month' | 'season' | 'year'; received: ValueWords };
  date_not_real: { date: string };
  range_end_before_start: { start: string; end: string };
  invalid_json: { line: number; column: number; expected: JsonToken; found: ValueWords | { kind: 'end' } };
  /** An id that names nothing of its kind. */
  unknown_reference: { value: ValueWords; to: Thing | 'option' };
  duplicate_id: { id: ValueWords; of: Thing | 'question' | 'option' };
  /** A property that applies only elsewhere: `reverse` needs `inverse: one`, `tolerance` an "about" number… */
  not_applicable: {
    property: 'reverse' | 'multiple' | 'plural' | 'after' | 'before' | 'tolerance' | 'season' | 'quotes';
  };
  /** A key of a relation's object type that belongs to other types. */
  wrong_object_type: { key: string; types: ObjectType[]; takes: ObjectType };
  bounds_wrong_type: { relation: string; takes: ObjectType };
  object_or_objects: Record<string, never>;
  one_object_relation: { relation: string };
  question_mark: Record<string, never>;
  unfilled_slot: { slot: string; fills: string[] };
  missing_slot: { slot: string };
  parent_loop: { parent: ValueWords };
  repeated_class: { class: ValueWords };
  repeated_object: { earlier: string };
  repeated_fact: { subject: string; relation: string; earlier: number };
  second_subject: { object: ObjectWords; relation: string; earlier: number };
  same_label: { label: ValueWords; earlier: number; class: string };
  class_mismatch: { entity: ValueWords; classes: string[]; relation: string; takes: string };
  excluded_answer: { object: ObjectWords; earlier: string; stated: 'true' | 'false' };
  quote_count: { quotes: number; objects: number };
  no_date_fact: { fact: ValueWords };
  /** Bounds that leave distractors nowhere to fall. */
  bounds_empty: { kind: 'numbers'; min: number; max: number } | { kind: 'dates' | 'after-before' };
  outside_bounds: { at: string; reason: OutsideReason };
  quote_omission_only: Record<string, never>;
  quote_not_found: { source: ValueWords; part?: { index: number; count: number; text: ValueWords } };
  source_text_not_found: { source: ValueWords; file: ValueWords; location?: string };
  /** A quiz question's answer that doesn't fit its options or kind. */
  invalid_answer: { rule: 'repeated' | 'order' | 'none' } | { rule: 'one'; kind: string; count: number };
  /** The checker failed, or the pack could not be copied: `error` is the error's own text. */
  check_failed: { of: 'pack' | 'copy'; error: ValueWords } | { of: 'quiz'; error: string };
  more_problems: { count: number };
  /** Quiz errors (`QuizError`): an option out of range, unknown kinds or difficulty, a pack too small. */
  option_out_of_range: { option: 'count' | 'options' | 'versions'; value: string; minimum: number; maximum?: number };
  option_unknown: { option: 'kinds' | 'difficulty'; value: string; options: string[] };
  too_few_questions: { pack: string; made: number; kinds: string[]; difficulty: string; options: number };
}

export type ProblemCode = keyof ProblemParams;
export type ParamsOf<C extends ProblemCode> = ProblemParams[C];

/** A code with its params, one of each code: what `PackProblem` and `QuizError` carry. */
export type ProblemData = { [C in ProblemCode]: { code: C; params: ParamsOf<C> } }[ProblemCode];

/** A sentence per code: a language without one for some code does not compile. */
export type ProblemWords = { readonly [C in ProblemCode]: (params: ParamsOf<C>) => string };

/** The sentence of a problem in the language of `words`. */
export function problemMessage<C extends ProblemCode>(problem: { readonly code: C; readonly params: ParamsOf<C> }, words: ProblemWords): string {
  // One code's params go to that code's sentence; TypeScript can't follow the pairing of a union.
  return (words[problem.code] as (params: ParamsOf<C>) => string)(problem.params);
}
