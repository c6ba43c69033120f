/**
 * Candidate facts: what each clause of an article states, as a typed object (a date, a
 * number, an entity, several entities, a precedent, a quoted phrase) with the clause as
 * its verbatim quote and a suggested relation. None of them is a fact until a person
 * accepts it.
 */
import nlp from 'compromise';
import type { ObjectType, ObjectValue, Relation } from '../engine/pack.js';
import type { FoundDate } from './dates.js';
import type { FoundEntity, Mention } from './entities.js';
import type { FoundNumber } from './numbers.js';
import { type Sentence, type Span, clauseAround, sentenceAt, slug } from './spans.js';
import { templatesFrom } from './templates.js';

/** What a candidate states: the kinds an author reviews differently. */
export type CandidateKind = 'date' | 'number' | 'entity' | 'list' | 'precedent' | 'text';

/** A candidate fact, kept in the pack's `drafts` list: never read by `validatePack` or the engine. */
export interface DraftFact {
  id: string;
  /** Until a person accepts it, every candidate is a draft. */
  status: 'draft';
  kind: CandidateKind;
  /** The entity the clause says it about, if it names one. */
  subject?: string;
  /** The words that stand for the subject in the templates, when they are not an entity's. */
  subjectText?: string;
  /** A suggested relation: to add to `relations` (or replace by an existing one) on accepting. */
  relation: Relation;
  object?: ObjectValue;
  objects?: ObjectValue[];
  source: string;
  /** The clause that states it, verbatim: `text.slice(at, at + quote.length)`. */
  quote: string;
  at: number;
  /** The words the object was read from: "last week", "three-day", "Barack Obama, Bill Clinton and Ronald Reagan". */
  written: string;
}

export interface Findings {
  text: string;
  sentences: Sentence[];
  dates: FoundDate[];
  numbers: FoundNumber[];
  entities: FoundEntity[];
  mentions: Mention[];
}

const PREPOSITION_BEFORE = /\b(on|in|at|between|from|during|since|by|until|le|en|au|du)\s+$/iu;
const PRECEDENT = /\b(?:the|a|an)\s+(?:first|second|third|fourth|fifth|last|latest|only|most recent|\d+(?:st|nd|rd|th))\b[^,.;:“”"]*|\bunprecedented\b[^,.;:“”"]*/giu;
const QUOTED = /[“"]([^”"\n]{3,80})[”"]/gu;

/** A date's span with the preposition before it: `{object}` brings its own ("on 17 September"). */
function withPreposition(text: string, at: Span): Span {
  const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, at.start - 12), at.start));
  if (before === null || /^(on|in|at|le|en)\s/iu.test(at.text)) return at;
  const start = at.start - before[0].length;
  return { start, end: at.end, text: text.slice(start, at.end) };
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Builds candidates one by one, numbering them and their relations. */
class CandidateList {
  readonly drafts: DraftFact[] = [];
  private readonly relationIds = new Set<string>();
  /** What compromise reads in each clause, read once: several candidates share a clause. */
  private readonly reading = new Map<number, { verb: string; nouns: { start: number; end: number }[] }>();

  constructor(
    private readonly found: Findings,
    private readonly source: string,
  ) {}

  /** The entity mention of the clause nearest to the object, to be the fact's subject. */
  private subjectNear(clause: Span, object: Span, except: ReadonlySet<string> = new Set()): Mention | undefined {
    const inClause = this.found.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && !(m.start < object.end && object.start < m.end) && !except.has(m.entity));
    return inClause.sort((a, b) => Math.abs(a.start - object.start) - Math.abs(b.start - object.start))[0];
  }

  private read(clause: Span): { verb: string; nouns: { start: number; end: number }[] } {
    const known = this.reading.get(clause.start);
    if (known !== undefined) return known;
    const doc = nlp(clause.text);
    const nouns = (doc.nouns().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((n) => {
      const start = clause.start + n.offset.start;
      return { start, end: start + n.text.replace(/[\s,.;:]+$/u, '').length };
    });
    const reading = { verb: doc.verbs().toInfinitive().first().text(), nouns };
    this.reading.set(clause.start, reading);
    return reading;
  }

  /** Words compromise reads as the clause's first noun phrase, when no entity is named. */
  private nounPhrase(clause: Span, object: Span): Span | undefined {
    const noun = this.read(clause).nouns.find((n) => n.end > n.start && (n.end <= object.start || n.start >= object.end));
    return noun === undefined ? undefined : spanOf(this.found.text, noun.start, noun.end);
  }

  private relationId(base: string): string {
    const stem = slug(base, 40) || 'relation';
    let id = stem;
    for (let n = 2; this.relationIds.has(id); n++) id = `${stem}-${String(n)}`;
    this.relationIds.add(id);
    return id;
  }

  add(kind: CandidateKind, object: Span, value: { object: ObjectValue } | { objects: ObjectValue[] }, type: ObjectType, entityClass?: string, quoteSpan?: Span, written?: string): void {
    const sentence = sentenceAt(this.found.sentences, object.start);
    if (sentence === undefined) return;
    const clause = quoteSpan ?? clauseAround(sentence, object.start, object.end);
    const objectEntities = new Set(('objects' in value ? value.objects : [value.object]).filter((o): o is string => typeof o === 'string'));
    const mention = this.subjectNear(clause, object, objectEntities);
    const subjectSpan = mention ?? this.nounPhrase(clause, object);
    const verb = this.read(clause).verb;
    const relation: Relation = {
      id: this.relationId(`${verb} ${kind}`),
      object: type,
      cardinality: 'objects' in value ? 'many' : 'one',
      templates: templatesFrom(this.found.text, clause, object, subjectSpan, type, entityClass),
    };
    if ('objects' in value && relation.templates.plural === undefined) delete relation.templates.plural;
    const quote = this.found.text.slice(clause.start, clause.end);
    this.drafts.push({
      id: `draft-${String(this.drafts.length + 1)}`,
      status: 'draft',
      kind,
      ...(mention !== undefined ? { subject: mention.entity } : subjectSpan !== undefined ? { subjectText: subjectSpan.text } : {}),
      relation,
      ...value,
      source: this.source,
      quote,
      at: clause.start,
      written: written ?? object.text,
    });
  }
}

function addDates(list: CandidateList, found: Findings): void {
  for (const d of found.dates) list.add('date', withPreposition(found.text, spanOf(found.text, d.start, d.end)), { object: d.value }, { type: 'date' });
}

function addNumbers(list: CandidateList, found: Findings): void {
  for (const n of found.numbers) {
    const value: ObjectValue = n.qualifier === undefined ? n.value : { value: n.value, qualifier: n.qualifier };
    list.add(n.ordinal ? 'precedent' : 'number', spanOf(found.text, n.start, n.end), { object: value }, { type: 'number', unit: n.unit, unitPlural: n.unitPlural });
  }
}

/** Mentions of one clause listed together ("A, B and C", "either A or B"), of one class. */
function lists(found: Findings, clause: Span): Mention[][] {
  const inClause = found.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const groups: Mention[][] = [];
  let group: Mention[] = [];
  for (const m of inClause) {
    const last = group[group.length - 1];
    const joined = last?.class === m.class && last.entity !== m.entity && /^\s*(,|,?\s*(and|or))\s*$/u.test(found.text.slice(last.end, m.start));
    if (joined) group.push(m);
    else {
      if (group.length > 1) groups.push(group);
      group = [m];
    }
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

function addEntities(list: CandidateList, found: Findings): void {
  const classOf = new Map(found.entities.map((e) => [e.id, e.class]));
  for (const sentence of found.sentences) {
    for (const clause of sentence.clauses) {
      const listed = lists(found, clause);
      const inList = new Set(listed.flat());
      for (const group of listed) {
        const first = group[0] as Mention;
        const last = group[group.length - 1] as Mention;
        list.add('list', spanOf(found.text, first.start, last.end), { objects: group.map((m) => m.entity) }, { type: 'entity', class: first.class }, first.class);
      }
      const seen = new Set<string>();
      for (const m of found.mentions) {
        if (m.start < clause.start || m.end > clause.end || inList.has(m) || seen.has(m.entity)) continue;
        seen.add(m.entity);
        const cls = classOf.get(m.entity) ?? m.class;
        list.add('entity', spanOf(found.text, m.start, m.end), { object: m.entity }, { type: 'entity', class: cls }, cls);
      }
    }
  }
}

/** "the first world leader … to undertake …", "the most recent foreign leader …": who holds the precedent. */
function addPrecedents(list: CandidateList, found: Findings): void {
  for (const m of found.text.matchAll(PRECEDENT)) {
    const phrase = spanOf(found.text, m.index, m.index + m[0].trimEnd().length);
    if (found.numbers.some((n) => n.ordinal && n.start >= phrase.start && n.start < phrase.start + 12)) continue; // counted as a number already
    const sentence = sentenceAt(found.sentences, phrase.start);
    if (sentence === undefined) continue;
    const holder = found.mentions.filter((x) => x.class === 'person' && x.start >= sentence.start && x.end <= phrase.start).pop();
    if (holder === undefined) continue;
    const quote = spanOf(found.text, holder.start < sentence.start ? sentence.start : Math.min(holder.start, clauseAround(sentence, holder.start, phrase.end).start), Math.max(phrase.end, clauseAround(sentence, holder.start, phrase.end).end));
    list.add('precedent', spanOf(found.text, holder.start, holder.end), { object: holder.entity }, { type: 'entity', class: 'person' }, 'person', quote);
  }
}

const SPEECH = /\b(said|says|reads|writes|wrote|told|added|asked|insisted|replied|dit|a déclaré|a ajouté)\b/iu;
const PRONOUN_SPEAKER = /\b(he|she|il|elle)\s+(?:\w+\s+)?(said|says|told|added|wrote|insisted|replied|dit|a déclaré|a ajouté)\b/iu;

/**
 * Who says a quotation when the sentence names no one: "He told reporters: “…”", or a
 * paragraph that is all quotation. The speaker is the person last named before it
 * outside quotation marks; a guess a person checks like every other candidate.
 */
function addSpeakers(list: CandidateList, found: Findings): void {
  const people = found.mentions.filter((m) => m.class === 'person' && !insideQuotation(found.text, m.start));
  for (const sentence of found.sentences) {
    const opensWithQuote = /^[“"]/u.test(sentence.text);
    const opening = sentence.text.indexOf('“');
    const pronoun = PRONOUN_SPEAKER.exec(opening < 0 ? '' : sentence.text.slice(0, opening));
    const pronounSays = pronoun !== null;
    if (!opensWithQuote && !pronounSays) continue;
    if (people.some((m) => m.start >= sentence.start && m.end <= sentence.end)) continue;
    const before = people.filter((m) => m.end <= sentence.start);
    // The last person named as saying something ("Mr Trump said"), else the last named.
    const speaker = before.filter((m) => SPEECH.test(found.text.slice(m.end, m.end + 40))).pop() ?? before.pop();
    if (speaker === undefined) continue;
    const at = pronoun === null ? sentence.start : sentence.start + pronoun.index;
    const object = spanOf(found.text, at, at + (pronoun?.[1]?.length ?? 0));
    list.add('entity', object, { object: speaker.entity }, { type: 'entity', class: 'person' }, 'person', sentence, speaker.text);
  }
}

/** Is `at` inside a quotation, between an opening and a closing quotation mark of its paragraph? */
function insideQuotation(text: string, at: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(paragraphStart, at);
  return (before.match(/“/gu) ?? []).length > (before.match(/”/gu) ?? []).length;
}

/** A short phrase in quotation marks: a text object, the words a person said or wrote. */
function addQuotedPhrases(list: CandidateList, found: Findings): void {
  for (const m of found.text.matchAll(QUOTED)) {
    const inner = m[1] ?? '';
    if (inner.split(/\s+/u).length > 12) continue;
    const start = m.index + 1;
    list.add('text', spanOf(found.text, start, start + inner.length), { object: inner.replace(/[\s,.;:]+$/u, '') }, { type: 'text' });
  }
}

/** Every candidate of an article, in the order of the text within each kind. */
export function candidatesOf(found: Findings, source: string): DraftFact[] {
  const list = new CandidateList(found, source);
  addDates(list, found);
  addNumbers(list, found);
  addPrecedents(list, found);
  addEntities(list, found);
  addSpeakers(list, found);
  addQuotedPhrases(list, found);
  // Every quote is a slice of the text by construction; this keeps it so if that changes.
  return list.drafts.filter((d) => found.text.slice(d.at, d.at + d.quote.length) === d.quote);
}
