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
import type { Expected, ItemKind, KeyOwner, ObjectType, PackList, ProblemData, TextKind } from '../../locales/problem-types.js';
import { type ProblemList, escaped, keyPath, textWords, valueWords } from './messages.js';
import { isHttpUrl } from '../links.js';

// The JSON helpers sit with the messages, which the quiz validator shares without this module.
export { FORBIDDEN_KEYS, isObject, type Json } from './messages.js';
import { FORBIDDEN_KEYS, isObject, type Json } from './messages.js';
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

// The one link rule lives in its own module, so a player can check links without the validator.
export { isHttpUrl };


/** `https://user:pass@host`: a link that would show a password to every reader. */
function hasCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
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

  protected problem(path: string, data: ProblemData): void {
    this.problems.add(path, data);
  }

  /** `must be <expected>, but is <value>.` */
  protected wrongType(path: string, expected: Expected, value: unknown): void {
    this.problem(path, { code: 'invalid_type', params: { expected, received: valueWords(value) } });
  }

  /** `must be "a", "b" or "c", but is <value>.` */
  protected notIn(path: string, options: readonly string[], value: unknown): void {
    this.problem(path, { code: 'invalid_enum', params: { options: [...options], received: valueWords(value) } });
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
        if (value.length > MAX_STRING_LENGTH) this.problem(path, { code: 'too_long', params: { length: value.length, maximum: MAX_STRING_LENGTH, of: 'pack-text' } });
        continue;
      }
      if (typeof value !== 'object' || value === null || seen.has(value)) continue;
      seen.add(value);
      if (depth >= MAX_DEPTH) {
        this.problem(path, { code: 'too_deep', params: { maximum: MAX_DEPTH, in: 'pack' } });
        continue;
      }
      if (Array.isArray(value)) {
        value.forEach((v: unknown, i) => stack.push({ value: v, path: `${path}[${String(i)}]`, depth: depth + 1 }));
        continue;
      }
      for (const key of Object.keys(value)) {
        const at = keyPath(path, key);
        if (FORBIDDEN_KEYS.has(key)) this.problem(at, { code: 'forbidden_key', params: { key, in: 'pack' } });
        else stack.push({ value: (value as Json)[key], path: at, depth: depth + 1 });
      }
    }
  }

  protected unknownKeys(path: string, value: Json, allowed: readonly string[], of: KeyOwner): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && !FORBIDDEN_KEYS.has(key)) {
        this.problem(keyPath(path, key), { code: 'unknown_key', params: { key: textWords(key), of, allowed: [...allowed] } });
      }
    }
  }

  /** Calls `visit` on every object of the list at `json[key]`, reporting what is not one, and a list past its limit. */
  protected list(json: Json, key: PackList, max: number, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value)) {
      this.wrongType(key, 'list', value);
      return;
    }
    if (value.length > max) {
      this.overLimit.add(key);
      this.problem(key, { code: 'too_many', params: { count: value.length, maximum: max, of: key, in: 'pack' } });
      return;
    }
    value.forEach((item: unknown, i) => {
      const path = `${key}[${String(i)}]`;
      if (isObject(item)) visit(item, path);
      else this.wrongType(path, 'object', item);
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
  protected items(path: string, value: unknown, what: ItemKind): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.wrongType(path, `list-of-${what}`, value);
      return undefined;
    }
    if (value.length > MAX_OBJECTS_PER_FACT) {
      this.problem(path, { code: 'too_many', params: { count: value.length, maximum: MAX_OBJECTS_PER_FACT, of: what, in: 'list' } });
      return undefined;
    }
    return value as unknown[];
  }

  protected id(path: string, value: unknown): boolean {
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) return false; // reported by the walk
    if (typeof value === 'string' && value.length > MAX_ID_LENGTH) {
      this.problem(path, { code: 'too_long', params: { length: value.length, maximum: MAX_ID_LENGTH, of: 'id' } });
      return false;
    }
    if (typeof value !== 'string' || !ID.test(value)) {
      this.wrongType(path, 'id', value);
      return false;
    }
    return true;
  }

  /** A non-empty text of at most `max` characters. */
  protected text(path: string, value: unknown, what: TextKind = 'text', max = MAX_STRING_LENGTH): value is string {
    if (typeof value !== 'string') {
      this.wrongType(path, what, value);
      return false;
    }
    if (value.length > MAX_STRING_LENGTH) return false; // reported by the walk
    if (value.length > max) {
      this.problem(path, { code: 'too_long', params: { length: value.length, maximum: max, of: what } });
      return false;
    }
    if (value.trim() === '') {
      this.problem(path, { code: 'empty', params: { of: what } });
      return false;
    }
    return true;
  }

  /** A finite number that exact arithmetic can hold: no Infinity, no -0, no huge integers, at most `MAX_DECIMALS` decimals. */
  protected number(path: string, value: unknown): value is number {
    if (typeof value !== 'number') {
      this.wrongType(path, 'number', value);
      return false;
    }
    if (!Number.isFinite(value)) {
      this.wrongType(path, 'finite-number', value);
      return false;
    }
    if (Object.is(value, -0)) {
      this.problem(path, { code: 'negative_zero', params: {} });
      return false;
    }
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      this.problem(path, { code: 'out_of_range', params: { of: 'exact-number', value, maximum: Number.MAX_SAFE_INTEGER } });
      return false;
    }
    if (Number(value.toFixed(MAX_DECIMALS)) !== value) {
      this.problem(path, { code: 'too_many_decimals', params: { value, maximum: MAX_DECIMALS } });
      return false;
    }
    return true;
  }

  protected lang(path: string, value: unknown): void {
    if (!this.text(path, value, 'language tag', MAX_ID_LENGTH)) return;
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      this.problem(path, { code: 'invalid_language_tag', params: { received: textWords(value) } });
    }
  }

  protected url(path: string, value: unknown): void {
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) return; // reported by the walk
    if (typeof value === 'string' && hasCredentials(value)) {
      // Never repeat the address: it holds a password.
      this.problem(path, { code: 'url_credentials', params: {} });
    } else if (typeof value !== 'string' || !isHttpUrl(value)) {
      this.wrongType(path, 'http-url', value);
    }
  }


  /** A source's fields besides its id; false when `text` is no plain file name, so no file is looked for. */
  protected sourceFields(source: Json, path: string): boolean {
    this.text(`${path}.title`, source.title, 'title', MAX_LABEL_LENGTH);
    if (source.publisher !== undefined) this.text(`${path}.publisher`, source.publisher, 'publisher', MAX_LABEL_LENGTH);
    if (source.url !== undefined) this.url(`${path}.url`, source.url);
    const file = source.text;
    if (file !== undefined && !(typeof file === 'string' && file.length <= MAX_LABEL_LENGTH && /^[\w.-]+$/.test(file) && !/^\.+$/.test(file))) {
      this.wrongType(`${path}.text`, 'source-file', file);
      return false;
    }
    return true;
  }

  /** A relation's object type: its type, and only the keys of that type; undefined when the type is unknown. */
  protected objectType(relation: Json, path: string): { type: keyof typeof OBJECT_TYPE_KEYS; object: Json } | undefined {
    const object = relation.object;
    if (!isObject(object)) {
      this.wrongType(`${path}.object`, 'object-type', object);
      return undefined;
    }
    this.unknownKeys(`${path}.object`, object, KEYS.objectType, 'object-type');
    const type = object.type;
    if (type !== 'entity' && type !== 'date' && type !== 'number' && type !== 'text') {
      this.notIn(`${path}.object.type`, ['entity', 'date', 'number', 'text'], type);
      return undefined;
    }
    const allowed: readonly string[] = OBJECT_TYPE_KEYS[type];
    for (const key of Object.keys(object)) {
      if (KEYS.objectType.includes(key as never) && !allowed.includes(key)) {
        const owner = (Object.keys(OBJECT_TYPE_KEYS) as ObjectType[]).filter((t) => (OBJECT_TYPE_KEYS[t] as readonly string[]).includes(key));
        this.problem(`${path}.object.${key}`, { code: 'wrong_object_type', params: { key, types: owner, takes: type } });
      }
    }
    if (type === 'number') {
      this.text(`${path}.object.unit`, object.unit, 'unit', MAX_LABEL_LENGTH);
      if (object.unitPlural !== undefined) this.text(`${path}.object.unitPlural`, object.unitPlural, 'unit', MAX_LABEL_LENGTH);
    }
    if (type === 'date' && object.preposition !== undefined && typeof object.preposition !== 'boolean') {
      this.wrongType(`${path}.object.preposition`, 'preposition', object.preposition);
    }
    return { type, object };
  }

  protected templates(relation: Json, path: string): void {
    const templates = relation.templates;
    if (!isObject(templates)) {
      this.wrongType(`${path}.templates`, 'templates', templates);
      return;
    }
    this.unknownKeys(`${path}.templates`, templates, KEYS.templates, 'templates');
    for (const [name, slots] of Object.entries(TEMPLATE_SLOTS)) {
      const at = `${path}.templates.${name}`;
      const template = templates[name];
      if (template === undefined && (name === 'question' || name === 'statement')) {
        this.problem(at, { code: 'missing', params: { what: name === 'question' ? 'question-template' : 'statement-template' } });
        continue;
      }
      if (template === undefined || !this.text(at, template, 'template', MAX_TEMPLATE_LENGTH)) continue;
      this.slots(at, template, slots);
    }
    if (typeof templates.question === 'string' && !templates.question.trim().endsWith('?')) {
      this.problem(`${path}.templates.question`, { code: 'question_mark', params: {} });
    }
    if (typeof templates.reverse === 'string') {
      if (!templates.reverse.trim().endsWith('?')) this.problem(`${path}.templates.reverse`, { code: 'question_mark', params: {} });
      if (relation.inverse !== 'one') {
        this.problem(`${path}.templates.reverse`, { code: 'not_applicable', params: { property: 'reverse' } });
      }
    }
    if (templates.multiple !== undefined && relation.cardinality !== 'many') {
      this.problem(`${path}.templates.multiple`, { code: 'not_applicable', params: { property: 'multiple' } });
    }
    if (templates.plural !== undefined && relation.cardinality !== 'many') {
      this.problem(`${path}.templates.plural`, { code: 'not_applicable', params: { property: 'plural' } });
    }
  }

  protected slots(at: string, template: string, slots: { may: string[]; must: string[] }): void {
    const named = slotsOf(template);
    if (named.length > MAX_TEMPLATE_SLOTS) {
      this.problem(at, { code: 'too_many', params: { count: named.length, maximum: MAX_TEMPLATE_SLOTS, of: 'slots', in: 'template' } });
      return;
    }
    for (const slot of named) {
      if (!slots.may.includes(slot)) {
        this.problem(at, { code: 'unfilled_slot', params: { slot: escaped(slot, MAX_EXCERPT_LENGTH), fills: slots.may } });
      }
    }
    for (const slot of slots.must) {
      if (!named.includes(slot)) this.problem(at, { code: 'missing_slot', params: { slot } });
    }
  }

  /** A plain number (exact) or `{value, qualifier, tolerance?}`. */
  protected numberObject(path: string, value: unknown): boolean {
    if (typeof value === 'number') return this.number(path, value);
    if (!isObject(value) || !('value' in value || 'qualifier' in value)) {
      this.wrongType(path, 'number-object', value);
      return false;
    }
    this.unknownKeys(path, value, KEYS.number, 'number');
    let ok = this.number(`${path}.value`, value.value);
    if (!QUALIFIERS.includes(value.qualifier as string)) {
      this.notIn(`${path}.qualifier`, QUALIFIERS, value.qualifier);
      ok = false;
    }
    if (value.tolerance === undefined) return ok;
    if (value.qualifier !== 'about') {
      this.problem(`${path}.tolerance`, { code: 'not_applicable', params: { property: 'tolerance' } });
      return false;
    }
    if (!this.number(`${path}.tolerance`, value.tolerance)) return false;
    if (value.tolerance <= 0) {
      this.problem(`${path}.tolerance`, { code: 'out_of_range', params: { of: 'tolerance', value: value.tolerance, around: typeof value.value === 'number' ? value.value : String(value.value) } });
      return false;
    }
    return ok;
  }


  /** A date object: its precision, a date of that precision that exists, and the fields that precision allows. */
  protected date(path: string, value: unknown): boolean {
    if (!isObject(value)) {
      this.wrongType(path, 'date-object', value);
      return false;
    }
    this.unknownKeys(path, value, KEYS.date, 'date');
    const precision = value.precision as DatePrecision;
    if (!PRECISIONS.includes(precision)) {
      this.notIn(`${path}.precision`, PRECISIONS, value.precision);
      return false;
    }
    const date = value.date;
    if (typeof date !== 'string' || !DATE_SHAPE[precision].test(date)) {
      this.problem(`${path}.date`, { code: 'date_shape', params: { precision, received: valueWords(date) } });
      return false;
    }
    if (!isRealDate(date)) {
      this.problem(`${path}.date`, { code: 'date_not_real', params: { date } });
      return false;
    }
    let ok = true;
    if (precision === 'season' && !SEASONS.includes(value.season as string)) {
      this.wrongType(`${path}.season`, 'season', value.season);
      ok = false;
    }
    if (precision !== 'season' && value.season !== undefined) {
      this.problem(`${path}.season`, { code: 'not_applicable', params: { property: 'season' } });
      ok = false;
    }
    if (value.end !== undefined) {
      const end = value.end;
      if (precision !== 'day' || !isDay(end)) {
        this.wrongType(`${path}.end`, 'range-end', end);
        ok = false;
      } else if (dayNumber(end) <= dayNumber(date)) {
        this.problem(`${path}.end`, { code: 'range_end_before_start', params: { start: date, end } });
        ok = false;
      }
    }
    if (value.inferredYear !== undefined && typeof value.inferredYear !== 'boolean') {
      this.wrongType(`${path}.inferredYear`, 'boolean', value.inferredYear);
      ok = false;
    }
    if (value.asWritten !== undefined && !this.text(`${path}.asWritten`, value.asWritten, 'text', MAX_LABEL_LENGTH)) ok = false;
    return ok;
  }
}
