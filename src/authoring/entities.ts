/**
 * The people, places and organisations an article names. Names are runs of capitalised
 * words ("House of Commons", "Sir Keir Starmer"); compromise says which are people,
 * places and organisations, and words around a name guess the rest. Mentions of one
 * entity ("Donald Trump", "Mr Trump", "President Trump") become one entity with aliases.
 */
import nlp from 'compromise';
import { slug } from './spans.js';

export type GuessedClass = 'person' | 'place' | 'organisation';

export const CLASS_LABELS: Record<GuessedClass, string> = { person: 'person', place: 'place', organisation: 'organisation' };

/** One place the article names an entity. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  class: GuessedClass;
  /** The entity it names, once mentions are merged. */
  entity: string;
}

export interface FoundEntity {
  id: string;
  label: string;
  class: GuessedClass;
  aliases: string[];
}

// Words that stand before a name without being it, and that alone name an office.
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'M.', 'Mme']);
const TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'President', 'Prime', 'Minister', 'Secretary', 'Foreign', 'Home', 'Chancellor', 'Lord', 'Lady', 'Pope', 'Duke', 'Duchess', 'Ambassador', 'Senator', 'Governor', 'Mayor', 'General', 'Judge', 'First', 'Lady']);
const PLACE_WORDS = /\b(Castle|Palace|House|Office|Gallery|Island|Islands|Abbey|Hall|Park|Street|Square|Bridge|Tower|Garden|Gardens|Cathedral|Estate|Kingdom|States|Republic|City|County|Shire|River|Lake|Mountain|Airport|Station|Stadium|Road|Avenue|Base)\b|shire$/u;
const ORGANISATION_WORDS = /\b(Commons|Lords|Parliament|Party|Council|Commission|Ministry|Department|Foundation|Company|Corporation|Bank|University|Agency|Union|Nations|Government|Court|Committee|Institute|Association|Club|Times|Post|News|Press|Palace)\b/u;
const PLACE_BEFORE = /\b(at|in|near|to|from|visiting|visit|across|into|outside|inside|à|en|au)\s+(the\s+)?$/iu;
// Capitalised words that are not names: sentence openers, days, months, pronouns.
const NOT_NAMES = /^(The|A|An|I|He|She|It|We|They|You|His|Her|Its|Our|Their|This|That|These|Those|There|Here|In|On|At|As|But|And|Or|If|When|While|After|Before|Like|However|Ahead|Greeting|Indicating|Speaking|Organising|Trump’s|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Le|La|Les|Un|Une|Il|Elle|of|de)$/u;

interface Run {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\d][\p{L}\d’'.-]*/gu;

/** Runs of capitalised words, joined across "of", "de" and "the" inside names ("House of Commons"). */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  let joiner: RegExpMatchArray | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[’']s$|[.]$/u, '');
    const gap = current === undefined ? '' : text.slice(current.end, m.index);
    const capital = /^\p{Lu}/u.test(word) && !/^\p{Lu}{4,}$/u.test(word);
    if (capital && current !== undefined && /^\s+$/u.test(gap) && !/[’']s$/u.test(current.text)) {
      current = { start: current.start, end: m.index + word.length, text: text.slice(current.start, m.index + word.length) };
      joiner = undefined;
      continue;
    }
    if (capital && joiner !== undefined && current !== undefined && /^\s+\S+\s+$/u.test(gap)) {
      current = { start: current.start, end: m.index + word.length, text: text.slice(current.start, m.index + word.length) };
      joiner = undefined;
      continue;
    }
    if (current !== undefined && /^(of|de|du|des)$/u.test(word) && /^\s+$/u.test(gap) && joiner === undefined) {
      joiner = m;
      continue;
    }
    if (current !== undefined) runs.push(current);
    current = capital ? { start: m.index, end: m.index + word.length, text: word } : undefined;
    joiner = undefined;
  }
  if (current !== undefined) runs.push(current);
  return runs;
}

const JOINERS = /^(of|de|du|des)$/u;
const CONTRACTION = /[’'](m|re|ll|ve|d)$/u;

/** A run without the words that open a sentence or stand for no one, split before a second name ("the US Lord Mandelson"). */
function trimmed(run: Run): Run[] {
  const words = [...run.text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], start: run.start + m.index }));
  const isName = (w: string): boolean => !NOT_NAMES.test(w) && !JOINERS.test(w) && !CONTRACTION.test(w);
  while (words.length > 0 && !isName(words[0]?.word ?? '')) words.shift();
  while (words.length > 0 && !isName(words[words.length - 1]?.word ?? '')) words.pop();
  if (words.length === 0 || words.every((w) => HONORIFICS.has(w.word) || CONTRACTION.test(w.word))) return [];
  const cut = words.findIndex((w, i) => i > 0 && (HONORIFICS.has(w.word) || w.word === 'Lord') && !HONORIFICS.has(words[i - 1]?.word ?? '') && !TITLES.has(words[i - 1]?.word ?? ''));
  const parts = cut > 0 ? [words.slice(0, cut), words.slice(cut)] : [words];
  return parts.map((part) => {
    const first = part[0] as { word: string; start: number };
    const last = part[part.length - 1] as { word: string; start: number };
    const end = last.start + last.word.length;
    return { start: first.start, end, text: run.text.slice(first.start - run.start, end - run.start) };
  });
}

/** Offsets of what compromise reads as people, places and organisations. */
function compromiseClasses(text: string): { start: number; end: number; class: GuessedClass }[] {
  const doc = nlp(text);
  const of = (view: { json: (options: object) => unknown }, cls: GuessedClass): { start: number; end: number; class: GuessedClass }[] =>
    (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).map((j) => ({ start: j.offset.start, end: j.offset.start + j.offset.length, class: cls }));
  return [...of(doc.people(), 'person'), ...of(doc.places(), 'place'), ...of(doc.organizations(), 'organisation')];
}

const SENTENCE_START = /(^|[.!?…]["”’]?\s+|\n\s*|[“"‘]\s*)$/u;

/** A single capitalised word that opens a sentence ("Second", "State") and is no name elsewhere. */
function openerOnly(run: Run, text: string, tagged: ReturnType<typeof compromiseClasses>): boolean {
  if (/\s/u.test(run.text) || !SENTENCE_START.test(text.slice(Math.max(0, run.start - 4), run.start))) return false;
  if (tagged.some((t) => t.start <= run.start && run.end <= t.end)) return false;
  const elsewhere = new RegExp(`[\\p{Ll},] ${run.text}\\b`, 'u');
  return !elsewhere.test(text);
}

const PERSON_BEFORE = /\b(lady|president|minister|secretary|leader|wife|husband|son|daughter|spokesman|spokeswoman|ambassador)\s*,?\s*$/iu;
const PLACE_AFTER = /^\s+(military base|base|estate|estates|golf course|course|island|castle|airport)\b/iu;

/** The class a name most likely has: by its words, by compromise, by the word before it. */
function guessClass(run: Run, text: string, tagged: ReturnType<typeof compromiseClasses>): GuessedClass | undefined {
  const words = run.text.split(/\s+/u);
  if (PERSON_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start))) return 'person';
  if (HONORIFICS.has(words[0] ?? '') || TITLES.has(words[0] ?? '')) return 'person';
  if (ORGANISATION_WORDS.test(run.text) && !/\b(House|Castle)\b|\w Palace\b/u.test(run.text)) return 'organisation';
  if (PLACE_WORDS.test(run.text)) return 'place';
  const overlap = tagged.find((t) => t.start < run.end && run.start < t.end);
  if (overlap !== undefined) return overlap.class;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, run.start - 20), run.start)) || PLACE_AFTER.test(text.slice(run.end, run.end + 30))) return 'place';
  return undefined;
}

/**
 * A name of no known class takes the class of a name it is listed with ("Dumfries House or
 * Balmoral"); else two words are taken for a person and one for an organisation.
 */
function withListClasses(runs: (Run & { class: GuessedClass | undefined })[], text: string): (Run & { class: GuessedClass })[] {
  const listed = (a: Run | undefined, b: Run | undefined): boolean => a !== undefined && b !== undefined && /^\s*(,|,?\s*(and|or))\s*$/u.test(text.slice(a.end, b.start));
  return runs.map((r, i) => {
    if (r.class !== undefined) return { ...r, class: r.class };
    const before = runs[i - 1];
    const after = runs[i + 1];
    const neighbour = listed(before, r) ? before?.class : listed(r, after) ? after?.class : undefined;
    return { ...r, class: neighbour ?? (/\s/u.test(r.text) ? 'person' : 'organisation') };
  });
}

/** The words of a name that identify it: without honorifics and titles. */
function nameWords(label: string): string[] {
  return label.split(/\s+/u).filter((w) => !HONORIFICS.has(w) && !TITLES.has(w));
}

/** Every name of `text`, merged into entities: a name whose words are all in one longer name of its class is that name. */
export function findEntities(text: string): { entities: FoundEntity[]; mentions: Mention[] } {
  const tagged = compromiseClasses(text);
  const runs = capitalisedRuns(text).flatMap(trimmed).filter((r) => !openerOnly(r, text, tagged));
  const named = withListClasses(runs.map((r) => ({ ...r, class: guessClass(r, text, tagged) })), text);
  const labels = new Map<string, { label: string; class: GuessedClass; forms: Set<string> }>();
  for (const n of named) {
    if (!labels.has(n.text)) labels.set(n.text, { label: n.text, class: n.class, forms: new Set([n.text]) });
  }
  const owner = mergeNames([...labels.values()]);
  const entities = new Map<string, FoundEntity>();
  const mentions: Mention[] = named.map((n) => {
    const head = owner.get(n.text) ?? { label: n.text, class: n.class };
    const id = slug(head.label);
    const entity = entities.get(id) ?? { id, label: head.label, class: head.class, aliases: [] };
    if (n.text !== entity.label && !entity.aliases.includes(n.text)) entity.aliases.push(n.text);
    entities.set(id, entity);
    return { start: n.start, end: n.end, text: n.text, class: head.class, entity: id };
  });
  return { entities: [...entities.values()], mentions };
}

/** Each name's entity: the one fullest name holding all its words, else itself, shown without honorifics. */
function mergeNames(names: { label: string; class: GuessedClass }[]): Map<string, { label: string; class: GuessedClass }> {
  const heads = new Map<string, { label: string; class: GuessedClass }>();
  const wordsOf = (label: string): string[] => label.split(/\s+/u);
  const identifying = (label: string): string[] => (nameWords(label).length > 0 ? nameWords(label) : wordsOf(label));
  for (const name of names) {
    const words = identifying(name.label);
    const holders = names.filter((other) => other !== name && words.every((w) => wordsOf(other.label).includes(w)) && (identifying(other.label).length > words.length || wordsOf(other.label).length > wordsOf(name.label).length));
    // Only the fullest holders count: "Queen Elizabeth" is within "Queen Elizabeth II".
    const fullest = holders.filter((h) => !holders.some((o) => o !== h && identifying(h.label).every((w) => wordsOf(o.label).includes(w)) && identifying(o.label).length > identifying(h.label).length));
    // Two different fuller names ("President Trump", "President Macron") leave "President" alone.
    // Fuller names shown alike ("Sir Keir Starmer", "Prime Minister Sir Keir Starmer") are one.
    const shown = new Set(fullest.map((h) => display(h.label)));
    const head = shown.size === 1 ? (fullest[0] as { label: string; class: GuessedClass }) : name;
    heads.set(name.label, { label: display(head.label), class: head.class });
  }
  return heads;
}

/** A label without honorifics: "Sir Keir Starmer" → "Keir Starmer", "Mr Trump" → "Trump". */
function display(label: string): string {
  const words = label.split(/\s+/u);
  const kept = words.filter((w) => !HONORIFICS.has(w));
  // An office before a full name goes too: "Prime Minister Keir Starmer" → "Keir Starmer".
  const firstName = kept.findIndex((w) => !TITLES.has(w));
  if (firstName > 0 && kept.length - firstName >= 2 && !/^[IVX]+$/u.test(kept[kept.length - 1] ?? '')) return kept.slice(firstName).join(' ');
  return kept.join(' ') || label;
}
