import type {
  DatePrecision,
  DateValue,
  Pack,
  PackProblem,
  Relation,
  ValidationResult,
} from './pack.js';
import { dayNumber, daysInMonth, isRealDate } from './calendar.js';
import { foldQuote, foldText } from './text.js';
import {
  MAX_CLASSES,
  MAX_DECIMALS,
  MAX_DEPTH,
  MAX_ENTITIES,
  MAX_EXCERPT_LENGTH,
  MAX_FACTS,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_OBJECTS_PER_FACT,
  MAX_PROBLEMS,
  MAX_RELATIONS,
  MAX_SOURCE_TEXT_LENGTH,
  MAX_SOURCES,
  MAX_STRING_LENGTH,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATE_SLOTS,
} from './limits.js';

export interface ValidatePackOptions {
  /**
   * Returns the text of a source file named by `Source.text` (a file in the `sources/`
   * folder beside the pack), or undefined when it can't be found. Quotes are checked word
   * for word only against texts it returns.
   */
  sourceText?: (fileName: string) => string | undefined;
  /**
   * Every quote must be checked: a source without `text`, or whose text `sourceText`
   * can't find, is a problem at `sources[i].text`. The CLI sets it unless `--no-quotes`.
   * Default false: quotes are checked wherever a text is found, and skipped elsewhere.
   */
  requireSourceTexts?: boolean;
  /**
   * Where `sourceText` looks for a file, for the message when it finds nothing:
   * `(file) => '/home/ana/packs/sources'` makes
   * `the text of source "times" can't be found: looked for "times.txt" in /home/ana/packs/sources.`
   */
  describeLocation?: (fileName: string) => string;
}

type Json = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const SLOT = /\{([^{}]*)\}/g;
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;
/** Characters a message shows escaped: controls, invisible format marks (bidi, BOM), lone surrogates, line separators. */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
/** `…` or `...` in a quote stands for words left out. */
const OMISSION = /…|\.{3,}/;
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'season', 'year'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const QUALIFIERS = ['about', 'over', 'under', 'at-least', 'at-most'];
const MAX_WEIGHT = 10;
const PLURAL_TYPES = { entity: 'entities', date: 'dates', number: 'numbers', text: 'texts' } as const;
const DATE_SHAPE: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  season: /^\d{4}$/,
  year: /^\d{4}$/,
};

/** Which slots each template may name, and which it must name. */
const TEMPLATE_SLOTS: Record<string, { may: string[]; must: string[] }> = {
  question: { may: ['subject'], must: ['subject'] },
  statement: { may: ['subject', 'object'], must: ['subject', 'object'] },
  reverse: { may: ['object'], must: ['object'] },
  multiple: { may: ['subject'], must: ['subject'] },
  event: { may: ['subject'], must: ['subject'] },
  plural: { may: ['subject', 'object'], must: ['subject', 'object'] },
};

/** The properties each kind of object may have; `test/unit/schema.test.ts` holds the JSON Schema to the same lists. */
export const KEYS = {
  pack: ['$schema', 'format', 'id', 'title', 'lang', 'asOf', 'description', 'sources', 'classes', 'entities', 'relations', 'facts'],
  source: ['id', 'title', 'publisher', 'url', 'text'],
  class: ['id', 'label', 'parent'],
  entity: ['id', 'label', 'class', 'aliases', 'note'],
  relation: ['id', 'object', 'cardinality', 'closed', 'inverse', 'subjectClass', 'templates', 'bounds', 'exclude', 'note'],
  templates: Object.keys(TEMPLATE_SLOTS),
  objectType: ['type', 'class', 'unit', 'unitPlural', 'preposition'],
  fact: ['id', 'subject', 'relation', 'object', 'objects', 'falseObjects', 'source', 'quote', 'quotes', 'exclude', 'bounds', 'weight', 'topic', 'note'],
  date: ['date', 'end', 'precision', 'season', 'inferredYear', 'asWritten'],
  number: ['value', 'qualifier', 'tolerance'],
  bounds: ['min', 'max', 'after', 'before'],
} as const satisfies Record<string, readonly string[]>;

/** The properties of a relation's `object` for each type. */
export const OBJECT_TYPE_KEYS = {
  entity: ['type', 'class'],
  date: ['type', 'preposition'],
  number: ['type', 'unit', 'unitPlural'],
  text: ['type'],
} as const satisfies Record<string, readonly string[]>;

/** Where distractors may fall, in numbers or day numbers: the span of a true object must reach inside. */
interface Window {
  min?: number;
  max?: number;
  /** Last day of the fact named by `after`. */
  after?: number;
  /** First day of the fact named by `before`. */
  before?: number;
  /** Where the bounds were given, for messages. */
  at: string;
}

/**
 * Checks that a JSON value is a fact pack and returns it typed, or the problems
 * found, each with its JSON path and a sentence a teacher understands: at most
 * `MAX_PROBLEMS`, then one that counts the rest. Never throws and never changes
 * `json`, however large or deeply nested; the returned pack is a copy.
 *
 * @example
 * const result = validatePack(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validatePack(json: unknown, options: ValidatePackOptions = {}): ValidationResult {
  const problems = new ProblemList();
  try {
    new PackChecker(problems, options).check(json);
  } catch (error) {
    // A checker bug must not become a teacher's crash: report it as a problem instead.
    problems.add('', `The pack could not be checked (${errorText(error)}).`);
  }
  if (problems.total > 0) return { ok: false, problems: problems.list() };
  try {
    return { ok: true, pack: structuredClone(json) as Pack, problems: [] };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The pack could not be copied: it must be plain JSON data (${errorText(error)}).` }] };
  }
}

/**
 * At most `max` problems, then one more that says how many were left out, so that every
 * front end (CLI, element, classroom page) shows a page of problems, not a book.
 */
export function capProblems(problems: readonly PackProblem[], max = MAX_PROBLEMS): PackProblem[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), moreProblems(problems.length - max)];
}

function moreProblems(count: number): PackProblem {
  return { path: '', message: `…and ${formatCount(count)} more problem${count === 1 ? '' : 's'}, not listed: fix these first.` };
}

/** Collects problems, keeping only the first `MAX_PROBLEMS` (100,000 bad facts must not make 100,000 objects). */
class ProblemList {
  private readonly kept: PackProblem[] = [];
  total = 0;

  add(path: string, message: string): void {
    this.total += 1;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ path, message });
  }

  list(): PackProblem[] {
    return this.total > this.kept.length ? [...this.kept, moreProblems(this.total - this.kept.length)] : [...this.kept];
  }
}

/**
 * A short, quoted, escaped excerpt of a text for a message: at most `max` characters,
 * then `…` and the length; controls, bidi marks and lone surrogates shown as `\u{…}`.
 */
export function excerpt(text: string, max = MAX_EXCERPT_LENGTH): string {
  const { shown, cut } = head(text, max);
  return cut ? `"${shown}…" (${formatCount(text.length)} characters)` : `"${shown}"`;
}

/** The first `max` characters of a text, escaped, with `…` when cut. */
function escaped(text: string, max: number): string {
  const { shown, cut } = head(text, max);
  return cut ? `${shown}…` : shown;
}

/** Only the head of a text is read and escaped, so a 10 MB value costs no more than a short one. */
function head(text: string, max: number): { shown: string; cut: boolean } {
  const chars = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return { shown: chars.slice(0, max).map(escapeChar).join(''), cut: chars.length > max };
}

function escapeChar(char: string): string {
  if (char === '"') return '\\"';
  if (char === '\\') return '\\\\';
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (!UNSAFE_CHAR.test(char)) return char;
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}

/** What a wrong value is, in words, never longer than a short excerpt. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${excerpt(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${String(value)}` : 'a number too large to write (such as 1e400)';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** `http://` or `https://` and a host without `@`, as the pack schema's `url` pattern says. */
const HTTP_URL = /^https?:\/\/[^/?#@]+(?:[/?#]|$)/u;

/**
 * The one rule for links, in packs, quizzes, the element and every export: only http(s)
 * links written in full (`http:foo` is not one), that a browser parses, without a user
 * name or password. No javascript:, data: or file: URLs.
 */
export function isHttpUrl(text: unknown): text is string {
  if (typeof text !== 'string' || !HTTP_URL.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** `https://user:pass@host`: a link that would show a password to every reader. */
function hasCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/** A value as messages name it: a short escaped excerpt of a text, else what it is. */
function quoted(value: unknown): string {
  return typeof value === 'string' ? excerpt(value) : describe(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

/** `a venue`, `an event`: class ids read as nouns in messages. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

function errorText(error: unknown): string {
  try {
    return excerpt(error instanceof Error ? error.message : String(error), 120);
  } catch {
    return 'unknown error';
  }
}

/** The path of `key` inside `path`: `facts[3].object`, or `facts[3]["odd key"]` for keys that are not names. */
function keyPath(path: string, key: string): string {
  if (PLAIN_KEY.test(key) && key.length <= MAX_ID_LENGTH) return path === '' ? key : `${path}.${key}`;
  return `${path}[${excerpt(key)}]`;
}

/** The classes an entity declares, one or several. */
function classesOf(entity: Json | undefined): string[] {
  const value = entity?.class;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}

/** One key per object, as the engine compares them: "about 80" and 80 are one number. */
function valueKey(value: unknown): string {
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'number') return `n:${String(value)}`;
  if (isObject(value) && 'value' in value) return `n:${String(value.value)}`;
  if (isObject(value)) return ['d', value.date, value.end, value.precision, value.season].map((v) => (typeof v === 'string' ? v : '')).join(':');
  return `?:${String(value)}`;
}

/** First and last day a date object covers, or undefined when it is not a valid date. */
function daySpan(value: unknown): [number, number] | undefined {
  if (!isObject(value) || typeof value.date !== 'string' || typeof value.precision !== 'string') return undefined;
  const { date, precision } = value;
  if (!PRECISIONS.includes(precision as DatePrecision) || !DATE_SHAPE[precision as DatePrecision].test(date) || !isRealDate(date)) return undefined;
  const start = dayNumber(date);
  if (precision === 'day') return [start, typeof value.end === 'string' && isRealDate(value.end) ? dayNumber(value.end) : start];
  const year = Number(date.slice(0, 4));
  if (precision === 'month') return [start, start + daysInMonth(year, Number(date.slice(5, 7))) - 1];
  // A winter runs into the next year's February.
  return [start, dayNumber(`${String(year + 1)}-${value.season === 'winter' ? '03' : '01'}-01`) - 1];
}

/** Texts shorter than this are searched directly; longer ones get an index of their grams. */
const INDEXED_TEXT_LENGTH = 20_000;
const GRAM = 4;

/**
 * A source text that thousands of quotes are looked up in: positions of every
 * 4-character gram, so that a quote is tried only where its rarest gram occurs
 * (5,000 quotes in a 1 MB text: seconds with plain indexOf).
 */
class QuoteSearch {
  private grams: Map<number, number[]> | undefined;

  constructor(private readonly text: string) {}

  /** Where `part` first occurs at or after `from`, or -1, like `String#indexOf`. */
  indexOf(part: string, from: number): number {
    if (part.length < GRAM || this.text.length < INDEXED_TEXT_LENGTH) return this.text.indexOf(part, from);
    const grams = this.index();
    let places: number[] = [];
    let offset = -1;
    for (let i = 0; i + GRAM <= part.length; i++) {
      const found = grams.get(gramAt(part, i)) ?? [];
      if (offset < 0 || found.length < places.length) [places, offset] = [found, i];
      if (found.length === 0) return -1;
    }
    // The first place of that gram at or after `from`, by bisection.
    let low = 0;
    let high = places.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((places[mid] ?? 0) < from + offset) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < places.length; k++) {
      const start = (places[k] ?? 0) - offset;
      if (this.text.startsWith(part, start)) return start;
    }
    return -1;
  }

  private index(): Map<number, number[]> {
    if (this.grams !== undefined) return this.grams;
    const grams = new Map<number, number[]>();
    for (let i = 0; i + GRAM <= this.text.length; i++) {
      const key = gramAt(this.text, i);
      const list = grams.get(key);
      if (list === undefined) grams.set(key, [i]);
      else list.push(i);
    }
    this.grams = grams;
    return grams;
  }
}

/** A number for the 4 characters at `i` (collisions only add places to try). */
function gramAt(text: string, i: number): number {
  return ((text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) * 31 + text.charCodeAt(i + 2)) * 31 + text.charCodeAt(i + 3);
}

class PackChecker {
  private readonly classes = new Map<string, Json>();
  private readonly entities = new Map<string, Json>();
  private readonly relations = new Map<string, Json>();
  private readonly sources = new Map<string, Json>();
  private readonly facts = new Map<string, Json>();
  /** Lists too long to check item by item: reported once, then skipped. */
  private readonly overLimit = new Set<string>();
  private readonly ancestorsOf = new Map<string, Set<string>>();
  private readonly relationWindows = new Map<string, Window | undefined>();
  private readonly texts = new Map<string, { search?: QuoteSearch; length?: number }>();

  constructor(
    private readonly problems: ProblemList,
    private readonly options: ValidatePackOptions,
  ) {}

  check(json: unknown): void {
    if (!isObject(json)) {
      this.problem('', `A pack must be a JSON object, but this is ${describe(json)}.`);
      return;
    }
    this.structure(json);
    this.unknownKeys('', json, KEYS.pack, 'a pack');
    if (json.format !== 'fact-quiz/pack@1') {
      this.problem('format', `must be "fact-quiz/pack@1", but is ${describe(json.format)}.`);
    }
    this.id('id', json.id);
    this.text('title', json.title, 'title');
    this.lang('lang', json.lang);
    if (typeof json.asOf !== 'string' || !DATE_SHAPE.day.test(json.asOf) || !isRealDate(json.asOf)) {
      this.problem('asOf', `must be a real date written YYYY-MM-DD, but is ${describe(json.asOf)}.`);
    }
    if (json.description !== undefined) this.text('description', json.description, 'description');

    // Declarations first, so that facts and bounds can refer to anything declared anywhere.
    this.list(json, 'sources', MAX_SOURCES, (s, path) => { this.source(s, path); });
    this.list(json, 'classes', MAX_CLASSES, (c, path) => { this.declare(this.classes, c, path, 'class'); });
    this.list(json, 'entities', MAX_ENTITIES, (e, path) => { this.declare(this.entities, e, path, 'entity'); });
    this.list(json, 'relations', MAX_RELATIONS, (r, path) => { this.declare(this.relations, r, path, 'relation'); });
    this.list(json, 'facts', MAX_FACTS, (f, path) => { this.declare(this.facts, f, path, 'fact'); });
    this.each(json, 'classes', (c, path) => { this.entityClass(c, path); });
    this.each(json, 'entities', (e, path) => { this.entity(e, path); });
    this.sameLabels(json);
    this.each(json, 'relations', (r, path) => { this.relation(r, path); });
    this.each(json, 'facts', (f, path) => { this.fact(f, path); });
    if (this.problems.total === 0) this.contradictions(json.facts as Json[]);
  }

  /** Facts that contradict what their relation promises: two objects of a `one`, two subjects of an `inverse: one`. */
  private contradictions(facts: Json[]): void {
    const objectOf = new Map<string, number>();
    const subjectOf = new Map<string, { subject: unknown; at: number }>();
    facts.forEach((fact, i) => {
      const relation = this.relations.get(fact.relation as string);
      if (relation === undefined) return;
      const pair = `${String(fact.subject)}\u241F${String(fact.relation)}`;
      const earlier = objectOf.get(pair);
      if (relation.cardinality === 'one' && earlier !== undefined) {
        this.problem(`facts[${String(i)}]`, `repeats subject "${String(fact.subject)}" and relation "${String(fact.relation)}" of facts[${String(earlier)}], which has one true object: merge them.`);
      }
      objectOf.set(pair, i);
      if (relation.inverse !== 'one') return;
      const objects = fact.objects ?? [fact.object];
      for (const object of Array.isArray(objects) ? (objects as unknown[]) : []) {
        const key = `${String(fact.relation)}\u241F${valueKey(object)}`;
        const holder = subjectOf.get(key);
        if (holder !== undefined && holder.subject !== fact.subject) {
          this.problem(`facts[${String(i)}]`, `gives ${this.objectName(object)} a second subject, but relation "${String(fact.relation)}" has "inverse": "one" (facts[${String(holder.at)}] has it already).`);
        }
        subjectOf.set(key, { subject: fact.subject, at: i });
      }
    });
  }

  private problem(path: string, message: string): void {
    this.problems.add(path, message);
  }

  /**
   * One walk over everything, checked or not, without recursion: keys that can poison
   * objects (`__proto__`, `constructor`, `prototype`), nesting past `MAX_DEPTH` and
   * strings past `MAX_STRING_LENGTH`. Deeper values are reported, never entered.
   */
  private structure(root: unknown): void {
    const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
    // Shared or looping references (possible from code, never from JSON) are walked once.
    const seen = new Set<object>();
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const { value, path, depth } = item;
      if (typeof value === 'string') {
        if (value.length > MAX_STRING_LENGTH) this.problem(path, `is ${formatCount(value.length)} characters long: a text in a pack may have at most ${formatCount(MAX_STRING_LENGTH)}.`);
        continue;
      }
      if (typeof value !== 'object' || value === null || seen.has(value)) continue;
      seen.add(value);
      if (depth >= MAX_DEPTH) {
        this.problem(path, `is nested deeper than ${String(MAX_DEPTH)} levels of lists and objects: a pack needs only a few.`);
        continue;
      }
      if (Array.isArray(value)) {
        value.forEach((v: unknown, i) => stack.push({ value: v, path: `${path}[${String(i)}]`, depth: depth + 1 }));
        continue;
      }
      for (const key of Object.keys(value)) {
        const at = keyPath(path, key);
        if (FORBIDDEN_KEYS.has(key)) this.problem(at, `"${key}" is not allowed as a key anywhere in a pack.`);
        else stack.push({ value: (value as Json)[key], path: at, depth: depth + 1 });
      }
    }
  }

  private unknownKeys(path: string, value: Json, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && !FORBIDDEN_KEYS.has(key)) {
        this.problem(keyPath(path, key), `${excerpt(key)} is not a property of ${what} (it may be misspelt; allowed: ${allowed.join(', ')}).`);
      }
    }
  }

  /** Calls `visit` on every object of the list at `json[key]`, reporting what is not one, and a list past its limit. */
  private list(json: Json, key: string, max: number, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value)) {
      this.problem(key, `must be a list, but is ${describe(value)}.`);
      return;
    }
    if (value.length > max) {
      this.overLimit.add(key);
      this.problem(key, `holds ${formatCount(value.length)} ${key}: a pack may hold at most ${formatCount(max)}.`);
      return;
    }
    value.forEach((item: unknown, i) => {
      const path = `${key}[${String(i)}]`;
      if (isObject(item)) visit(item, path);
      else this.problem(path, `must be an object, but is ${describe(item)}.`);
    });
  }

  /** Like `list` but silent about shapes and limits already reported. */
  private each(json: Json, key: string, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value) || this.overLimit.has(key)) return;
    value.forEach((item: unknown, i) => {
      if (isObject(item)) visit(item, `${key}[${String(i)}]`);
    });
  }

  /** The items of an optional list of a fact or an entity, or undefined (reported) when it is not a list or too long. */
  private items(path: string, value: unknown, what: string): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, `must be a list of ${what}, but is ${describe(value)}.`);
      return undefined;
    }
    if (value.length > MAX_OBJECTS_PER_FACT) {
      this.problem(path, `lists ${formatCount(value.length)} ${what}: at most ${formatCount(MAX_OBJECTS_PER_FACT)} are allowed in one list.`);
      return undefined;
    }
    return value as unknown[];
  }

  private declare(table: Map<string, Json>, item: Json, path: string, what: string): void {
    if (!this.id(`${path}.id`, item.id)) return;
    const id = item.id as string;
    if (table.has(id)) this.problem(`${path}.id`, `"${id}" is the id of an earlier ${what}: ids must be unique.`);
    else table.set(id, item);
  }

  private id(path: string, value: unknown): boolean {
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) return false; // reported by the walk
    if (typeof value === 'string' && value.length > MAX_ID_LENGTH) {
      this.problem(path, `is ${formatCount(value.length)} characters long: an id may have at most ${String(MAX_ID_LENGTH)}.`);
      return false;
    }
    if (typeof value !== 'string' || !ID.test(value)) {
      this.problem(path, `must be an id of lower-case letters, digits and dashes, but is ${describe(value)}.`);
      return false;
    }
    return true;
  }

  /** A non-empty text of at most `max` characters. */
  private text(path: string, value: unknown, what = 'text', max = MAX_STRING_LENGTH): value is string {
    if (typeof value !== 'string') {
      this.problem(path, `must be a ${what}, but is ${describe(value)}.`);
      return false;
    }
    if (value.length > MAX_STRING_LENGTH) return false; // reported by the walk
    if (value.length > max) {
      this.problem(path, `is ${formatCount(value.length)} characters long: a ${what} may have at most ${formatCount(max)}.`);
      return false;
    }
    if (value.trim() === '') {
      this.problem(path, `is empty: write the ${what}.`);
      return false;
    }
    return true;
  }

  /** A finite number that exact arithmetic can hold: no Infinity, no -0, no huge integers, at most `MAX_DECIMALS` decimals. */
  private number(path: string, value: unknown, what = 'a number'): value is number {
    if (typeof value !== 'number') {
      this.problem(path, `must be ${what}, but is ${describe(value)}.`);
      return false;
    }
    if (!Number.isFinite(value)) {
      this.problem(path, `must be a finite number, but is ${describe(value)}.`);
      return false;
    }
    if (Object.is(value, -0)) {
      this.problem(path, 'is -0: write 0.');
      return false;
    }
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      this.problem(path, `${String(value)} is too large to compare exactly: numbers must lie between -${formatCount(Number.MAX_SAFE_INTEGER)} and ${formatCount(Number.MAX_SAFE_INTEGER)}.`);
      return false;
    }
    if (Number(value.toFixed(MAX_DECIMALS)) !== value) {
      this.problem(path, `${String(value)} has more than ${String(MAX_DECIMALS)} decimals: round it.`);
      return false;
    }
    return true;
  }

  private lang(path: string, value: unknown): void {
    if (!this.text(path, value, 'language tag', MAX_ID_LENGTH)) return;
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      this.problem(path, `${excerpt(value)} is not a language tag such as "en-GB".`);
    }
  }

  private source(source: Json, path: string): void {
    this.unknownKeys(path, source, KEYS.source, 'a source');
    this.declare(this.sources, source, path, 'source');
    this.text(`${path}.title`, source.title, 'title', MAX_LABEL_LENGTH);
    if (source.publisher !== undefined) this.text(`${path}.publisher`, source.publisher, 'publisher', MAX_LABEL_LENGTH);
    if (source.url !== undefined) this.url(`${path}.url`, source.url);
    const file = source.text;
    if (file !== undefined && !(typeof file === 'string' && file.length <= MAX_LABEL_LENGTH && /^[\w.-]+$/.test(file) && !/^\.+$/.test(file))) {
      this.problem(`${path}.text`, `must be the name of a file in the sources/ folder beside the pack (no folders), but is ${describe(file)}.`);
      return;
    }
    const length = typeof file === 'string' ? this.sourceText(file).length : undefined;
    if (length !== undefined && length > MAX_SOURCE_TEXT_LENGTH) {
      this.problem(`${path}.text`, `names a text of ${formatCount(length)} characters: quotes are checked against texts of at most ${formatCount(MAX_SOURCE_TEXT_LENGTH)}.`);
    }
    if (this.options.requireSourceTexts !== true) return;
    if (file === undefined) {
      this.problem(`${path}.text`, 'is missing: name the file of the article\'s text, so that quotes can be checked word for word.');
    } else if (length === undefined) {
      const where = this.location(file);
      this.problem(`${path}.text`, `the text of source ${quoted(source.id)} can't be found: looked for ${excerpt(file)}${where === undefined ? '' : ` in ${where}`}.`);
    }
  }

  private url(path: string, value: unknown): void {
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) return; // reported by the walk
    if (typeof value === 'string' && hasCredentials(value)) {
      // Never repeat the address: it holds a password.
      this.problem(path, 'holds a user name or password: remove them from the address.');
    } else if (typeof value !== 'string' || !isHttpUrl(value)) {
      this.problem(path, `must be an http or https address, but is ${describe(value)}.`);
    }
  }

  /** The caller's words for where a source file was looked for, escaped, or undefined. */
  private location(file: string): string | undefined {
    try {
      const where = this.options.describeLocation?.(file);
      return typeof where === 'string' ? escaped(where, 300) : undefined;
    } catch {
      return undefined;
    }
  }

  /** A source file, read once: its length when found, and its folded text to search when not too long. */
  private sourceText(file: string): { search?: QuoteSearch; length?: number } {
    let entry = this.texts.get(file);
    if (entry !== undefined) return entry;
    let text: unknown;
    try {
      text = this.options.sourceText?.(file);
    } catch {
      text = undefined; // A reader that fails is a text not found.
    }
    if (typeof text !== 'string') entry = {};
    else if (text.length > MAX_SOURCE_TEXT_LENGTH) entry = { length: text.length };
    else entry = { search: new QuoteSearch(foldQuote(text)), length: text.length };
    this.texts.set(file, entry);
    return entry;
  }

  private entityClass(entityClass: Json, path: string): void {
    this.unknownKeys(path, entityClass, KEYS.class, 'a class');
    this.text(`${path}.label`, entityClass.label, 'label', MAX_LABEL_LENGTH);
    if (entityClass.parent === undefined) return;
    if (!this.refersTo(this.classes, `${path}.parent`, entityClass.parent, 'a class')) return;
    // A parent chain that comes back to its start would make "the broader class" endless.
    const seen = new Set<unknown>([entityClass.id]);
    for (let parent: unknown = entityClass.parent; typeof parent === 'string'; parent = this.classes.get(parent)?.parent) {
      if (seen.has(parent)) {
        this.problem(`${path}.parent`, `${excerpt(entityClass.parent as string)} makes a loop of parent classes.`);
        return;
      }
      seen.add(parent);
    }
  }

  private entity(entity: Json, path: string): void {
    this.unknownKeys(path, entity, KEYS.entity, 'an entity');
    this.text(`${path}.label`, entity.label, 'label', MAX_LABEL_LENGTH);
    this.entityClasses(`${path}.class`, entity.class);
    if (entity.aliases !== undefined) {
      const aliases = this.items(`${path}.aliases`, entity.aliases, 'names');
      aliases?.forEach((alias, i) => this.text(`${path}.aliases[${String(i)}]`, alias, 'name', MAX_LABEL_LENGTH));
    }
    if (entity.note !== undefined) this.text(`${path}.note`, entity.note, 'note');
  }

  /** One class id, or a non-empty list of them. */
  private entityClasses(path: string, value: unknown): void {
    if (!Array.isArray(value)) {
      this.refersTo(this.classes, path, value, 'a class');
      return;
    }
    if (value.length === 0) {
      this.problem(path, 'is an empty list: give the id of the entity\'s class, or a list of them.');
      return;
    }
    const classes = this.items(path, value, 'classes');
    const seen = new Set<unknown>();
    classes?.forEach((c, i) => {
      const at = `${path}[${String(i)}]`;
      if (seen.has(c)) this.problem(at, `repeats the class ${quoted(c)}.`);
      else if (this.refersTo(this.classes, at, c, 'a class')) seen.add(c);
    });
  }

  /** Two entities of a common class that read the same would make two options that look alike. */
  private sameLabels(json: Json): void {
    const byLabel = new Map<string, number>();
    this.each(json, 'entities', (entity, path) => {
      const label = entity.label;
      if (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL_LENGTH) return;
      const folded = foldText(label);
      const index = Number(/\d+/.exec(path)?.[0]);
      // A label may repeat across classes (a country and a city of one name), never within one.
      for (const c of classesOf(entity)) {
        const key = `${folded}\u241F${c}`;
        const first = byLabel.get(key);
        if (first !== undefined && first !== index) {
          this.problem(`${path}.label`, `${excerpt(label)} reads the same as the label of entities[${String(first)}], of the same class "${c}": labels may repeat only across classes.`);
          return;
        }
        byLabel.set(key, index);
      }
    });
  }

  private relation(relation: Json, path: string): void {
    this.unknownKeys(path, relation, KEYS.relation, 'a relation');
    this.objectType(relation, path);
    if (relation.cardinality !== 'one' && relation.cardinality !== 'many') {
      this.problem(`${path}.cardinality`, `must be "one" (a subject has one true object) or "many", but is ${describe(relation.cardinality)}.`);
    }
    if (relation.closed !== undefined && typeof relation.closed !== 'boolean') {
      this.problem(`${path}.closed`, `must be true or false, but is ${describe(relation.closed)}.`);
    }
    if (relation.closed === true && relation.cardinality === 'many' && typeof relation.note !== 'string') {
      this.problem(`${path}.note`, 'is missing: a closed relation needs a note saying why the pack lists every true object.');
    }
    if (relation.note !== undefined) this.text(`${path}.note`, relation.note, 'note');
    if (relation.inverse !== undefined && relation.inverse !== 'one' && relation.inverse !== 'many') {
      this.problem(`${path}.inverse`, `must be "one" or "many", but is ${describe(relation.inverse)}.`);
    }
    if (relation.subjectClass !== undefined) this.refersTo(this.classes, `${path}.subjectClass`, relation.subjectClass, 'a class');
    this.templates(relation, path);
    const typed = this.typed(relation);
    if (relation.bounds !== undefined && typed !== undefined) {
      this.relationWindows.set(typed.id, this.bounds(`${path}.bounds`, relation.bounds, typed));
    }
    if (relation.exclude !== undefined && typed !== undefined) {
      this.items(`${path}.exclude`, relation.exclude, 'objects')?.forEach((value, i) => this.objectValue(`${path}.exclude[${String(i)}]`, value, typed));
    }
  }

  /** The relation, typed, when its object type is sound enough to check objects against. */
  private typed(relation: Json | undefined): Relation | undefined {
    if (relation === undefined || !isObject(relation.object) || typeof relation.id !== 'string') return undefined;
    return ['entity', 'date', 'number', 'text'].includes(relation.object.type as string) ? (relation as unknown as Relation) : undefined;
  }

  private objectType(relation: Json, path: string): void {
    const object = relation.object;
    if (!isObject(object)) {
      this.problem(`${path}.object`, `must describe the type of the objects, e.g. {"type": "entity", "class": "venue"}, but is ${describe(object)}.`);
      return;
    }
    this.unknownKeys(`${path}.object`, object, KEYS.objectType, 'an object type');
    const type = object.type;
    if (type !== 'entity' && type !== 'date' && type !== 'number' && type !== 'text') {
      this.problem(`${path}.object.type`, `must be "entity", "date", "number" or "text", but is ${describe(type)}.`);
      return;
    }
    const allowed: readonly string[] = OBJECT_TYPE_KEYS[type];
    for (const key of Object.keys(object)) {
      if (KEYS.objectType.includes(key as never) && !allowed.includes(key)) {
        const owner = Object.entries(OBJECT_TYPE_KEYS).filter(([, keys]) => (keys as readonly string[]).includes(key)).map(([t]) => t);
        this.problem(`${path}.object.${key}`, `is only for ${owner.join(' or ')} relations, and this one takes ${PLURAL_TYPES[type]}.`);
      }
    }
    if (type === 'entity') this.refersTo(this.classes, `${path}.object.class`, object.class, 'a class');
    if (type === 'number') {
      this.text(`${path}.object.unit`, object.unit, 'unit', MAX_LABEL_LENGTH);
      if (object.unitPlural !== undefined) this.text(`${path}.object.unitPlural`, object.unitPlural, 'unit', MAX_LABEL_LENGTH);
    }
    if (type === 'date' && object.preposition !== undefined && typeof object.preposition !== 'boolean') {
      this.problem(`${path}.object.preposition`, `must be true or false (false: "{object}" is the bare date, as in "dated {object}"), but is ${describe(object.preposition)}.`);
    }
  }

  private templates(relation: Json, path: string): void {
    const templates = relation.templates;
    if (!isObject(templates)) {
      this.problem(`${path}.templates`, `must hold the question and statement wording, but is ${describe(templates)}.`);
      return;
    }
    this.unknownKeys(`${path}.templates`, templates, KEYS.templates, 'the templates');
    for (const [name, slots] of Object.entries(TEMPLATE_SLOTS)) {
      const at = `${path}.templates.${name}`;
      const template = templates[name];
      if (template === undefined && (name === 'question' || name === 'statement')) {
        this.problem(at, `is missing: every relation needs a ${name} template.`);
        continue;
      }
      if (template === undefined || !this.text(at, template, 'template', MAX_TEMPLATE_LENGTH)) continue;
      this.slots(at, template, slots);
    }
    if (typeof templates.question === 'string' && !templates.question.trim().endsWith('?')) {
      this.problem(`${path}.templates.question`, 'must be a complete question ending with "?".');
    }
    if (typeof templates.reverse === 'string') {
      if (!templates.reverse.trim().endsWith('?')) this.problem(`${path}.templates.reverse`, 'must be a complete question ending with "?".');
      if (relation.inverse !== 'one') {
        this.problem(`${path}.templates.reverse`, 'asks for the subject, which needs "inverse": "one" (each object has exactly one subject).');
      }
    }
    if (templates.multiple !== undefined && relation.cardinality !== 'many') {
      this.problem(`${path}.templates.multiple`, 'is a select-all instruction, which needs "cardinality": "many".');
    }
    if (templates.plural !== undefined && relation.cardinality !== 'many') {
      this.problem(`${path}.templates.plural`, 'is the statement for several objects, which needs "cardinality": "many".');
    }
  }

  private slots(at: string, template: string, slots: { may: string[]; must: string[] }): void {
    const named = slotsOf(template);
    if (named.length > MAX_TEMPLATE_SLOTS) {
      this.problem(at, `names ${String(named.length)} slots: a template may name at most ${String(MAX_TEMPLATE_SLOTS)}.`);
      return;
    }
    for (const slot of named) {
      if (!slots.may.includes(slot)) {
        this.problem(at, `names the slot {${escaped(slot, MAX_EXCERPT_LENGTH)}}, which this template does not fill (it fills ${slots.may.map((s) => `{${s}}`).join(' and ')}).`);
      }
    }
    for (const slot of slots.must) {
      if (!named.includes(slot)) this.problem(at, `must name the slot {${slot}}.`);
    }
  }

  private refersTo(table: Map<string, Json>, path: string, value: unknown, what: string): boolean {
    if (typeof value !== 'string') {
      this.problem(path, `must be the id of ${what}, but is ${describe(value)}.`);
      return false;
    }
    if (!table.has(value)) {
      if (value.length <= MAX_STRING_LENGTH) this.problem(path, `${excerpt(value)} is not ${what} of this pack.`);
      return false;
    }
    return true;
  }

  private fact(fact: Json, path: string): void {
    this.unknownKeys(path, fact, KEYS.fact, 'a fact');
    this.refersTo(this.entities, `${path}.subject`, fact.subject, 'an entity');
    const relation = this.refersTo(this.relations, `${path}.relation`, fact.relation, 'a relation')
      ? this.typed(this.relations.get(fact.relation as string))
      : undefined;
    const objects = this.factObjects(fact, path, relation);
    const source = this.refersTo(this.sources, `${path}.source`, fact.source, 'a source')
      ? this.sources.get(fact.source as string)
      : undefined;
    if (this.text(`${path}.quote`, fact.quote, 'quote')) this.quote(`${path}.quote`, fact.quote, source);
    if (fact.quotes !== undefined) this.quotes(fact, path, source);
    if (fact.exclude !== undefined && relation !== undefined) this.exclude(fact, path, relation, objects);
    if (relation !== undefined) this.inBounds(fact, path, relation, objects.trueValues);
    if (fact.weight !== undefined && this.number(`${path}.weight`, fact.weight) && (fact.weight <= 0 || fact.weight > MAX_WEIGHT)) {
      this.problem(`${path}.weight`, `must be more than 0 and at most ${String(MAX_WEIGHT)} (1 is the usual weight), but is ${String(fact.weight)}.`);
    }
    if (fact.topic !== undefined) this.id(`${path}.topic`, fact.topic);
    if (fact.note !== undefined) this.text(`${path}.note`, fact.note, 'note');
  }

  /** The true and stated-false objects of a fact, checked against its relation. */
  private factObjects(fact: Json, path: string, relation: Relation | undefined): { trueValues: { value: unknown; path: string }[]; keys: Map<string, string> } {
    const hasOne = fact.object !== undefined;
    const hasMany = fact.objects !== undefined;
    if (hasOne === hasMany) {
      this.problem(hasOne ? `${path}.objects` : `${path}.object`, 'give either "object" (one true object) or "objects" (a list), not both or neither.');
    }
    if (relation?.cardinality === 'one' && hasMany && !hasOne) {
      this.problem(`${path}.objects`, `relation "${relation.id}" has one true object per subject: use "object".`);
    }
    const trueValues: { value: unknown; path: string }[] = [];
    if (hasOne) trueValues.push({ value: fact.object, path: `${path}.object` });
    if (hasMany) {
      const list = this.items(`${path}.objects`, fact.objects, 'objects');
      if (list?.length === 0) this.problem(`${path}.objects`, 'is an empty list: give at least one object.');
      list?.forEach((value, i) => trueValues.push({ value, path: `${path}.objects[${String(i)}]` }));
    }
    const falseValues: { value: unknown; path: string }[] = [];
    if (fact.falseObjects !== undefined) {
      this.items(`${path}.falseObjects`, fact.falseObjects, 'objects')?.forEach((value, i) => falseValues.push({ value, path: `${path}.falseObjects[${String(i)}]` }));
    }
    const keys = new Map<string, string>();
    if (relation === undefined) return { trueValues: [], keys };
    const valid: { value: unknown; path: string }[] = [];
    for (const item of [...trueValues, ...falseValues]) {
      if (!this.objectValue(item.path, item.value, relation)) continue;
      const key = valueKey(item.value);
      const earlier = keys.get(key);
      if (earlier !== undefined) this.problem(item.path, `repeats the object at ${earlier}: an object is either true or false, once.`);
      else keys.set(key, item.path);
      if (trueValues.includes(item)) valid.push(item);
    }
    return { trueValues: valid, keys };
  }

  /** A quote, checked word for word against its source's text; each part between `…` in order. */
  private quote(path: string, quote: string, source: Json | undefined): void {
    const file = source?.text;
    if (typeof file !== 'string') return;
    const text = this.sourceText(file).search;
    if (text === undefined) return;
    const parts = foldQuote(quote).split(OMISSION).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length === 0) {
      this.problem(path, 'has no words besides "…": copy the words from the article.');
      return;
    }
    let from = 0;
    for (const [i, part] of parts.entries()) {
      const at = text.indexOf(part, from);
      if (at >= 0) {
        from = at + part.length;
        continue;
      }
      const name = quoted(source?.id);
      if (parts.length === 1) {
        this.problem(path, `is not in the text of source ${name} word for word: copy it from the article.`);
      } else {
        const after = i === 0 ? '' : ` after part ${String(i)}`;
        this.problem(path, `part ${String(i + 1)} of ${String(parts.length)}, ${excerpt(part)}, is not in the text of source ${name} word for word${after}: copy each part between "…" from the article, in order.`);
      }
      return;
    }
  }

  /** One quote per entry of `objects`, in order. */
  private quotes(fact: Json, path: string, source: Json | undefined): void {
    if (fact.objects === undefined) {
      this.problem(`${path}.quotes`, 'is only for facts with "objects": one quote per object, in the same order.');
      return;
    }
    const quotes = this.items(`${path}.quotes`, fact.quotes, 'quotes');
    if (quotes === undefined) return;
    if (Array.isArray(fact.objects) && quotes.length !== fact.objects.length) {
      this.problem(`${path}.quotes`, `has ${String(quotes.length)} quotes for ${String(fact.objects.length)} objects: give one quote per object, in the same order.`);
    }
    quotes.forEach((q, i) => {
      const at = `${path}.quotes[${String(i)}]`;
      if (this.text(at, q, 'quote')) this.quote(at, q, source);
    });
  }

  /** Objects never offered as false: of the relation's type, and never true for this fact or stated false by it. */
  private exclude(fact: Json, path: string, relation: Relation, objects: { keys: Map<string, string> }): void {
    const trueAt = `${path}.object`;
    this.items(`${path}.exclude`, fact.exclude, 'objects')?.forEach((value, i) => {
      const at = `${path}.exclude[${String(i)}]`;
      if (!this.objectValue(at, value, relation)) return;
      const earlier = objects.keys.get(valueKey(value));
      if (earlier === undefined) return;
      if (earlier === trueAt || earlier.startsWith(`${path}.objects[`)) {
        this.problem(at, `${this.objectName(value)} is a true object of this fact (${earlier}): only objects that are not the answer can be excluded.`);
      } else {
        this.problem(at, `${this.objectName(value)} is stated false by this fact (${earlier}): an object is either stated false or excluded, not both.`);
      }
    });
  }

  /** How an object is named in a message: its short escaped text, its number or its date. */
  private objectName(value: unknown): string {
    if (typeof value === 'string') return excerpt(value);
    if (typeof value === 'number') return String(value);
    if (isObject(value) && typeof value.value === 'number') return `${String(value.qualifier)} ${String(value.value)}`;
    if (isObject(value) && typeof value.date === 'string') return excerpt(value.date);
    return describe(value);
  }

  /**
   * Bounds on a relation or a fact, checked against the relation's type: numbers
   * for number relations; days and facts with a date for date relations.
   */
  private bounds(path: string, bounds: unknown, relation: Relation): Window | undefined {
    if (!isObject(bounds)) {
      this.problem(path, `must be an object such as {"min": 0, "max": 100}, but is ${describe(bounds)}.`);
      return undefined;
    }
    this.unknownKeys(path, bounds, KEYS.bounds, 'bounds');
    const type = relation.object.type;
    if (type !== 'number' && type !== 'date') {
      this.problem(path, `bounds are only for number and date relations, and relation "${relation.id}" takes ${PLURAL_TYPES[type]}.`);
      return undefined;
    }
    const window: Window = { at: path };
    let ok = true;
    for (const end of ['min', 'max'] as const) {
      const value = bounds[end];
      if (value === undefined) continue;
      const n = type === 'number' ? this.boundNumber(`${path}.${end}`, value) : this.boundDay(`${path}.${end}`, value);
      if (n === undefined) ok = false;
      else window[end] = n;
    }
    for (const side of ['after', 'before'] as const) {
      const value = bounds[side];
      if (value === undefined) continue;
      if (type === 'number') {
        this.problem(`${path}.${side}`, 'is only for date relations: bound numbers with "min" and "max".');
        ok = false;
        continue;
      }
      const span = this.factDate(`${path}.${side}`, value);
      if (span === undefined) ok = false;
      else window[side] = side === 'after' ? span[1] : span[0];
    }
    if (!ok) return undefined;
    this.nonEmpty(path, window, type);
    return window;
  }

  private boundNumber(path: string, value: unknown): number | undefined {
    return this.number(path, value) ? value : undefined;
  }

  private boundDay(path: string, value: unknown): number | undefined {
    if (typeof value !== 'string' || !DATE_SHAPE.day.test(value) || !isRealDate(value)) {
      this.problem(path, `must be a real day written YYYY-MM-DD (this relation takes dates), but is ${describe(value)}.`);
      return undefined;
    }
    return dayNumber(value);
  }

  /** The days of the date `object` of the fact named at `path`. */
  private factDate(path: string, value: unknown): [number, number] | undefined {
    if (!this.refersTo(this.facts, path, value, 'a fact')) return undefined;
    const fact = this.facts.get(value as string);
    const type = this.typed(this.relations.get(fact?.relation as string))?.object.type;
    const span = type === 'date' ? daySpan(fact?.object) : undefined;
    if (span === undefined) {
      this.problem(path, `fact ${excerpt(value as string)} has no date to compare with: "after" and "before" name a fact of a date relation with one date as its "object".`);
    }
    return span;
  }

  /** Bounds that leave no room at all are a typing mistake. */
  private nonEmpty(path: string, window: Window, type: 'number' | 'date'): void {
    const show = (n: number): string => (type === 'number' ? String(n) : `day ${String(n)}`);
    if (window.min !== undefined && window.max !== undefined && window.min > window.max) {
      this.problem(`${path}.max`, type === 'number'
        ? `${show(window.max)} is less than min ${show(window.min)}: distractors would have nowhere to fall.`
        : 'comes before min: distractors would have nowhere to fall.');
    }
    if (window.after !== undefined && window.before !== undefined && window.before - window.after < 2) {
      this.problem(`${path}.before`, 'leaves no day strictly between the dates of "after" and "before": distractors would have nowhere to fall.');
    }
  }

  /** A fact's true objects lie inside the bounds that apply to it: its own, else its relation's. */
  private inBounds(fact: Json, path: string, relation: Relation, trueValues: { value: unknown; path: string }[]): void {
    const window = fact.bounds !== undefined ? this.bounds(`${path}.bounds`, fact.bounds, relation) : this.relationWindows.get(relation.id);
    if (window === undefined) return;
    for (const { value, path: at } of trueValues) {
      const outside = relation.object.type === 'number' ? this.numberOutside(value, window) : this.dateOutside(value, window);
      if (outside !== undefined) this.problem(at, `lies outside the bounds at ${window.at} (${outside}): a true object must lie inside them.`);
    }
  }

  private numberOutside(value: unknown, window: Window): string | undefined {
    const n = typeof value === 'number' ? value : isObject(value) && typeof value.value === 'number' ? value.value : undefined;
    if (n === undefined) return undefined;
    if (window.min !== undefined && n < window.min) return `${String(n)} is below min ${String(window.min)}`;
    if (window.max !== undefined && n > window.max) return `${String(n)} is above max ${String(window.max)}`;
    return undefined;
  }

  /** A date is inside when some day of it is: a month reaching past `min` is allowed. */
  private dateOutside(value: unknown, window: Window): string | undefined {
    const span = daySpan(value);
    if (span === undefined) return undefined;
    const [start, end] = span;
    if (window.min !== undefined && end < window.min) return 'it is before min';
    if (window.max !== undefined && start > window.max) return 'it is after max';
    if (window.after !== undefined && end <= window.after) return 'it is not after the date of "after"';
    if (window.before !== undefined && start >= window.before) return 'it is not before the date of "before"';
    return undefined;
  }

  /** Checks one object against the relation's object type. */
  private objectValue(path: string, value: unknown, relation: Relation): boolean {
    const type = relation.object;
    switch (type.type) {
      case 'entity': {
        if (!this.refersTo(this.entities, path, value, 'an entity')) return false;
        const entity = this.entities.get(value as string);
        if (typeof type.class === 'string' && !this.isOfClass(entity, type.class)) {
          const classes = classesOf(entity);
          this.problem(path, `${excerpt(value as string)} is ${classes.map(withArticle).join(' and ')}, but relation "${relation.id}" takes ${withArticle(type.class)}.`);
          return false;
        }
        return true;
      }
      case 'number':
        return this.numberObject(path, value);
      case 'text':
        return this.text(path, value, 'text', MAX_LABEL_LENGTH);
      case 'date':
        return this.date(path, value);
      default:
        return false;
    }
  }

  /** A plain number (exact) or `{value, qualifier, tolerance?}`. */
  private numberObject(path: string, value: unknown): boolean {
    if (typeof value === 'number') return this.number(path, value);
    if (!isObject(value) || !('value' in value || 'qualifier' in value)) {
      this.problem(path, `must be a number, or a number with a qualifier such as {"value": 80, "qualifier": "about"}, but is ${describe(value)}.`);
      return false;
    }
    this.unknownKeys(path, value, KEYS.number, 'a number');
    let ok = this.number(`${path}.value`, value.value);
    if (!QUALIFIERS.includes(value.qualifier as string)) {
      this.problem(`${path}.qualifier`, `must be "about", "over", "under", "at-least" or "at-most", but is ${describe(value.qualifier)}.`);
      ok = false;
    }
    if (value.tolerance === undefined) return ok;
    if (value.qualifier !== 'about') {
      this.problem(`${path}.tolerance`, 'is only for "about" numbers: "over", "under", "at-least" and "at-most" are bounds already.');
      return false;
    }
    if (!this.number(`${path}.tolerance`, value.tolerance)) return false;
    if (value.tolerance <= 0) {
      this.problem(`${path}.tolerance`, `must be more than 0 (how far the true value may be from ${String(value.value)}), but is ${String(value.tolerance)}.`);
      return false;
    }
    return ok;
  }

  /** An entity is of a class when one of its classes is that class or lies under it. */
  private isOfClass(entity: Json | undefined, wanted: string): boolean {
    return classesOf(entity).some((c) => this.ancestors(c).has(wanted));
  }

  /** A class and every class above it, worked out once per class. */
  private ancestors(classId: string): Set<string> {
    let result = this.ancestorsOf.get(classId);
    if (result !== undefined) return result;
    result = new Set<string>();
    for (let c: unknown = classId; typeof c === 'string' && !result.has(c); c = this.classes.get(c)?.parent) result.add(c);
    this.ancestorsOf.set(classId, result);
    return result;
  }

  private date(path: string, value: unknown): boolean {
    if (!isObject(value)) {
      this.problem(path, `must be a date such as {"date": "2025-09-17", "precision": "day"}, but is ${describe(value)}.`);
      return false;
    }
    this.unknownKeys(path, value, KEYS.date, 'a date');
    const precision = value.precision as DatePrecision;
    if (!PRECISIONS.includes(precision)) {
      this.problem(`${path}.precision`, `must be "day", "month", "season" or "year", but is ${describe(value.precision)}.`);
      return false;
    }
    const date = value.date;
    if (typeof date !== 'string' || !DATE_SHAPE[precision].test(date)) {
      const shape = { day: 'YYYY-MM-DD', month: 'YYYY-MM', season: 'YYYY', year: 'YYYY' }[precision];
      this.problem(`${path}.date`, `must be written ${shape} for the precision "${precision}", but is ${describe(date)}.`);
      return false;
    }
    if (!isRealDate(date)) {
      this.problem(`${path}.date`, `"${date}" is not a date that exists.`);
      return false;
    }
    let ok = true;
    if (precision === 'season' && !SEASONS.includes(value.season as string)) {
      this.problem(`${path}.season`, `must be "spring", "summer", "autumn" or "winter" for a season, but is ${describe(value.season)}.`);
      ok = false;
    }
    if (precision !== 'season' && value.season !== undefined) {
      this.problem(`${path}.season`, 'is only for dates of the precision "season".');
      ok = false;
    }
    if (value.end !== undefined) {
      const end = value.end;
      if (precision !== 'day' || typeof end !== 'string' || !DATE_SHAPE.day.test(end) || !isRealDate(end)) {
        this.problem(`${path}.end`, `must be a real day written YYYY-MM-DD ending a range of days, but is ${describe(end)}.`);
        ok = false;
      } else if (dayNumber(end) <= dayNumber(date)) {
        this.problem(`${path}.end`, `"${end}" does not come after the start "${date}".`);
        ok = false;
      }
    }
    if (value.inferredYear !== undefined && typeof value.inferredYear !== 'boolean') {
      this.problem(`${path}.inferredYear`, `must be true or false, but is ${describe(value.inferredYear)}.`);
      ok = false;
    }
    if (value.asWritten !== undefined && !this.text(`${path}.asWritten`, value.asWritten, 'text', MAX_LABEL_LENGTH)) ok = false;
    return ok;
  }
}

export type { DateValue };
