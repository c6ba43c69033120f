/**
 * Pack problems, quiz problems and quiz errors in English: the `message` every problem
 * carries, and what the CLI prints. Values are shown as short escaped excerpts.
 */
import type { Expected, JsonToken, ObjectWords, OutsideReason, ParamsOf, ProblemWords, TextKind, ValueWords } from '../problem-types.js';

/** Counts as en-GB writes them: 1,000,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** `a venue`, `an event`: class ids read as nouns. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A text's excerpt in quotes, with its length when cut. */
function excerpt(text: { shown: string; cut: boolean; length: number }): string {
  return text.cut ? `"${text.shown}…" (${formatCount(text.length)} characters)` : `"${text.shown}"`;
}

/** What a wrong value is, in words. */
export function describeValue(value: ValueWords): string {
  switch (value.kind) {
    case 'missing':
      return 'missing';
    case 'null':
      return 'null';
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'huge-number':
      return 'a number too large to write (such as 1e400)';
    case 'text':
      return `the text ${excerpt(value)}`;
    case 'number':
      return `the number ${String(value.value)}`;
    case 'boolean':
      return String(value.value);
    case 'other':
      return `a ${value.type}`;
  }
}

/** A value as messages name it: a text as its excerpt, else what it is. */
export function quotedValue(value: ValueWords): string {
  return value.kind === 'text' ? excerpt(value) : describeValue(value);
}

function objectName(object: ObjectWords): string {
  if (object.kind === 'bare-number') return String(object.value);
  if (object.kind === 'qualified') return `${object.qualifier} ${String(object.value)}`;
  return quotedValue(object);
}

/** `"a", "b" or "c"`. */
function orList(options: readonly string[], quote = '"'): string {
  const quoted = options.map((o) => `${quote}${o}${quote}`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

const MUST: Record<Exclude<Expected, TextKind>, string> = {
  list: 'be a list',
  object: 'be an object',
  boolean: 'be true or false',
  number: 'be a number',
  'finite-number': 'be a finite number',
  id: 'be an id of lower-case letters, digits and dashes',
  'http-url': 'be an http or https address',
  'source-file': 'be the name of a file in the sources/ folder beside the pack (no folders)',
  'object-type': 'describe the type of the objects, e.g. {"type": "entity", "class": "venue"}',
  templates: 'hold the question and statement wording',
  preposition: 'be true or false (false: "{object}" is the bare date, as in "dated {object}")',
  'number-object': 'be a number, or a number with a qualifier such as {"value": 80, "qualifier": "about"}',
  'date-object': 'be a date such as {"date": "2025-09-17", "precision": "day"}',
  season: 'be "spring", "summer", "autumn" or "winter" for a season',
  'range-end': 'be a real day written YYYY-MM-DD ending a range of days',
  day: 'be a real date written YYYY-MM-DD',
  'bound-day': 'be a real day written YYYY-MM-DD (this relation takes dates)',
  cardinality: 'be "one" (a subject has one true object) or "many"',
  bounds: 'be an object such as {"min": 0, "max": 100}',
  'list-of-names': 'be a list of names',
  'list-of-classes': 'be a list of classes',
  'list-of-objects': 'be a list of objects',
  'list-of-quotes': 'be a list of quotes',
  'class-id': 'be the id of a class',
  'entity-id': 'be the id of an entity',
  'relation-id': 'be the id of a relation',
  'source-id': 'be the id of a source',
  'fact-id': 'be the id of a fact',
  'quiz-pack': 'be an object with id, title and lang',
  'quiz-questions': 'be a list of at least one question',
  'quiz-question': 'be a question (an object)',
  'quiz-texts': 'be a list of texts',
  'quiz-sources': 'be a list of sources',
  'quiz-options': 'be a list of at least two options',
  'quiz-option': 'be an option { id, text }',
  'quiz-source': 'be a source { id, title, quote }',
  'quiz-url': 'be an http or https address without a user name or password',
};

const TEXT_KINDS: readonly TextKind[] = ['text', 'title', 'description', 'language tag', 'publisher', 'unit', 'template', 'label', 'name', 'note', 'quote'];

function must(expected: Expected): string {
  return (TEXT_KINDS as readonly string[]).includes(expected) ? `be a ${expected}` : MUST[expected as Exclude<Expected, TextKind>];
}

const JSON_TOKENS: Record<JsonToken, string> = {
  'closing-quote': 'a closing quote',
  value: 'a value',
  'value-or-]': 'a value or "]"',
  name: 'a name in quotes',
  'name-or-}': 'a name in quotes or "}"',
  ':': '":"',
  ',-or-]': '"," or "]"',
  ',-or-}': '"," or "}"',
  end: 'the end of the text',
};

/** Where a text stops being JSON: "line 3, column 7: expected "," or "}", found "x"". */
export function jsonErrorPlace({ line, column, expected, found }: ParamsOf<'invalid_json'>): string {
  return `line ${String(line)}, column ${String(column)}: expected ${JSON_TOKENS[expected]}, found ${found.kind === 'end' ? 'the end of the text' : quotedValue(found)}`;
}

const OWNERS = {
  pack: 'a pack',
  source: 'a source',
  class: 'a class',
  entity: 'an entity',
  relation: 'a relation',
  'object-type': 'an object type',
  templates: 'the templates',
  number: 'a number',
  date: 'a date',
  bounds: 'bounds',
  fact: 'a fact',
} as const;

const PLURAL_TYPES = { entity: 'entities', date: 'dates', number: 'numbers', text: 'texts' } as const;

function outside(reason: OutsideReason): string {
  switch (reason.kind) {
    case 'below-min':
      return `${String(reason.value)} is below min ${String(reason.bound)}`;
    case 'above-max':
      return `${String(reason.value)} is above max ${String(reason.bound)}`;
    case 'before-min':
      return 'it is before min';
    case 'after-max':
      return 'it is after max';
    case 'not-after':
      return 'it is not after the date of "after"';
    case 'not-before':
      return 'it is not before the date of "before"';
  }
}

const NOT_APPLICABLE = {
  reverse: 'asks for the subject, which needs "inverse": "one" (each object has exactly one subject).',
  multiple: 'is a select-all instruction, which needs "cardinality": "many".',
  plural: 'is the statement for several objects, which needs "cardinality": "many".',
  after: 'is only for date relations: bound numbers with "min" and "max".',
  before: 'is only for date relations: bound numbers with "min" and "max".',
  tolerance: 'is only for "about" numbers: "over", "under", "at-least" and "at-most" are bounds already.',
  season: 'is only for dates of the precision "season".',
  quotes: 'is only for facts with "objects": one quote per object, in the same order.',
} as const;

const MISSING = {
  'question-template': 'is missing: every relation needs a question template.',
  'statement-template': 'is missing: every relation needs a statement template.',
  'closed-note': 'is missing: a closed relation needs a note saying why the pack lists every true object.',
  'source-text': 'is missing: name the file of the article\'s text, so that quotes can be checked word for word.',
} as const;

const DATE_SHAPES = { day: 'YYYY-MM-DD', month: 'YYYY-MM', season: 'YYYY', year: 'YYYY' } as const;

export const problems: ProblemWords = {
  invalid_type: ({ expected, received }) => `must ${must(expected)}, but is ${describeValue(received)}.`,
  invalid_enum: ({ options, received }) => `must be ${orList(options)}, but is ${describeValue(received)}.`,
  not_one_of: ({ options, received }) => `must be one of ${options.join(', ')}, but is ${describeValue(received)}.`,
  root_type: ({ of, received }) => (of === 'pack' ? `A pack must be a JSON object, but this is ${describeValue(received)}.` : `A quiz must be an object, but this is ${describeValue(received)}.`),
  missing: ({ what }) => MISSING[what],
  unknown_key: ({ key, of, allowed }) => `${quotedValue(key)} is not a property of ${OWNERS[of]} (it may be misspelt; allowed: ${allowed.join(', ')}).`,
  forbidden_key: ({ key, in: where }) => `"${key}" is not allowed as a key anywhere in a ${where}.`,
  too_long: ({ length, maximum, of }) => {
    if (of === 'source-text') return `names a text of ${formatCount(length)} characters: quotes are checked against texts of at most ${formatCount(maximum)}.`;
    const noun = of === 'pack-text' ? 'a text in a pack' : of === 'id' ? 'an id' : `a ${of}`;
    return `is ${formatCount(length)} characters long: ${noun} may have at most ${formatCount(maximum)}.`;
  },
  too_many: ({ count, maximum, of, in: where }) => {
    if (where === 'template') return `names ${String(count)} ${of}: a template may name at most ${String(maximum)}.`;
    if (where === 'pack') return `holds ${formatCount(count)} ${of}: a pack may hold at most ${formatCount(maximum)}.`;
    return `lists ${formatCount(count)} ${of}: at most ${formatCount(maximum)} are allowed in one list.`;
  },
  too_deep: ({ maximum, in: where }) => `is nested deeper than ${String(maximum)} levels of lists and objects: a ${where} needs only a few.`,
  too_large: ({ megabytes, of }) => (of === 'pack' ? `is larger than ${String(megabytes)} MB, the most a pack may be.` : `The quiz is larger than ${String(megabytes)} MB: a quiz may be at most that.`),
  empty: ({ of }) => {
    if (of === 'classes') return 'is an empty list: give the id of the entity\'s class, or a list of them.';
    if (of === 'objects') return 'is an empty list: give at least one object.';
    if (of === 'option-id') return 'must not be empty.';
    return `is empty: write the ${of}.`;
  },
  out_of_range: (p) => {
    if (p.of === 'weight') return `must be more than 0 and at most ${String(p.maximum)} (1 is the usual weight), but is ${String(p.value)}.`;
    if (p.of === 'tolerance') return `must be more than 0 (how far the true value may be from ${String(p.around)}), but is ${String(p.value)}.`;
    return `${String(p.value)} is too large to compare exactly: numbers must lie between -${formatCount(p.maximum)} and ${formatCount(p.maximum)}.`;
  },
  negative_zero: () => 'is -0: write 0.',
  too_many_decimals: ({ value, maximum }) => `${String(value)} has more than ${String(maximum)} decimals: round it.`,
  invalid_language_tag: ({ received }) => `${quotedValue(received)} is not a language tag such as "en-GB".`,
  url_credentials: () => 'holds a user name or password: remove them from the address.',
  date_shape: ({ precision, received }) => `must be written ${DATE_SHAPES[precision]} for the precision "${precision}", but is ${describeValue(received)}.`,
  date_not_real: ({ date }) => `"${date}" is not a date that exists.`,
  range_end_before_start: ({ start, end }) => `"${end}" does not come after the start "${start}".`,
  invalid_json: (place) => `not valid JSON: ${jsonErrorPlace(place)}.`,
  unknown_reference: ({ value, to }) => (to === 'option' ? `${quotedValue(value)} is not the id of one of the question's options.` : `${quotedValue(value)} is not ${withArticle(to)} of this pack.`),
  duplicate_id: ({ id, of }) => {
    if (of === 'question' || of === 'option') return `${quotedValue(id)} is the id of an earlier ${of}: ${of} ids must be unique.`;
    return `${quotedValue(id)} is the id of an earlier ${of}: ids must be unique.`;
  },
  not_applicable: ({ property }) => NOT_APPLICABLE[property],
  wrong_object_type: ({ types, takes }) => `is only for ${types.join(' or ')} relations, and this one takes ${PLURAL_TYPES[takes]}.`,
  bounds_wrong_type: ({ relation, takes }) => `bounds are only for number and date relations, and relation "${relation}" takes ${PLURAL_TYPES[takes]}.`,
  object_or_objects: () => 'give either "object" (one true object) or "objects" (a list), not both or neither.',
  one_object_relation: ({ relation }) => `relation "${relation}" has one true object per subject: use "object".`,
  question_mark: () => 'must be a complete question ending with "?".',
  unfilled_slot: ({ slot, fills }) => `names the slot {${slot}}, which this template does not fill (it fills ${fills.map((s) => `{${s}}`).join(' and ')}).`,
  missing_slot: ({ slot }) => `must name the slot {${slot}}.`,
  parent_loop: ({ parent }) => `${quotedValue(parent)} makes a loop of parent classes.`,
  repeated_class: (p) => `repeats the class ${quotedValue(p.class)}.`,
  repeated_object: ({ earlier }) => `repeats the object at ${earlier}: an object is either true or false, once.`,
  repeated_fact: ({ subject, relation, earlier }) => `repeats subject "${subject}" and relation "${relation}" of facts[${String(earlier)}], which has one true object: merge them.`,
  second_subject: ({ object, relation, earlier }) => `gives ${objectName(object)} a second subject, but relation "${relation}" has "inverse": "one" (facts[${String(earlier)}] has it already).`,
  same_label: (p) => `${quotedValue(p.label)} reads the same as the label of entities[${String(p.earlier)}], of the same class "${p.class}": labels may repeat only across classes.`,
  class_mismatch: ({ entity, classes, relation, takes }) => `${quotedValue(entity)} is ${classes.map(withArticle).join(' and ')}, but relation "${relation}" takes ${withArticle(takes)}.`,
  excluded_answer: ({ object, earlier, stated }) => (stated === 'true'
    ? `${objectName(object)} is a true object of this fact (${earlier}): only objects that are not the answer can be excluded.`
    : `${objectName(object)} is stated false by this fact (${earlier}): an object is either stated false or excluded, not both.`),
  quote_count: ({ quotes, objects }) => `has ${String(quotes)} quotes for ${String(objects)} objects: give one quote per object, in the same order.`,
  no_date_fact: ({ fact }) => `fact ${quotedValue(fact)} has no date to compare with: "after" and "before" name a fact of a date relation with one date as its "object".`,
  bounds_empty: (p) => {
    if (p.kind === 'numbers') return `${String(p.max)} is less than min ${String(p.min)}: distractors would have nowhere to fall.`;
    if (p.kind === 'dates') return 'comes before min: distractors would have nowhere to fall.';
    return 'leaves no day strictly between the dates of "after" and "before": distractors would have nowhere to fall.';
  },
  outside_bounds: ({ at, reason }) => `lies outside the bounds at ${at} (${outside(reason)}): a true object must lie inside them.`,
  quote_omission_only: () => 'has no words besides "…": copy the words from the article.',
  quote_not_found: ({ source, part }) => {
    if (part === undefined) return `is not in the text of source ${quotedValue(source)} word for word: copy it from the article.`;
    const after = part.index === 1 ? '' : ` after part ${String(part.index - 1)}`;
    return `part ${String(part.index)} of ${String(part.count)}, ${quotedValue(part.text)}, is not in the text of source ${quotedValue(source)} word for word${after}: copy each part between "…" from the article, in order.`;
  },
  source_text_not_found: ({ source, file, location }) => `the text of source ${quotedValue(source)} can't be found: looked for ${quotedValue(file)}${location === undefined ? '' : ` in ${location}`}.`,
  invalid_answer: (p) => {
    if (p.rule === 'one') return `must name exactly one option for a ${p.kind} question, but names ${String(p.count)}.`;
    if (p.rule === 'repeated') return 'names an option twice.';
    if (p.rule === 'order') return 'must name every option once, in the right order, for an order question.';
    return 'must name at least one option.';
  },
  check_failed: (p) => {
    if (p.of === 'quiz') return `The quiz could not be checked (${p.error}).`;
    if (p.of === 'copy') return `The pack could not be copied: it must be plain JSON data (${quotedValue(p.error)}).`;
    return `The pack could not be checked (${quotedValue(p.error)}).`;
  },
  more_problems: ({ count }) => `…and ${formatCount(count)} more problem${count === 1 ? '' : 's'}, not listed: fix these first.`,
  option_out_of_range: ({ option, value, minimum, maximum }) => `${option} must be a whole number ${maximum === undefined ? `of at least ${String(minimum)}` : `from ${String(minimum)} to ${String(maximum)}`}, not ${value}.`,
  option_unknown: ({ option, value, options }) => `${option} must be ${option === 'kinds' ? 'some' : 'one'} of ${options.join(', ')}, not "${value}".`,
  too_few_questions: ({ pack, made, kinds, difficulty, options }) =>
    `The pack "${pack}" can make only ${String(made)} independent questions of the kinds ${kinds.join(', ')} at difficulty ${difficulty} with ${String(options)} options; ask for ${String(made)} or fewer, or allow more kinds.`,
};
