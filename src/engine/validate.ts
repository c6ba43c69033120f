import type {
  DatePrecision,
  DateValue,
  Pack,
  PackProblem,
  Relation,
  ValidationResult,
} from './pack.js';
import { dayNumber, isRealDate } from './calendar.js';
import { foldQuote, foldText } from './text.js';

export interface ValidatePackOptions {
  /**
   * Returns the text of a source file named by `Source.text` (a file in
   * `questions/sources/`), or undefined when it is not available. Quotes are checked
   * only against texts it returns.
   */
  sourceText?: (fileName: string) => string | undefined;
}

type Json = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const SLOT = /\{([^{}]*)\}/g;
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'season', 'year'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
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
};

const KEYS = {
  pack: ['$schema', 'format', 'id', 'title', 'lang', 'asOf', 'description', 'sources', 'classes', 'entities', 'relations', 'facts'],
  source: ['id', 'title', 'publisher', 'url', 'text'],
  class: ['id', 'label', 'parent'],
  entity: ['id', 'label', 'class', 'aliases', 'note'],
  relation: ['id', 'object', 'cardinality', 'closed', 'inverse', 'subjectClass', 'templates', 'note'],
  fact: ['id', 'subject', 'relation', 'object', 'objects', 'falseObjects', 'source', 'quote', 'topic', 'note'],
  date: ['date', 'end', 'precision', 'season', 'inferredYear', 'asWritten'],
  objectType: ['type', 'class', 'unit', 'unitPlural'],
};

/**
 * Checks that a JSON value is a fact pack and returns it typed, or every problem
 * found, each with its JSON path and a sentence a teacher understands.
 * Never throws and never changes `json`; the returned pack is a copy.
 *
 * @example
 * const result = validatePack(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validatePack(json: unknown, options: ValidatePackOptions = {}): ValidationResult {
  const problems: PackProblem[] = [];
  try {
    new PackChecker(problems, options).check(json);
  } catch (error) {
    // A checker bug must not become a teacher's crash: report it as a problem instead.
    problems.push({ path: '', message: `The pack could not be checked (${String(error)}).` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, pack: structuredClone(json) as Pack, problems: [] };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

class PackChecker {
  private readonly classes = new Map<string, Json>();
  private readonly entities = new Map<string, Json>();
  private readonly relations = new Map<string, Json>();
  private readonly sources = new Map<string, Json>();

  constructor(
    private readonly problems: PackProblem[],
    private readonly options: ValidatePackOptions,
  ) {}

  check(json: unknown): void {
    if (!isObject(json)) {
      this.problem('', `A pack must be a JSON object, but this is ${describe(json)}.`);
      return;
    }
    this.forbiddenKeys(json);
    this.unknownKeys('', json, KEYS.pack, 'a pack');
    if (json.format !== 'fact-quiz/pack@1') {
      this.problem('format', `must be "fact-quiz/pack@1", but is ${describe(json.format)}.`);
    }
    this.id('id', json.id);
    this.text('title', json.title);
    this.lang('lang', json.lang);
    if (typeof json.asOf !== 'string' || !DATE_SHAPE.day.test(json.asOf) || !isRealDate(json.asOf)) {
      this.problem('asOf', `must be a real date written YYYY-MM-DD, but is ${describe(json.asOf)}.`);
    }
    if (json.description !== undefined) this.text('description', json.description);

    // Declarations first, so that facts can refer to anything declared anywhere.
    this.list(json, 'sources', (s, path) => { this.source(s, path); });
    this.list(json, 'classes', (c, path) => { this.declare(this.classes, c, path, 'class'); });
    this.list(json, 'entities', (e, path) => { this.declare(this.entities, e, path, 'entity'); });
    this.list(json, 'relations', (r, path) => { this.declare(this.relations, r, path, 'relation'); });
    this.each(json, 'classes', (c, path) => { this.entityClass(c, path); });
    this.each(json, 'entities', (e, path) => { this.entity(e, path); });
    this.sameLabels(json);
    this.each(json, 'relations', (r, path) => { this.relation(r, path); });
    const factIds = new Set<string>();
    this.list(json, 'facts', (f, path) => {
      if (typeof f.id === 'string' && factIds.has(f.id)) {
        this.problem(`${path}.id`, `"${f.id}" is the id of an earlier fact: ids must be unique.`);
      }
      if (typeof f.id === 'string') factIds.add(f.id);
      this.fact(f, path);
    });
    if (this.problems.length === 0) this.contradictions(json.facts as Json[]);
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
        const key = `${String(fact.relation)}\u241F${JSON.stringify(object)}`;
        const holder = subjectOf.get(key);
        if (holder !== undefined && holder.subject !== fact.subject) {
          this.problem(`facts[${String(i)}]`, `gives ${JSON.stringify(object)} a second subject, but relation "${String(fact.relation)}" has "inverse": "one" (facts[${String(holder.at)}] has it already).`);
        }
        subjectOf.set(key, { subject: fact.subject, at: i });
      }
    });
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** `__proto__`, `constructor` and `prototype` keys can poison objects built from the pack. */
  private forbiddenKeys(root: unknown): void {
    const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const { value, path } = item;
      if (Array.isArray(value)) {
        value.forEach((v: unknown, i) => stack.push({ value: v, path: `${path}[${String(i)}]` }));
      } else if (isObject(value)) {
        for (const key of Object.keys(value)) {
          const keyPath = path === '' ? key : `${path}.${key}`;
          if (FORBIDDEN_KEYS.has(key)) {
            this.problem(keyPath, `"${key}" is not allowed as a key anywhere in a pack.`);
          } else {
            stack.push({ value: value[key], path: keyPath });
          }
        }
      }
    }
  }

  private unknownKeys(path: string, value: Json, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key) && !FORBIDDEN_KEYS.has(key)) {
        const at = path === '' ? key : `${path}.${key}`;
        this.problem(at, `"${key}" is not a property of ${what} (it may be misspelt; allowed: ${allowed.join(', ')}).`);
      }
    }
  }

  /** Calls `visit` on every object of the list at `json[key]`, reporting what is not one. */
  private list(json: Json, key: string, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value)) {
      this.problem(key, `must be a list, but is ${value === undefined ? 'missing' : describe(value)}.`);
      return;
    }
    value.forEach((item: unknown, i) => {
      const path = `${key}[${String(i)}]`;
      if (isObject(item)) visit(item, path);
      else this.problem(path, `must be an object, but is ${describe(item)}.`);
    });
  }

  /** Like `list` but silent about shapes already reported. */
  private each(json: Json, key: string, visit: (item: Json, path: string) => void): void {
    const value = json[key];
    if (!Array.isArray(value)) return;
    value.forEach((item: unknown, i) => {
      if (isObject(item)) visit(item, `${key}[${String(i)}]`);
    });
  }

  private declare(table: Map<string, Json>, item: Json, path: string, what: string): void {
    if (!this.id(`${path}.id`, item.id)) return;
    const id = item.id as string;
    if (table.has(id)) this.problem(`${path}.id`, `"${id}" is the id of an earlier ${what}: ids must be unique.`);
    else table.set(id, item);
  }

  private id(path: string, value: unknown): boolean {
    if (typeof value !== 'string' || !ID.test(value)) {
      this.problem(path, `must be an id of lower-case letters, digits and dashes, but is ${value === undefined ? 'missing' : describe(value)}.`);
      return false;
    }
    return true;
  }

  private text(path: string, value: unknown, what = 'text'): value is string {
    if (typeof value !== 'string') {
      this.problem(path, `must be a ${what}, but is ${value === undefined ? 'missing' : describe(value)}.`);
      return false;
    }
    if (value.trim() === '') {
      this.problem(path, `is empty: write the ${what}.`);
      return false;
    }
    return true;
  }

  private lang(path: string, value: unknown): void {
    if (!this.text(path, value, 'language tag')) return;
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      this.problem(path, `"${value}" is not a language tag such as "en-GB".`);
    }
  }

  private source(source: Json, path: string): void {
    this.unknownKeys(path, source, KEYS.source, 'a source');
    this.declare(this.sources, source, path, 'source');
    this.text(`${path}.title`, source.title, 'title');
    if (source.publisher !== undefined) this.text(`${path}.publisher`, source.publisher, 'publisher');
    if (source.url !== undefined && !(typeof source.url === 'string' && isHttpUrl(source.url))) {
      this.problem(`${path}.url`, `must be an http or https address, but is ${describe(source.url)}.`);
    }
    if (source.text !== undefined && !(typeof source.text === 'string' && /^[\w.-]+$/.test(source.text))) {
      this.problem(`${path}.text`, `must be a file name in questions/sources/ (no folders), but is ${describe(source.text)}.`);
    }
  }

  private entityClass(entityClass: Json, path: string): void {
    this.unknownKeys(path, entityClass, KEYS.class, 'a class');
    this.text(`${path}.label`, entityClass.label, 'label');
    if (entityClass.parent === undefined) return;
    if (!this.refersTo(this.classes, `${path}.parent`, entityClass.parent, 'a class')) return;
    // A parent chain that comes back to its start would make "the broader class" endless.
    const seen = new Set<unknown>([entityClass.id]);
    for (let parent: unknown = entityClass.parent; typeof parent === 'string'; parent = this.classes.get(parent)?.parent) {
      if (seen.has(parent)) {
        this.problem(`${path}.parent`, `"${JSON.stringify(entityClass.parent)}" makes a loop of parent classes.`);
        return;
      }
      seen.add(parent);
    }
  }

  private entity(entity: Json, path: string): void {
    this.unknownKeys(path, entity, KEYS.entity, 'an entity');
    this.text(`${path}.label`, entity.label, 'label');
    this.refersTo(this.classes, `${path}.class`, entity.class, 'a class');
    if (entity.aliases === undefined) return;
    if (!Array.isArray(entity.aliases)) {
      this.problem(`${path}.aliases`, `must be a list of names, but is ${describe(entity.aliases)}.`);
      return;
    }
    entity.aliases.forEach((alias: unknown, i) => this.text(`${path}.aliases[${String(i)}]`, alias, 'name'));
  }

  /** Two entities that read the same would make two options that look alike. */
  private sameLabels(json: Json): void {
    const byLabel = new Map<string, number>();
    this.each(json, 'entities', (entity, path) => {
      if (typeof entity.label !== 'string' || entity.label.trim() === '') return;
      const folded = foldText(entity.label);
      const first = byLabel.get(folded);
      if (first === undefined) byLabel.set(folded, Number(/\d+/.exec(path)?.[0]));
      else this.problem(`${path}.label`, `"${entity.label}" reads the same as the label of entities[${String(first)}].`);
    });
  }

  private relation(relation: Json, path: string): void {
    this.unknownKeys(path, relation, KEYS.relation, 'a relation');
    const object = relation.object;
    if (!isObject(object)) {
      this.problem(`${path}.object`, `must describe the type of the objects, e.g. {"type": "entity", "class": "venue"}, but is ${object === undefined ? 'missing' : describe(object)}.`);
    } else {
      this.unknownKeys(`${path}.object`, object, KEYS.objectType, 'an object type');
      if (object.type === 'entity') this.refersTo(this.classes, `${path}.object.class`, object.class, 'a class');
      else if (object.type === 'number') {
        this.text(`${path}.object.unit`, object.unit, 'unit');
        if (object.unitPlural !== undefined) this.text(`${path}.object.unitPlural`, object.unitPlural, 'unit');
      } else if (object.type !== 'date' && object.type !== 'text') {
        this.problem(`${path}.object.type`, `must be "entity", "date", "number" or "text", but is ${describe(object.type)}.`);
      }
    }
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
  }

  private templates(relation: Json, path: string): void {
    const templates = relation.templates;
    if (!isObject(templates)) {
      this.problem(`${path}.templates`, `must hold the question and statement wording, but is ${templates === undefined ? 'missing' : describe(templates)}.`);
      return;
    }
    this.unknownKeys(`${path}.templates`, templates, Object.keys(TEMPLATE_SLOTS), 'the templates');
    for (const [name, slots] of Object.entries(TEMPLATE_SLOTS)) {
      const at = `${path}.templates.${name}`;
      const template = templates[name];
      if (template === undefined && (name === 'question' || name === 'statement')) {
        this.problem(at, `is missing: every relation needs a ${name} template.`);
        continue;
      }
      if (template === undefined || !this.text(at, template, 'template')) continue;
      const named = slotsOf(template);
      for (const slot of named) {
        if (!slots.may.includes(slot)) {
          this.problem(at, `names the slot {${slot}}, which this template does not fill (it fills ${slots.may.map((s) => `{${s}}`).join(' and ')}).`);
        }
      }
      for (const slot of slots.must) {
        if (!named.includes(slot)) this.problem(at, `must name the slot {${slot}}.`);
      }
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
  }

  private refersTo(table: Map<string, Json>, path: string, value: unknown, what: string): boolean {
    if (typeof value !== 'string') {
      this.problem(path, `must be the id of ${what}, but is ${value === undefined ? 'missing' : describe(value)}.`);
      return false;
    }
    if (!table.has(value)) {
      this.problem(path, `"${value}" is not ${what} of this pack.`);
      return false;
    }
    return true;
  }

  private fact(fact: Json, path: string): void {
    this.unknownKeys(path, fact, KEYS.fact, 'a fact');
    this.id(`${path}.id`, fact.id);
    this.refersTo(this.entities, `${path}.subject`, fact.subject, 'an entity');
    const relation = this.refersTo(this.relations, `${path}.relation`, fact.relation, 'a relation')
      ? (this.relations.get(fact.relation as string) as unknown as Relation)
      : undefined;
    this.factObjects(fact, path, relation);
    const source = this.refersTo(this.sources, `${path}.source`, fact.source, 'a source')
      ? this.sources.get(fact.source as string)
      : undefined;
    if (this.text(`${path}.quote`, fact.quote, 'quote') && typeof source?.text === 'string') {
      const text = this.options.sourceText?.(source.text);
      if (text !== undefined && !foldQuote(text).includes(foldQuote(fact.quote))) {
        this.problem(`${path}.quote`, `is not in the text of source "${String(source.id)}" word for word: copy it from the article.`);
      }
    }
    if (fact.topic !== undefined) this.id(`${path}.topic`, fact.topic);
    if (fact.note !== undefined) this.text(`${path}.note`, fact.note, 'note');
  }

  private factObjects(fact: Json, path: string, relation: Relation | undefined): void {
    const hasOne = fact.object !== undefined;
    const hasMany = fact.objects !== undefined;
    if (hasOne === hasMany) {
      this.problem(hasOne ? `${path}.objects` : `${path}.object`, 'give either "object" (one true object) or "objects" (a list), not both or neither.');
    }
    if (relation !== undefined && hasOne !== hasMany && typeof relation.cardinality === 'string') {
      if (relation.cardinality === 'one' && hasMany) {
        this.problem(`${path}.objects`, `relation "${relation.id}" has one true object per subject: use "object".`);
      }
    }
    const trueValues: { value: unknown; path: string }[] = [];
    if (hasOne) trueValues.push({ value: fact.object, path: `${path}.object` });
    if (hasMany) {
      if (!Array.isArray(fact.objects) || fact.objects.length === 0) {
        this.problem(`${path}.objects`, `must be a list of at least one object, but is ${describe(fact.objects)}.`);
      } else {
        fact.objects.forEach((value: unknown, i) => trueValues.push({ value, path: `${path}.objects[${String(i)}]` }));
      }
    }
    const falseValues: { value: unknown; path: string }[] = [];
    if (fact.falseObjects !== undefined) {
      if (!Array.isArray(fact.falseObjects)) {
        this.problem(`${path}.falseObjects`, `must be a list, but is ${describe(fact.falseObjects)}.`);
      } else {
        fact.falseObjects.forEach((value: unknown, i) => falseValues.push({ value, path: `${path}.falseObjects[${String(i)}]` }));
      }
    }
    if (relation === undefined || !isObject(relation.object)) return;
    const seen = new Map<string, string>();
    for (const { value, path: at } of [...trueValues, ...falseValues]) {
      if (!this.objectValue(at, value, relation)) continue;
      const key = JSON.stringify(value);
      const earlier = seen.get(key);
      if (earlier !== undefined) this.problem(at, `repeats the object at ${earlier}: an object is either true or false, once.`);
      else seen.set(key, at);
    }
  }

  /** Checks one object against the relation's object type. */
  private objectValue(path: string, value: unknown, relation: Relation): boolean {
    const type = relation.object;
    switch (type.type) {
      case 'entity': {
        if (!this.refersTo(this.entities, path, value, 'an entity')) return false;
        const entity = this.entities.get(value as string);
        if (typeof type.class === 'string' && entity !== undefined && !this.isOfClass(entity.class, type.class)) {
          this.problem(path, `"${value as string}" is a ${String(entity.class)}, but relation "${relation.id}" takes a ${type.class}.`);
          return false;
        }
        return true;
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          this.problem(path, `must be a number, but is ${describe(value)}.`);
          return false;
        }
        return true;
      case 'text':
        return this.text(path, value, 'text');
      case 'date':
        return this.date(path, value);
      default:
        return false;
    }
  }

  private isOfClass(classId: unknown, wanted: string): boolean {
    const seen = new Set<unknown>();
    for (let c: unknown = classId; typeof c === 'string' && !seen.has(c); c = this.classes.get(c)?.parent) {
      if (c === wanted) return true;
      seen.add(c);
    }
    return false;
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
    if (value.asWritten !== undefined && !this.text(`${path}.asWritten`, value.asWritten)) ok = false;
    return ok;
  }
}

/** Only http(s) links are ever followed: no javascript:, data: or file: URLs. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export type { DateValue };
