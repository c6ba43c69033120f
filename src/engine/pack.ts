/**
 * The fact-pack format: what a pack of facts taken from articles looks like once
 * `validatePack` has accepted it. `questions/fact-pack.schema.json` is the same
 * format as a JSON Schema, for editors.
 */

/** A pack of facts from one or more articles, in one language. */
export interface Pack {
  /** The pack format and version. */
  format: 'fact-quiz/pack@1';
  /** Stable id, letters, digits and dashes: `state-visit`. */
  id: string;
  title: string;
  /** BCP 47 language tag of every text in the pack: `en-GB`. */
  lang: string;
  /** The day the facts were true, `YYYY-MM-DD`: questions speak as of this day. */
  asOf: string;
  description?: string;
  sources: Source[];
  /** Classes of entities, with an optional parent: easy distractors come from the parent. */
  classes: EntityClass[];
  entities: Entity[];
  relations: Relation[];
  facts: Fact[];
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** Only http(s) URLs are accepted. */
  url?: string;
  /** File name in `questions/sources/` holding the article text that quotes are checked against. */
  text?: string;
}

export interface EntityClass {
  id: string;
  /** Singular noun for the class, used in instructions: `royal residence`. */
  label: string;
  /** A broader class: `royal-residence` has the parent `venue`. */
  parent?: string;
}

export interface Entity {
  id: string;
  /** How the entity is written in a question or an option: `Windsor Castle`. */
  label: string;
  class: string;
  /** Other names that mean the same entity: never offered as distractors of it. */
  aliases?: string[];
  note?: string;
}

/** Date precisions a fact can carry; a date is shown and compared at its precision. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** The type of a relation's objects. */
export type ObjectType =
  | { type: 'entity'; class: string }
  | { type: 'date' }
  | { type: 'number'; unit: string; unitPlural?: string }
  | { type: 'text' };

/**
 * Wording of a relation. Slots: `{subject}` and `{object}` (the object's rendering).
 * `question` names only `{subject}`; `reverse` only `{object}`; `statement` both.
 */
export interface RelationTemplates {
  /** A complete question ending in `?`: `Where will {subject} be held?` */
  question: string;
  /** A declarative sentence: `{subject} will be held at {object}.` */
  statement: string;
  /** A question asking for the subject: `Which event will be held at {object}?` */
  reverse?: string;
  /** Instruction for select-all items: `Select every US president who {…}.` */
  multiple?: string;
  /** For date relations: a short name of the event the fact dates, for timelines. */
  event?: string;
}

export interface Relation {
  id: string;
  object: ObjectType;
  /**
   * `one`: a subject has exactly one true object, so every other value is false.
   * `many`: a subject may have several true objects.
   */
  cardinality: 'one' | 'many';
  /**
   * Closed world: the pack lists every true object of this relation for every
   * subject, so an unlisted object of the relation's class is false. Declare it only
   * where the articles justify it, and say why in `note`.
   */
  closed?: boolean;
  /**
   * Reverse questions ask for the subject. Allowed only when each object has exactly
   * one subject in the world of the pack (`inverse: 'one'`).
   */
  inverse?: 'one' | 'many';
  /** The class of the subjects of this relation (for reverse questions). */
  subjectClass?: string;
  templates: RelationTemplates;
  note?: string;
}

/** A date, shown at its precision. `end` makes a range of days: 17-19 September. */
export interface DateValue {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  date: string;
  /** Last day of a range of days, `YYYY-MM-DD`. */
  end?: string;
  precision: DatePrecision;
  /** For `season`: which season of the year. */
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  /** The articles do not state the year: it was inferred, and it is not shown. */
  inferredYear?: boolean;
  /** How the article says it, when relative: `last month`, `this summer`. */
  asWritten?: string;
}

/** The object of a fact: an entity id or a text (by the relation's type), a number, or a date. */
export type ObjectValue = string | number | DateValue;

export interface Fact {
  id: string;
  subject: string;
  relation: string;
  /** The true object, for relations of cardinality `one` (give `object` or `objects`). */
  object?: ObjectValue;
  /** Every true object listed, for relations of cardinality `many`. */
  objects?: ObjectValue[];
  /** Objects the pack states are false for this subject (for text, the only distractors). */
  falseObjects?: ObjectValue[];
  source: string;
  /** Verbatim words of the source that state the fact. */
  quote: string;
  /** A topic to spread a quiz over: `visit`, `precedent`, `politics`. */
  topic?: string;
  note?: string;
}

/** One problem the validator found: where, and what is wrong, in a sentence. */
export interface PackProblem {
  /** JSON path into the pack: `facts[12].object`. Empty for the whole pack. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; pack: Pack; problems: [] }
  | { ok: false; problems: PackProblem[] };
