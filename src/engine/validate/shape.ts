/**
 * The shape of a pack as JSON: objects where objects belong, lists, texts, ids, numbers,
 * dates and templates of the right form, no unknown or poisonous keys, nothing nested too
 * deep or too long. `ShapeChecker` holds these checks; `PackChecker` (meaning.ts) adds what
 * the values mean together. `KEYS` lists each kind of object's properties, which
 * `test/unit/schema.test.ts` holds questions/fact-pack.schema.json to.
 */
import type { DatePrecision } from '../pack.js';
import { dayNumber, isRealDate } from '../calendar.js';
import {
  MAX_DECIMALS,
  MAX_DEPTH,
  MAX_EXCERPT_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_OBJECTS_PER_FACT,
  MAX_STRING_LENGTH,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATE_SLOTS,
} from '../limits.js';
import { type ProblemList, describe, escaped, excerpt, formatCount, keyPath } from './messages.js';

export type Json = Record<string, unknown>;

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const SLOT = /\{([^{}]*)\}/g;
export const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'season', 'year'];
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
export const QUALIFIERS = ['about', 'over', 'under', 'at-least', 'at-most'];
export const PLURAL_TYPES = { entity: 'entities', date: 'dates', number: 'numbers', text: 'texts' } as const;
export const DATE_SHAPE: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  season: /^\d{4}$/,
  year: /^\d{4}$/,
};

/** Which slots each template may name, and which it must name. */
export const TEMPLATE_SLOTS: Record<string, { may: string[]; must: string[] }> = {
  question: { may: ['subject'], must: ['subject'] },
  statement: { may: ['subject', 'object'], must: ['subject', 'object'] },
  reverse: { may: ['object'], must: ['object'] },
  multiple: { may: ['subject'], must: ['subject'] },
  event: { may: ['subject'], must: ['subject'] },
  plural: { may: ['subject', 'object'], must: ['subject', 'object'] },
};

/** The properties each kind of object may have; `test/unit/schema.test.ts` holds the JSON Schema to the same lists. */
export const KEYS = {
  pack: ['$schema', 'format', 'id', 'title', 'lang', 'asOf', 'description', 'sources', 'classes', 'entities', 'relations', 'facts', 'drafts'],
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

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The slot names a template writes in braces: `{subject}`, `{object}`. */
function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

/** A real day written YYYY-MM-DD, as `asOf`, bounds and date ranges are. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DATE_SHAPE.day.test(value) && isRealDate(value);
}

/** The checks of form, each reporting what it finds; `PackChecker` walks the pack with them. */
export class ShapeChecker {
  /** Lists too long to check item by item: reported once, then skipped. */
  private readonly overLimit = new Set<string>();

  constructor(protected readonly problems: ProblemList) {}

  protected problem(path: string, message: string): void {
    this.problems.add(path, message);
  }

  /**
   * One walk over everything, checked or not, without recursion: keys that can poison
   * objects (`__proto__`, `constructor`, `prototype`), nesting past `MAX_DEPTH` and
   * strings past `MAX_STRING_LENGTH`. Deeper values are reported, never entered.
   */
  protected structure(root: unknown): void {
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

  protected unknownKeys(path: string, value: Json, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && !FORBIDDEN_KEYS.has(key)) {
        this.problem(keyPath(path, key), `${excerpt(key)} is not a property of ${what} (it may be misspelt; allowed: ${allowed.join(', ')}).`);
      }
    }
  }

  /** Calls `visit` on every object of the list at `json[key]`, reporting what is not one, and a list past its limit. */
  protected list(json: Json, key: string, max: number, visit: (item: Json, path: string) => void): void {
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
  protected each(json: Json, key: string, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value) || this.overLimit.has(key)) return;
    value.forEach((item: unknown, i) => {
      if (isObject(item)) visit(item, `${key}[${String(i)}]`);
    });
  }

  /** The items of an optional list of a fact or an entity, or undefined (reported) when it is not a list or too long. */
  protected items(path: string, value: unknown, what: string): unknown[] | undefined {
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

  protected id(path: string, value: unknown): boolean {
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
  protected text(path: string, value: unknown, what = 'text', max = MAX_STRING_LENGTH): value is string {
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
  protected number(path: string, value: unknown, what = 'a number'): value is number {
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

  protected lang(path: string, value: unknown): void {
    if (!this.text(path, value, 'language tag', MAX_ID_LENGTH)) return;
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      this.problem(path, `${excerpt(value)} is not a language tag such as "en-GB".`);
    }
  }

  protected url(path: string, value: unknown): void {
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) return; // reported by the walk
    if (typeof value === 'string' && hasCredentials(value)) {
      // Never repeat the address: it holds a password.
      this.problem(path, 'holds a user name or password: remove them from the address.');
    } else if (typeof value !== 'string' || !isHttpUrl(value)) {
      this.problem(path, `must be an http or https address, but is ${describe(value)}.`);
    }
  }


  /** A source's fields besides its id; false when `text` is no plain file name, so no file is looked for. */
  protected sourceFields(source: Json, path: string): boolean {
    this.text(`${path}.title`, source.title, 'title', MAX_LABEL_LENGTH);
    if (source.publisher !== undefined) this.text(`${path}.publisher`, source.publisher, 'publisher', MAX_LABEL_LENGTH);
    if (source.url !== undefined) this.url(`${path}.url`, source.url);
    const file = source.text;
    if (file !== undefined && !(typeof file === 'string' && file.length <= MAX_LABEL_LENGTH && /^[\w.-]+$/.test(file) && !/^\.+$/.test(file))) {
      this.problem(`${path}.text`, `must be the name of a file in the sources/ folder beside the pack (no folders), but is ${describe(file)}.`);
      return false;
    }
    return true;
  }

  /** A relation's object type: its type, and only the keys of that type; undefined when the type is unknown. */
  protected objectType(relation: Json, path: string): { type: keyof typeof OBJECT_TYPE_KEYS; object: Json } | undefined {
    const object = relation.object;
    if (!isObject(object)) {
      this.problem(`${path}.object`, `must describe the type of the objects, e.g. {"type": "entity", "class": "venue"}, but is ${describe(object)}.`);
      return undefined;
    }
    this.unknownKeys(`${path}.object`, object, KEYS.objectType, 'an object type');
    const type = object.type;
    if (type !== 'entity' && type !== 'date' && type !== 'number' && type !== 'text') {
      this.problem(`${path}.object.type`, `must be "entity", "date", "number" or "text", but is ${describe(type)}.`);
      return undefined;
    }
    const allowed: readonly string[] = OBJECT_TYPE_KEYS[type];
    for (const key of Object.keys(object)) {
      if (KEYS.objectType.includes(key as never) && !allowed.includes(key)) {
        const owner = Object.entries(OBJECT_TYPE_KEYS).filter(([, keys]) => (keys as readonly string[]).includes(key)).map(([t]) => t);
        this.problem(`${path}.object.${key}`, `is only for ${owner.join(' or ')} relations, and this one takes ${PLURAL_TYPES[type]}.`);
      }
    }
    if (type === 'number') {
      this.text(`${path}.object.unit`, object.unit, 'unit', MAX_LABEL_LENGTH);
      if (object.unitPlural !== undefined) this.text(`${path}.object.unitPlural`, object.unitPlural, 'unit', MAX_LABEL_LENGTH);
    }
    if (type === 'date' && object.preposition !== undefined && typeof object.preposition !== 'boolean') {
      this.problem(`${path}.object.preposition`, `must be true or false (false: "{object}" is the bare date, as in "dated {object}"), but is ${describe(object.preposition)}.`);
    }
    return { type, object };
  }

  protected templates(relation: Json, path: string): void {
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

  protected slots(at: string, template: string, slots: { may: string[]; must: string[] }): void {
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

  /** A plain number (exact) or `{value, qualifier, tolerance?}`. */
  protected numberObject(path: string, value: unknown): boolean {
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


  /** A date object: its precision, a date of that precision that exists, and the fields that precision allows. */
  protected date(path: string, value: unknown): boolean {
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
      if (precision !== 'day' || !isDay(end)) {
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
