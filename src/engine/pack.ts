/**
 * The fact-pack format: what a pack of facts taken from articles looks like once
 * `validatePack` has accepted it. `questions/fact-pack.schema.json` is the same
 * format as a JSON Schema, for editors.
 */
import type { ProblemData } from '../locales/problem-types.js';

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
  /** Candidate facts not yet reviewed (`fact-quiz draft`): kept as they are, never asked. */
  drafts?: unknown[];
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** Only http(s) URLs are accepted. */
  url?: string;
  /** File name, in a `sources/` folder beside the pack, of the article text quotes are checked against. */
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
  /** Its class, or several (a city that is also a capital): distractors come from each. */
  class: string | string[];
  /** Other names that mean the same entity: never offered as distractors of it. */
  aliases?: string[];
  note?: string;
}

/** Date precisions a fact can carry; a date is shown and compared at its precision. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** The type of a relation's objects. */
export type ObjectType =
  | { type: 'entity'; class: string }
  /** `preposition: false`: a statement's `{object}` is the bare date ("dated {object}"), not "on 17 September". */
  | { type: 'date'; preposition?: boolean }
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
  /**
   * The statement when `{object}` holds several objects: `{object} were among the signatories.`
   * Without it, several objects make one statement each.
   */
  plural?: string;
}

/**
 * Where distractors may fall: numbers between `min` and `max`; dates between `min` and
 * `max` (`YYYY-MM-DD`) and strictly after / before the date of the facts `after` / `before`.
 */
export interface Bounds {
  min?: number | string;
  max?: number | string;
  after?: string;
  before?: string;
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
  /** Where distractors of every fact of this relation may fall. */
  bounds?: Bounds;
  /** Objects never offered as false for any subject of this relation. */
  exclude?: ObjectValue[];
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

/** How a number is qualified in the text: "about 80", "over 2,000", "at least 40". */
export type NumberQualifier = 'about' | 'over' | 'under' | 'at-least' | 'at-most';

/** A number the text gives with a qualifier. */
export interface NumberValue {
  value: number;
  qualifier: NumberQualifier;
  /** For `about`: how far the true value may be from `value`. Default 10% of it. */
  tolerance?: number;
}

/** The object of a fact: an entity id or a text (by the relation's type), a number, or a date. */
export type ObjectValue = string | number | NumberValue | DateValue;

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
  /** Verbatim words of the source that state the fact; `…` stands for omitted words. */
  quote: string;
  /** One verbatim quote per entry of `objects`, in order: each question shows its key's. */
  quotes?: string[];
  /** Objects never offered as false for this fact (the author knows they are not false). */
  exclude?: ObjectValue[];
  /** Where this fact's distractors may fall; wins over the relation's. */
  bounds?: Bounds;
  /** How likely the fact is to be asked, relative to others (default 1, at most 10). */
  weight?: number;
  /** A topic to spread a quiz over: `visit`, `precedent`, `politics`. */
  topic?: string;
  note?: string;
}

/**
 * One problem a validator found: where, and what is wrong as a `code` and `params`, which
 * each language words (`problemMessage(problem, words)`).
 */
export type FoundProblem = {
  /** JSON path into the pack: `facts[12].object`. Empty for the whole pack. */
  path: string;
} & ProblemData;

/** A problem with its English sentence, as `validatePack` and `validateQuiz` give it. */
export type PackProblem = FoundProblem & {
  /** The sentence in English, made from `code` and `params`. */
  message: string;
};

export type ValidationResult =
  | { ok: true; pack: Pack; problems: [] }
  | { ok: false; problems: PackProblem[] };
