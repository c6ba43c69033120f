/**
 * Lookups over a validated pack, built once per pack object: what is true, what is
 * provably false, which entities a class holds. Distractors are chosen only through
 * `isFalseObject` and `isFalseSubject`, so no option is ever true in the pack.
 */
import type { Bounds, DateValue, Entity, EntityClass, Fact, ObjectValue, Pack, Relation, Source } from './pack.js';
import { Verbaliser } from './verbalise.js';
import { foldText } from './text.js';
import { isNumberValue, numberOf } from './values.js';

const SEP = '\u241F';

/** A key that is equal for equal objects, whatever their type. */
export function objectKey(value: ObjectValue): string {
  if (typeof value === 'string') return `s${SEP}${value}`;
  // "about 80" and 80 are one number: a distractor is compared with the value.
  if (isNumberValue(value)) return `n${SEP}${String(numberOf(value))}`;
  const date: DateValue = value;
  return ['d', date.date, date.end ?? '', date.precision, date.season ?? ''].join(SEP);
}

/** The true objects of a fact, whether it gives `object` or `objects`. */
export function objectsOf(fact: Fact): ObjectValue[] {
  return fact.objects ?? (fact.object === undefined ? [] : [fact.object]);
}

/** The classes of an entity, whether it names one or several. */
export function classesOf(entity: Entity): readonly string[] {
  return typeof entity.class === 'string' ? [entity.class] : entity.class;
}

export class PackIndex {
  readonly verbaliser: Verbaliser;
  private readonly entities = new Map<string, Entity>();
  private readonly classes = new Map<string, EntityClass>();
  private readonly relations = new Map<string, Relation>();
  private readonly sources = new Map<string, Source>();
  private readonly members = new Map<string, Entity[]>();
  private readonly subclasses = new Map<string, string[]>();
  private readonly trueObjects = new Map<string, Set<string>>();
  private readonly statedFalse = new Map<string, Set<string>>();
  private readonly subjects = new Map<string, Set<string>>();
  private readonly cousins = new Map<string, Entity[]>();
  private readonly kin = new Map<string, Entity[]>();
  /** Folded label and aliases of each entity: two entities sharing one may be one thing. */
  private readonly names = new Map<string, ReadonlySet<string>>();
  /** True entity objects of each (subject, relation). */
  private readonly trueEntities = new Map<string, Set<string>>();
  /** True objects of each (subject, relation), as the pack gives them. */
  private readonly trueValues = new Map<string, ObjectValue[]>();
  /** Objects never offered as false, by (subject, relation) and by relation. */
  private readonly excluded = new Map<string, Set<string>>();
  private readonly facts = new Map<string, Fact>();
  /** Facts whose bounds say they come after (or before) a fact, by that fact's id. */
  private readonly comesAfter = new Map<string, Set<string>>();
  private readonly comesBefore = new Map<string, Set<string>>();

  constructor(readonly pack: Pack) {
    this.verbaliser = new Verbaliser(pack.lang);
    for (const c of pack.classes) {
      this.classes.set(c.id, c);
      this.members.set(c.id, []);
    }
    for (const c of pack.classes) {
      if (c.parent !== undefined) this.subclassList(c.parent).push(c.id);
    }
    for (const e of pack.entities) {
      this.entities.set(e.id, e);
      for (const c of classesOf(e)) this.members.get(c)?.push(e);
      this.names.set(e.id, new Set([e.label, ...(e.aliases ?? [])].map(foldText).filter((n) => n !== '')));
    }
    for (const r of pack.relations) {
      this.relations.set(r.id, r);
      for (const value of r.exclude ?? []) setIn(this.excluded, r.id, objectKey(value));
    }
    for (const s of pack.sources) this.sources.set(s.id, s);
    for (const fact of pack.facts) {
      this.facts.set(fact.id, fact);
      const bounds = fact.bounds ?? this.relations.get(fact.relation)?.bounds;
      if (bounds?.after !== undefined) setIn(this.comesAfter, bounds.after, fact.id);
      if (bounds?.before !== undefined) setIn(this.comesBefore, bounds.before, fact.id);
      const pair = fact.subject + SEP + fact.relation;
      for (const value of fact.exclude ?? []) setIn(this.excluded, pair, objectKey(value));
      for (const value of objectsOf(fact)) {
        const key = objectKey(value);
        setIn(this.trueObjects, pair, key);
        if (typeof value === 'string' && this.entities.has(value)) setIn(this.trueEntities, pair, value);
        let values = this.trueValues.get(pair);
        if (values === undefined) {
          values = [];
          this.trueValues.set(pair, values);
        }
        values.push(value);
        setIn(this.subjects, fact.relation + SEP + key, fact.subject);
      }
      for (const value of fact.falseObjects ?? []) setIn(this.statedFalse, pair, objectKey(value));
    }
  }

  entity(id: string): Entity {
    return this.entities.get(id) as Entity;
  }

  /** The entity of an id, or undefined when the id is a text, not an entity. */
  findEntity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  relation(id: string): Relation {
    return this.relations.get(id) as Relation;
  }

  source(id: string): Source {
    return this.sources.get(id) as Source;
  }

  entityClass(id: string): EntityClass | undefined {
    return this.classes.get(id);
  }

  fact(id: string): Fact | undefined {
    return this.facts.get(id);
  }

  /** The bounds of a fact's distractors: its own, else its relation's. */
  boundsOf(factId: string): Bounds | undefined {
    const fact = this.facts.get(factId);
    return fact === undefined ? undefined : (fact.bounds ?? this.relations.get(fact.relation)?.bounds);
  }

  /** Facts that the pack says come before this one (their `bounds.before` names it). */
  precededBy(factId: string): readonly string[] {
    return [...(this.comesBefore.get(factId) ?? [])];
  }

  /** Facts that the pack says come after this one (their `bounds.after` names it). */
  followedBy(factId: string): readonly string[] {
    return [...(this.comesAfter.get(factId) ?? [])];
  }

  /** True when `classId` is `ancestor` or a class under it. */
  isUnder(classId: string, ancestor: string): boolean {
    const seen = new Set<string>();
    for (let c: string | undefined = classId; c !== undefined && !seen.has(c); c = this.classes.get(c)?.parent) {
      if (c === ancestor) return true;
      seen.add(c);
    }
    return false;
  }

  /** The class an entity is asked as: its first class within `rangeClass` (or its first). */
  classAsked(entity: Entity, rangeClass: string | undefined): string {
    const classes = classesOf(entity);
    return (rangeClass === undefined ? undefined : classes.find((c) => this.isUnder(c, rangeClass))) ?? (classes[0] as string);
  }

  /** Entities of exactly this class. */
  membersOf(classId: string): readonly Entity[] {
    return this.members.get(classId) ?? [];
  }

  /** Entities of the classes under `classId`'s parent other than `classId` itself (kept once built). */
  cousinsOf(classId: string): readonly Entity[] {
    let result = this.cousins.get(classId);
    if (result === undefined) {
      result = [];
      const parent = this.classes.get(classId)?.parent;
      if (parent !== undefined) {
        result.push(...this.membersOf(parent));
        const stack = (this.subclasses.get(parent) ?? []).filter((c) => c !== classId);
        for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
          result.push(...this.membersOf(c));
          stack.push(...(this.subclasses.get(c) ?? []));
        }
      }
      this.cousins.set(classId, result);
    }
    return result;
  }

  /** The class's own entities and its cousins (kept once built). */
  kinOf(classId: string): readonly Entity[] {
    let result = this.kin.get(classId);
    if (result === undefined) {
      result = [...this.membersOf(classId), ...this.cousinsOf(classId)];
      this.kin.set(classId, result);
    }
    return result;
  }

  /**
   * True when two entities may be one thing under two names: a label or alias of one is
   * a label or alias of the other ("Accor Arena" and "Bercy Arena", alias "Accor Arena").
   */
  sameThing(a: string, b: string): boolean {
    return a === b || sharesName(this.names.get(a), this.names.get(b));
  }

  /** True when the pack proves `object` false for (subject, relation). */
  isFalseObject(subject: string, relation: Relation, object: ObjectValue): boolean {
    return this.falseObjectTest(subject, relation)(object);
  }

  /** `isFalseObject` for one (subject, relation), its lookups done once: a draw tries many objects. */
  falseObjectTest(subject: string, relation: Relation): (object: ObjectValue) => boolean {
    const pair = subject + SEP + relation.id;
    const known = this.trueObjects.get(pair);
    const excludedHere = this.excluded.get(pair);
    const excludedEverywhere = this.excluded.get(relation.id);
    // Names looked up once: a draw compares each candidate with the subject and every true object.
    const subjectNames = this.names.get(subject);
    const trueNames = [...(this.trueEntities.get(pair) ?? [])].map((id) => ({ id, names: this.names.get(id) }));
    const stated = this.statedFalse.get(pair);
    const entities = relation.object.type === 'entity';
    // One true object per subject, and the pack gives it: any other is false.
    const othersFalse = (relation.cardinality === 'one' && known !== undefined) || relation.closed === true;
    return (object) => {
      const key = objectKey(object);
      if (known?.has(key) === true) return false;
      // The author knows it is not false, or the fact is about it: never a wrong answer.
      if (excludedHere?.has(key) === true || excludedEverywhere?.has(key) === true) return false;
      if (entities && typeof object === 'string') {
        const names = this.names.get(object);
        if (object === subject || sharesName(names, subjectNames)) return false;
        // Another name of a true object is true too: never a wrong answer.
        for (const t of trueNames) if (t.id === object || sharesName(t.names, names)) return false;
      }
      return stated?.has(key) === true || othersFalse;
    };
  }

  /** True when the pack proves that `candidate` is not a subject of (relation, object). */
  isFalseSubject(candidate: string, relation: Relation, object: ObjectValue): boolean {
    const holders = this.subjects.get(relation.id + SEP + objectKey(object));
    if (holders?.has(candidate) === true) return false;
    if (this.excluded.get(candidate + SEP + relation.id)?.has(objectKey(object)) === true) return false;
    if (typeof object === 'string' && this.sameThing(object, candidate)) return false;
    for (const holder of holders ?? []) if (this.sameThing(holder, candidate)) return false;
    if (relation.inverse === 'one' && holders !== undefined) return true;
    return relation.closed === true;
  }

  /** Every true object of (subject, relation), as the pack gives them. */
  trueValuesOf(subject: string, relation: string): readonly ObjectValue[] {
    return this.trueValues.get(subject + SEP + relation) ?? [];
  }

  /** Every true object of (subject, relation), as keys. */
  trueKeys(subject: string, relation: string): ReadonlySet<string> {
    return this.trueObjects.get(subject + SEP + relation) ?? new Set();
  }

  private subclassList(parent: string): string[] {
    let list = this.subclasses.get(parent);
    if (list === undefined) {
      list = [];
      this.subclasses.set(parent, list);
    }
    return list;
  }
}

/** True when two sets of folded names have one in common. */
function sharesName(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  for (const name of a) if (b.has(name)) return true;
  return false;
}

function setIn(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

const indexes = new WeakMap<Pack, PackIndex>();

/** The index of a pack, built on first use and kept while the pack object lives. */
export function indexPack(pack: Pack): PackIndex {
  let index = indexes.get(pack);
  if (index === undefined) {
    index = new PackIndex(pack);
    indexes.set(pack, index);
  }
  return index;
}
