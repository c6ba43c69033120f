/**
 * `fact-quiz/authoring`: from an article's text to a draft pack. The entities the article
 * names, and candidate facts (dates, numbers, entities, lists, precedents, quoted
 * phrases), each with its verbatim quote and a suggested relation, in a `drafts` list
 * that `validatePack` accepts and the engine never reads: a candidate becomes a fact only
 * when a person moves it to `facts`. chrono-node and compromise load with this entry
 * point only, never with the element.
 */
import type { Entity, EntityClass, Pack } from '../engine/pack.js';
import { findDates, type DraftLanguage } from './dates.js';
import { findEntities, CLASS_LABELS, type FoundEntity, type GuessedClass } from './entities.js';
import { findNumbers } from './numbers.js';
import { candidatesOf, type DraftFact } from './candidates.js';
import { sentencesOf, slug, type Span } from './spans.js';

export type { DraftFact, CandidateKind } from './candidates.js';
export type { DraftLanguage } from './dates.js';
export { findDates } from './dates.js';
export { findNumbers } from './numbers.js';
export { findEntities } from './entities.js';
export { sentencesOf } from './spans.js';

export interface DraftOptions {
  /** The day the article was published, `YYYY-MM-DD`: relative dates resolve against it. */
  date: string;
  title?: string;
  publisher?: string;
  url?: string;
  lang?: DraftLanguage;
  /** Id of the source; default from the title. */
  sourceId?: string;
}

/** A pack whose facts are still to be chosen: its candidates wait in `drafts`. */
export interface DraftPack extends Pack {
  drafts: DraftFact[];
}

/** A first line with no closing full stop, then a blank line: a headline. */
const HEADLINE = /^[^\n]*[^.!?”"'\s][ \t]*\n[ \t]*\n/u;
/** "New York, Nov 5 (IANS)", "LONDON (Reuters) -", "JEFFERSON CITY-": where and who, before the first sentence. */
const DATELINE = /^(?:[A-Z][A-Za-z .'-]{1,40}?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([A-Za-z .]{2,20}\))?|[A-Z][A-Za-z .'-]{1,40}?\s*\([A-Za-z .]{2,20}\)(?=\s*[-–—])|[A-Z][A-Z .']{1,40}?\s*\([A-Za-z .]{2,20}\)|[A-Z][A-Z .']{1,40}?(?=\s*[-–—]))\s*(?:[-–—]\s*)?(?=[A-Z])/u;

/**
 * The headline and the dateline: they state no fact of their own (the body says it again),
 * and their title case reads as names ("Is World", "Largest With Over"), so no candidate or
 * entity is drafted from them.
 */
export function furnitureOf(text: string): Span[] {
  const spans: Span[] = [];
  const headline = HEADLINE.exec(text);
  const bodyStart = headline === null ? 0 : headline[0].length;
  if (headline !== null) spans.push({ start: 0, end: headline[0].length, text: headline[0] });
  const body = text.slice(bodyStart);
  const dateline = DATELINE.exec(body);
  if (dateline !== null) spans.push({ start: bodyStart, end: bodyStart + dateline[0].length, text: dateline[0] });
  return spans;
}

/** The first words of the article, when no title is given. */
function titleOf(text: string): string {
  const first = text.trim().split(/\n/u)[0] ?? 'Article';
  return first.length <= 80 ? first : `${first.slice(0, 77).replace(/\s+\S*$/u, '')}…`;
}

function entityOf(found: FoundEntity): Entity {
  return { id: found.id, label: found.label, class: found.class, ...(found.aliases.length > 0 ? { aliases: found.aliases } : {}) };
}

/**
 * A draft pack from an article's text: the source (its text to be saved beside the pack
 * as `sources/<id>.txt`), the entities found with a guessed class, no facts yet, and the
 * candidates in `drafts`.
 */
export function draftPack(text: string, options: DraftOptions): DraftPack {
  const title = options.title ?? titleOf(text);
  const sourceId = options.sourceId ?? slug(title, 50);
  // The finders read the body: headline and dateline blanked, every offset kept.
  const body = furnitureOf(text).reduce((t, a) => t.slice(0, a.start) + a.text.replace(/\S/gu, ' ') + t.slice(a.end), text);
  const dates = findDates(body, options.date, options.lang ?? 'en');
  const numbers = findNumbers(body, dates);
  const { entities, mentions } = findEntities(body);
  const sentences = sentencesOf(text);
  const drafts = candidatesOf({ text, sentences, dates, numbers, entities, mentions }, sourceId);
  const used = new Set<GuessedClass>(entities.map((e) => e.class));
  const classes: EntityClass[] = (Object.keys(CLASS_LABELS) as GuessedClass[]).filter((c) => used.has(c)).map((id) => ({ id, label: CLASS_LABELS[id] }));
  return {
    format: 'fact-quiz/pack@1',
    id: sourceId,
    title,
    lang: options.lang ?? 'en',
    asOf: options.date,
    description: `Draft from "${title}": ${String(drafts.length)} candidate facts in "drafts" to accept, edit or reject.`,
    sources: [{ id: sourceId, title, ...(options.publisher === undefined ? {} : { publisher: options.publisher }), ...(options.url === undefined ? {} : { url: options.url }), text: `${sourceId}.txt` }],
    classes,
    entities: entities.map(entityOf),
    relations: [],
    facts: [],
    drafts,
  };
}
