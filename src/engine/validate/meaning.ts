/**
 * What a pack's values mean together: ids that refer to declared things, class trees
 * without loops, objects of their relation's type and class, bounds that leave room and
 * hold the true objects, exclusions that are not answers, and facts that do not
 * contradict their relation. `PackChecker` walks the pack once, declarations first.
 */
import type { Relation } from '../pack.js';
import { dayNumber } from '../calendar.js';
import { foldText } from '../text.js';
import {
  MAX_CLASSES,
  MAX_ENTITIES,
  MAX_FACTS,
  MAX_LABEL_LENGTH,
  MAX_RELATIONS,
  MAX_SOURCES,
  MAX_STRING_LENGTH,
} from '../limits.js';
import type { ObjectWords, Thing } from '../../locales/problem-types.js';
import { type ProblemList, idWords, textWords, valueWords } from './messages.js';
import { type Window, dateOutside, daySpan, numberOutside } from './bounds.js';
import { SourceTexts, type ValidatePackOptions } from './quotes.js';
import { KEYS, ShapeChecker, isDay, isObject, type Json } from './shape.js';

/** The largest `weight` of a fact: ten times as likely to be asked as a usual one. */
export const MAX_WEIGHT = 10;

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

/** One pack, checked: the shape checks it inherits, then what ids, classes, relations, bounds and quotes mean together. */
export class PackChecker extends ShapeChecker {
  private readonly classes = new Map<string, Json>();
  private readonly entities = new Map<string, Json>();
  private readonly relations = new Map<string, Json>();
  private readonly sources = new Map<string, Json>();
  private readonly facts = new Map<string, Json>();
  private readonly ancestorsOf = new Map<string, Set<string>>();
  private readonly relationWindows = new Map<string, Window | undefined>();
  private readonly texts: SourceTexts;

  constructor(problems: ProblemList, options: ValidatePackOptions) {
    super(problems);
    this.texts = new SourceTexts(options, (path, data) => { this.problem(path, data); });
  }

  check(json: unknown): void {
    if (!isObject(json)) {
      this.problem('', { code: 'root_type', params: { of: 'pack', received: valueWords(json) } });
      return;
    }
    this.structure(json);
    this.unknownKeys('', json, KEYS.pack, 'pack');
    if (json.format !== 'fact-quiz/pack@1') {
      this.notIn('format', ['fact-quiz/pack@1'], json.format);
    }
    this.id('id', json.id);
    this.text('title', json.title, 'title');
    this.lang('lang', json.lang);
    if (!isDay(json.asOf)) {
      this.wrongType('asOf', 'day', json.asOf);
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
        this.problem(`facts[${String(i)}]`, { code: 'repeated_fact', params: { subject: String(fact.subject), relation: String(fact.relation), earlier } });
      }
      objectOf.set(pair, i);
      if (relation.inverse !== 'one') return;
      const objects = fact.objects ?? [fact.object];
      for (const object of Array.isArray(objects) ? (objects as unknown[]) : []) {
        const key = `${String(fact.relation)}\u241F${valueKey(object)}`;
        const holder = subjectOf.get(key);
        if (holder !== undefined && holder.subject !== fact.subject) {
          this.problem(`facts[${String(i)}]`, { code: 'second_subject', params: { object: this.objectWords(object), relation: String(fact.relation), earlier: holder.at } });
        }
        subjectOf.set(key, { subject: fact.subject, at: i });
      }
    });
  }

  /** An item's id, unique within its list: later items refer to it through `table`. */
  private declare(table: Map<string, Json>, item: Json, path: string, what: Thing): void {
    if (!this.id(`${path}.id`, item.id)) return;
    const id = item.id as string;
    if (table.has(id)) this.problem(`${path}.id`, { code: 'duplicate_id', params: { id: idWords(id), of: what } });
    else table.set(id, item);
  }

  /** A source: its fields, then its text file, looked for once. */
  private source(source: Json, path: string): void {
    this.unknownKeys(path, source, KEYS.source, 'source');
    this.declare(this.sources, source, path, 'source');
    if (this.sourceFields(source, path)) this.texts.file(`${path}.text`, source, source.text as string | undefined);
  }

  private entityClass(entityClass: Json, path: string): void {
    this.unknownKeys(path, entityClass, KEYS.class, 'class');
    this.text(`${path}.label`, entityClass.label, 'label', MAX_LABEL_LENGTH);
    if (entityClass.parent === undefined) return;
    if (!this.refersTo(this.classes, `${path}.parent`, entityClass.parent, 'class')) return;
    // A parent chain that comes back to its start would make "the broader class" endless.
    const seen = new Set<unknown>([entityClass.id]);
    for (let parent: unknown = entityClass.parent; typeof parent === 'string'; parent = this.classes.get(parent)?.parent) {
      if (seen.has(parent)) {
        this.problem(`${path}.parent`, { code: 'parent_loop', params: { parent: textWords(entityClass.parent as string) } });
        return;
      }
      seen.add(parent);
    }
  }

  private entity(entity: Json, path: string): void {
    this.unknownKeys(path, entity, KEYS.entity, 'entity');
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
      this.refersTo(this.classes, path, value, 'class');
      return;
    }
    if (value.length === 0) {
      this.problem(path, { code: 'empty', params: { of: 'classes' } });
      return;
    }
    const classes = this.items(path, value, 'classes');
    const seen = new Set<unknown>();
    classes?.forEach((c, i) => {
      const at = `${path}[${String(i)}]`;
      if (seen.has(c)) this.problem(at, { code: 'repeated_class', params: { class: valueWords(c) } });
      else if (this.refersTo(this.classes, at, c, 'class')) seen.add(c);
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
          this.problem(`${path}.label`, { code: 'same_label', params: { label: textWords(label), earlier: first, class: c } });
          return;
        }
        byLabel.set(key, index);
      }
    });
  }

  private relation(relation: Json, path: string): void {
    this.unknownKeys(path, relation, KEYS.relation, 'relation');
    if (this.objectType(relation, path)?.type === 'entity') this.refersTo(this.classes, `${path}.object.class`, (relation.object as Json).class, 'class');
    if (relation.cardinality !== 'one' && relation.cardinality !== 'many') {
      this.wrongType(`${path}.cardinality`, 'cardinality', relation.cardinality);
    }
    if (relation.closed !== undefined && typeof relation.closed !== 'boolean') {
      this.wrongType(`${path}.closed`, 'boolean', relation.closed);
    }
    if (relation.closed === true && relation.cardinality === 'many' && typeof relation.note !== 'string') {
      this.problem(`${path}.note`, { code: 'missing', params: { what: 'closed-note' } });
    }
    if (relation.note !== undefined) this.text(`${path}.note`, relation.note, 'note');
    if (relation.inverse !== undefined && relation.inverse !== 'one' && relation.inverse !== 'many') {
      this.notIn(`${path}.inverse`, ['one', 'many'], relation.inverse);
    }
    if (relation.subjectClass !== undefined) this.refersTo(this.classes, `${path}.subjectClass`, relation.subjectClass, 'class');
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

  private refersTo(table: Map<string, Json>, path: string, value: unknown, what: Thing): boolean {
    if (typeof value !== 'string') {
      this.wrongType(path, `${what}-id`, value);
      return false;
    }
    if (!table.has(value)) {
      if (value.length <= MAX_STRING_LENGTH) this.problem(path, { code: 'unknown_reference', params: { value: textWords(value), to: what } });
      return false;
    }
    return true;
  }

  private fact(fact: Json, path: string): void {
    this.unknownKeys(path, fact, KEYS.fact, 'fact');
    this.refersTo(this.entities, `${path}.subject`, fact.subject, 'entity');
    const relation = this.refersTo(this.relations, `${path}.relation`, fact.relation, 'relation')
      ? this.typed(this.relations.get(fact.relation as string))
      : undefined;
    const objects = this.factObjects(fact, path, relation);
    const source = this.refersTo(this.sources, `${path}.source`, fact.source, 'source')
      ? this.sources.get(fact.source as string)
      : undefined;
    if (this.text(`${path}.quote`, fact.quote, 'quote')) this.texts.check(`${path}.quote`, fact.quote, source);
    if (fact.quotes !== undefined) this.quotes(fact, path, source);
    if (fact.exclude !== undefined && relation !== undefined) this.exclude(fact, path, relation, objects);
    if (relation !== undefined) this.inBounds(fact, path, relation, objects.trueValues);
    if (fact.weight !== undefined && this.number(`${path}.weight`, fact.weight) && (fact.weight <= 0 || fact.weight > MAX_WEIGHT)) {
      this.problem(`${path}.weight`, { code: 'out_of_range', params: { of: 'weight', value: fact.weight, maximum: MAX_WEIGHT } });
    }
    if (fact.topic !== undefined) this.id(`${path}.topic`, fact.topic);
    if (fact.note !== undefined) this.text(`${path}.note`, fact.note, 'note');
  }

  /** The true and stated-false objects of a fact, checked against its relation. */
  private factObjects(fact: Json, path: string, relation: Relation | undefined): { trueValues: { value: unknown; path: string }[]; keys: Map<string, string> } {
    const hasOne = fact.object !== undefined;
    const hasMany = fact.objects !== undefined;
    if (hasOne === hasMany) {
      this.problem(hasOne ? `${path}.objects` : `${path}.object`, { code: 'object_or_objects', params: {} });
    }
    if (relation?.cardinality === 'one' && hasMany && !hasOne) {
      this.problem(`${path}.objects`, { code: 'one_object_relation', params: { relation: relation.id } });
    }
    const trueValues: { value: unknown; path: string }[] = [];
    if (hasOne) trueValues.push({ value: fact.object, path: `${path}.object` });
    if (hasMany) {
      const list = this.items(`${path}.objects`, fact.objects, 'objects');
      if (list?.length === 0) this.problem(`${path}.objects`, { code: 'empty', params: { of: 'objects' } });
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
      if (earlier !== undefined) this.problem(item.path, { code: 'repeated_object', params: { earlier } });
      else keys.set(key, item.path);
      if (trueValues.includes(item)) valid.push(item);
    }
    return { trueValues: valid, keys };
  }

  /** One quote per entry of `objects`, in order. */
  private quotes(fact: Json, path: string, source: Json | undefined): void {
    if (fact.objects === undefined) {
      this.problem(`${path}.quotes`, { code: 'not_applicable', params: { property: 'quotes' } });
      return;
    }
    const quotes = this.items(`${path}.quotes`, fact.quotes, 'quotes');
    if (quotes === undefined) return;
    if (Array.isArray(fact.objects) && quotes.length !== fact.objects.length) {
      this.problem(`${path}.quotes`, { code: 'quote_count', params: { quotes: quotes.length, objects: fact.objects.length } });
    }
    quotes.forEach((q, i) => {
      const at = `${path}.quotes[${String(i)}]`;
      if (this.text(at, q, 'quote')) this.texts.check(at, q, source);
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
        this.problem(at, { code: 'excluded_answer', params: { object: this.objectWords(value), earlier, stated: 'true' } });
      } else {
        this.problem(at, { code: 'excluded_answer', params: { object: this.objectWords(value), earlier, stated: 'false' } });
      }
    });
  }

  /** How an object is named in a message: its short escaped text, its number or its date. */
  private objectWords(value: unknown): ObjectWords {
    if (typeof value === 'string') return textWords(value);
    if (typeof value === 'number') return { kind: 'bare-number', value };
    if (isObject(value) && typeof value.value === 'number') return { kind: 'qualified', qualifier: String(value.qualifier), value: value.value };
    if (isObject(value) && typeof value.date === 'string') return textWords(value.date);
    return valueWords(value);
  }

  /**
   * Bounds on a relation or a fact, checked against the relation's type: numbers
   * for number relations; days and facts with a date for date relations.
   */
  private bounds(path: string, bounds: unknown, relation: Relation): Window | undefined {
    if (!isObject(bounds)) {
      this.wrongType(path, 'bounds', bounds);
      return undefined;
    }
    this.unknownKeys(path, bounds, KEYS.bounds, 'bounds');
    const type = relation.object.type;
    if (type !== 'number' && type !== 'date') {
      this.problem(path, { code: 'bounds_wrong_type', params: { relation: relation.id, takes: type } });
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
        this.problem(`${path}.${side}`, { code: 'not_applicable', params: { property: side } });
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
    if (!isDay(value)) {
      this.wrongType(path, 'bound-day', value);
      return undefined;
    }
    return dayNumber(value);
  }

  /** The days of the date `object` of the fact named at `path`. */
  private factDate(path: string, value: unknown): [number, number] | undefined {
    if (!this.refersTo(this.facts, path, value, 'fact')) return undefined;
    const fact = this.facts.get(value as string);
    const type = this.typed(this.relations.get(fact?.relation as string))?.object.type;
    const span = type === 'date' ? daySpan(fact?.object) : undefined;
    if (span === undefined) {
      this.problem(path, { code: 'no_date_fact', params: { fact: textWords(value as string) } });
    }
    return span;
  }

  /** Bounds that leave no room at all are a typing mistake. */
  private nonEmpty(path: string, window: Window, type: 'number' | 'date'): void {
    if (window.min !== undefined && window.max !== undefined && window.min > window.max) {
      this.problem(`${path}.max`, { code: 'bounds_empty', params: type === 'number' ? { kind: 'numbers', min: window.min, max: window.max } : { kind: 'dates' } });
    }
    if (window.after !== undefined && window.before !== undefined && window.before - window.after < 2) {
      this.problem(`${path}.before`, { code: 'bounds_empty', params: { kind: 'after-before' } });
    }
  }

  /** A fact's true objects lie inside the bounds that apply to it: its own, else its relation's. */
  private inBounds(fact: Json, path: string, relation: Relation, trueValues: { value: unknown; path: string }[]): void {
    const window = fact.bounds !== undefined ? this.bounds(`${path}.bounds`, fact.bounds, relation) : this.relationWindows.get(relation.id);
    if (window === undefined) return;
    for (const { value, path: at } of trueValues) {
      const outside = relation.object.type === 'number' ? numberOutside(value, window) : dateOutside(value, window);
      if (outside !== undefined) this.problem(at, { code: 'outside_bounds', params: { at: window.at, reason: outside } });
    }
  }

  /** Checks one object against the relation's object type. */
  private objectValue(path: string, value: unknown, relation: Relation): boolean {
    const type = relation.object;
    switch (type.type) {
      case 'entity': {
        if (!this.refersTo(this.entities, path, value, 'entity')) return false;
        const entity = this.entities.get(value as string);
        if (typeof type.class === 'string' && !this.isOfClass(entity, type.class)) {
          this.problem(path, { code: 'class_mismatch', params: { entity: textWords(value as string), classes: classesOf(entity), relation: relation.id, takes: type.class } });
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
}
