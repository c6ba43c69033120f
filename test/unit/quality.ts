/**
 * An independent checker of questions/QUALITY.md: it reads a quiz and its pack and reports every
 * broken rule. It shares no code with the engine's own checks, so a bug there can't
 * hide itself here.
 */
import type { Pack } from '../../src/engine/pack.js';
import type { Question, Quiz } from '../../src/engine/quiz.js';

export interface Violation {
  rule: number;
  questionId: string;
  message: string;
}

const folded = new Map<string, string>();
const fold = (text: string): string => {
  // Options and stems recur across thousands of quizzes: fold each text once.
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  if (folded.size > 100_000) folded.clear();
  const result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters and digits of any script; punctuation (’ – “ ” …) and spaces (U+202F) fold away.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  folded.set(text, result);
  return result;
};

const foldQuote = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

// English, then French (folded: "août" is "aout"), the languages of the engine's own words;
// a month or season sorts by its place within its language.
const MONTHS = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
];
const SEASONS = [...['spring', 'summer', 'autumn', 'winter'], ...['printemps', 'ete', 'automne', 'hiver']];

/** A shape of an option: digits become #, month and season names M and S. */
export function shape(text: string): string {
  return fold(text)
    .split(' ')
    .map((w) => (/^\d+$/.test(w) ? '#' : MONTHS.includes(w) ? 'M' : SEASONS.includes(w) ? 'S' : w.replace(/s$/, '')))
    .join(' ');
}

/** A number to sort a date or number option by (a number's value, a date's first day), or undefined for other text. */
export function sortValue(text: string, lang = 'en'): number | undefined {
  const reading = readValue(text, lang);
  return reading === undefined ? undefined : positionOf(reading);
}

// ---------------------------------------------------------------------------------------
// Reading options as values: numbers with groups, decimals, signs, qualifiers and units;
// dates as days, months, seasons, years and ranges of them, in English and French.

/** How a number option is qualified: "about 80 hours", "over 2,000", "plus de 300". */
export type Qualifier = 'about' | 'over' | 'under' | 'at-least' | 'at-most';

export interface NumberReading {
  kind: 'number';
  value: number;
  /** Digits shown after the decimal separator. */
  decimals: number;
  /** The number as shown, without groups: "42.200", "300000". */
  digits: string;
  /** Unit words, folded and singular: "hour", "medaille d or"; empty for a bare number. */
  unit: string;
  qualifier?: Qualifier;
  /** A bare whole number from 1000 to 2999 with no unit: a year, not a quantity. */
  year: boolean;
  /** Written with a scale word: "1.01 billion", "650 millions". */
  scaled: boolean;
}

export interface DateReading {
  kind: 'date';
  /** First and last day, as days since 1970 (a year not shown counts as 2000). */
  start: number;
  end: number;
  precision: 'day' | 'month' | 'season';
  /** Year and month (0-11) of the first day; `yearShown` false when the option has none. */
  year: number;
  month: number;
  yearShown: boolean;
}

export type ValueReading = NumberReading | DateReading;

// Longest phrases first, so "more than" is not read as "more".
const QUALIFIERS: [string, Qualifier][] = [
  ['approximately', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['nearly', 'about'], ['almost', 'about'], ['some', 'about'],
  ['environ', 'about'], ['pres de', 'about'], ['quelque', 'about'], ['presque', 'about'],
  ['more than', 'over'], ['over', 'over'], ['plus de', 'over'], ['fewer than', 'under'], ['less than', 'under'], ['under', 'under'], ['moins de', 'under'],
  ['at least', 'at-least'], ['au moins', 'at-least'], ['at most', 'at-most'], ['up to', 'at-most'], ['au plus', 'at-most'], ['jusqu a', 'at-most'],
];
const DASHES = /\s*[–—‒]\s*|\s+-\s+|\s+(?:to|au|until|jusqu'au)\s+/u;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface NumberSyntax {
  /** Group marks between thousands: spaces always, and the language's mark. */
  groups: RegExp;
  /** Sign, digits, decimals and unit words of a whole option. */
  option: RegExp;
  /** Every number in a sentence. */
  inText: RegExp;
}

// Built once per language: the readers run over every option of thousands of quizzes.
const syntaxCache = new Map<string, NumberSyntax>();
function syntaxOf(lang: string): NumberSyntax {
  const cached = syntaxCache.get(lang);
  if (cached !== undefined) return cached;
  const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = escapeRe(parts.find((p) => p.type === 'decimal')?.value ?? '.');
  const g = /^\s$/u.test(group) ? ' ' : escapeRe(group);
  const syntax = {
    groups: new RegExp(`(?<=\\d)(?: |${g})(?=\\d{3}(?!\\d))`, 'gu'),
    option: new RegExp(`^(-)?\\s*(\\d+)(?:${decimal}(\\d+))?(?:\\s*([^\\d\\s][^\\d]*))?$`, 'u'),
    // A minus only after a space or "(" ("17-19" is two numbers); no digits glued before.
    inText: new RegExp(`(?:(?<![^\\s(])-)?(?<![\\d.,])(?:\\d{1,3}(?:(?: |${g})\\d{3}(?!\\d))+|\\d+)(?:${decimal}\\d+)?`, 'gu'),
  };
  syntaxCache.set(lang, syntax);
  return syntax;
}

/** A number option in the language `lang`, or undefined when the text is not one. */
export function readNumber(text: string, lang = 'en'): NumberReading | undefined {
  const syntax = syntaxOf(lang);
  let rest = text.replace(/[\u00A0\u202F\u2009]/g, ' ').replace(/\u2212/g, '-').trim();
  let qualifier: Qualifier | undefined;
  const folded = fold(rest);
  for (const [phrase, q] of QUALIFIERS) {
    if (folded.startsWith(`${phrase} `) && /\d/.test(folded.slice(phrase.length + 1, phrase.length + 3))) {
      qualifier = q;
      // Drop as many words from the original as the phrase has (accents and apostrophes differ).
      rest = rest.split(/[\s']+/u).slice(phrase.split(' ').length).join(' ');
      break;
    }
  }
  // Groups: spaces always, the language's group mark when three digits follow.
  const m = syntax.option.exec(rest.replace(syntax.groups, ''));
  if (m === null) return undefined;
  const unitWords = fold(m[4] ?? '');
  if (unitWords.split(' ').length > 4 || /[()\\[\]]/.test(m[4] ?? '')) return undefined;
  // "1.01 billion people": the scale word moves the point; the unit is what follows it.
  const [first = '', ...after] = unitWords.split(' ');
  const zeros = SCALES[first.replace(/s$/, '')];
  const whole = m[2] as string;
  const fraction = m[3] ?? '';
  const shifted = zeros === undefined ? [whole, fraction] : [`${whole}${fraction.padEnd(zeros, '0').slice(0, zeros)}`.replace(/^0+(?=\d)/, ''), fraction.slice(zeros)];
  const decimals = (shifted[1] as string).length;
  const digits = `${shifted[0] as string}${decimals === 0 ? '' : `.${shifted[1] as string}`}`;
  const value = Number(digits) * (m[1] === undefined ? 1 : -1);
  const unitText = zeros === undefined ? unitWords : after.join(' ');
  const unit = unitText === '' ? '' : unitText.split(' ').map((w) => w.replace(/s$/, '')).join(' ');
  const year = unit === '' && zeros === undefined && qualifier === undefined && decimals === 0 && value >= 1000 && value <= 2999 && /^\d{4}$/.test(whole) && !/[\s,.]/.test(rest.replace(/^-/, ''));
  return { kind: 'number', value, decimals, digits, unit, ...(qualifier === undefined ? {} : { qualifier }), year, scaled: zeros !== undefined };
}

// Scale words, singular and folded, with the zeros they stand for.
const SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12, milliard: 9, mille: 3 };

const SEASON_START = [2, 5, 8, 11]; // spring from March, summer June, autumn September, winter December
const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month, day) / 86_400_000;
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

interface DatePart {
  day?: number;
  month?: number;
  season?: number;
  year?: number;
}

function datePart(text: string): DatePart | undefined {
  const part: DatePart = {};
  for (const w of fold(text).split(' ')) {
    const ordinal = /^(\d{1,2})(?:st|nd|rd|th|er)?$/.exec(w);
    if (/^\d{3,4}$/.test(w) && part.year === undefined) part.year = Number(w);
    else if (ordinal !== null && part.day === undefined && Number(ordinal[1]) >= 1 && Number(ordinal[1]) <= 31) part.day = Number(ordinal[1]);
    else if (MONTHS.includes(w) && part.month === undefined) part.month = MONTHS.indexOf(w) % 12;
    else if (SEASONS.includes(w) && part.season === undefined) part.season = SEASONS.indexOf(w) % 4;
    else if (!['the', 'of', 'le', 'du', 'en'].includes(w)) return undefined;
  }
  return part;
}

/** A date option (a day, month or season, or a range of them), or undefined when the text is not one. */
export function readDate(text: string): DateReading | undefined {
  const pieces = text.trim().split(DASHES);
  if (pieces.length > 2) return undefined;
  const parts = pieces.map(datePart);
  if (parts.some((p) => p === undefined)) return undefined;
  const [first, last = first] = parts as [DatePart, DatePart?];
  const lastPart = last;
  if ([first, lastPart].every((p) => p.month === undefined && p.season === undefined)) return undefined;
  // A range says its month and year once: "17 – 19 September", "June 14 – 16, 2023".
  const endMonth = lastPart.month ?? first.month;
  const startMonth = first.month ?? lastPart.month;
  const yearShown = first.year !== undefined || lastPart.year !== undefined;
  const endYear = lastPart.year ?? first.year ?? 2000;
  const season = first.season ?? lastPart.season;
  if (season !== undefined && startMonth === undefined) {
    const start = dayOf(endYear, SEASON_START[season] as number, 1);
    const endSeason = lastPart.season ?? season;
    const endStart = SEASON_START[endSeason] as number;
    return { kind: 'date', start, end: dayOf(endYear, endStart + 2, lastDay(endYear, endStart + 2)), precision: 'season', year: endYear, month: SEASON_START[season] as number, yearShown };
  }
  if (startMonth === undefined || endMonth === undefined) return undefined;
  // A range over a new year: "28 December – 3 January 2024" starts in 2023.
  const startYear = first.year ?? (startMonth > endMonth ? endYear - 1 : endYear);
  const hasDay = first.day !== undefined || lastPart.day !== undefined;
  const start = dayOf(startYear, startMonth, first.day ?? 1);
  const end = dayOf(endYear, endMonth, pieces.length === 1 ? (first.day ?? lastDay(endYear, endMonth)) : (lastPart.day ?? lastDay(endYear, endMonth)));
  return { kind: 'date', start, end, precision: hasDay ? 'day' : 'month', year: startYear, month: startMonth, yearShown };
}

/** A number or date option; dates first ("26 juillet 2024" is not 26 of the unit "juillet 2024"). */
const readingCache = new Map<string, ValueReading | null>();
export function readValue(text: string, lang = 'en'): ValueReading | undefined {
  // Read once per language and text: the same options recur across thousands of quizzes.
  const key = `${lang}\u0000${text}`;
  let reading = readingCache.get(key);
  if (reading === undefined) {
    if (readingCache.size > 100_000) readingCache.clear();
    reading = readDate(text) ?? readNumber(text, lang) ?? null;
    readingCache.set(key, reading);
  }
  return reading ?? undefined;
}

/** Where a value sorts: a number's value, a date's first day. */
export const positionOf = (r: ValueReading): number => (r.kind === 'number' ? r.value : r.start);

// A unit's singular for comparing options: "1 person" and "2 people" are one unit.
const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot' };
const unitKey = (unit: string): string => unit.split(' ').map((w) => IRREGULAR[`${w}s`] ?? IRREGULAR[w] ?? w.replace(/(e|x)$/, '')).join(' ');

/**
 * The values of every option when they all read as one kind (numbers of one unit, or
 * dates), else undefined: "200 m papillon" and "200 m quatre nages" are names, not numbers.
 */
export function optionValues(q: Question, lang = 'en'): ValueReading[] | undefined {
  const values = q.options.map((o) => readValue(o.text, lang));
  if (!values.every((v) => v !== undefined)) return undefined;
  if (new Set(values.map((v) => v.kind)).size > 1) return undefined;
  if (values.every((v) => v.kind === 'number') && new Set(values.map((v) => unitKey((v).unit))).size > 1) return undefined;
  return values;
}

/** The format of a value option: a number's qualifier, decimals and unit; a date's precision, range and year. */
export function valueShape(r: ValueReading): string {
  // "650 million" and "1.01 billion" are one format: a scale word sets its own digits.
  if (r.kind === 'number') return `${r.qualifier ?? ''} #${r.scaled ? ' scaled' : r.decimals > 0 ? `.${'#'.repeat(r.decimals)}` : ''} ${r.unit}`;
  return `${r.precision}${r.end > r.start && r.precision === 'day' ? ' range' : ''}${r.yearShown ? ' year' : ''}`;
}

/** Every number written in a sentence, read in the language `lang`. */
export function numbersIn(text: string, lang = 'en'): number[] {
  const plain = text.replace(/[\u00A0\u202F\u2009]/g, ' ').replace(/\u2212/g, '-');
  const found = plain.match(syntaxOf(lang).inText) ?? [];
  return found.map((t) => readNumber(t, lang)?.value).filter((n): n is number => n !== undefined);
}

const COMMON = new Set('about after also been before being between could does during from have into more most only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your the and for are was who how why has had its not but can may our out off'.split(' '));
const distinctive = (text: string): string[] => fold(text).split(' ').filter((w) => w.length >= 4 && !COMMON.has(w));
const containsWords = (outer: string, inner: string): boolean => fold(inner) !== '' && ` ${fold(outer)} `.includes(` ${fold(inner)} `);

export function keysOf(q: Question): string[] {
  return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
}

interface PackLookup {
  chain: (c: string) => string[];
  classLabel: Map<string, string>;
  byLabel: Map<string, Pack['entities']>;
  labelOf: Map<string, string>;
  classLabels: Set<string>;
  factById: Map<string, Pack['facts'][number]>;
  factsByRelation: Map<string, Pack['facts']>;
}

// Built once per pack: checkQuestion runs over every question of thousands of quizzes.
const lookups = new WeakMap<Pack, PackLookup>();
function lookupOf(pack: Pack): PackLookup {
  const cached = lookups.get(pack);
  if (cached !== undefined) return cached;
  const parent = new Map(pack.classes.map((c) => [c.id, c.parent]));
  const byLabel = new Map<string, Pack['entities']>();
  for (const e of pack.entities) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  const factsByRelation = new Map<string, Pack['facts']>();
  for (const f of pack.facts) factsByRelation.set(f.relation, [...(factsByRelation.get(f.relation) ?? []), f]);
  const lookup: PackLookup = {
    chain: (c) => {
      const seen = [c];
      for (let p = parent.get(c); p !== undefined && !seen.includes(p); p = parent.get(p)) seen.push(p);
      return seen;
    },
    classLabel: new Map(pack.classes.map((c) => [c.id, c.label])),
    byLabel,
    labelOf: new Map(pack.entities.map((e) => [e.id, e.label])),
    classLabels: new Set(pack.classes.map((c) => c.label)),
    factById: new Map(pack.facts.map((f) => [f.id, f])),
    factsByRelation,
  };
  lookups.set(pack, lookup);
  return lookup;
}

/** An option without the class label the engine adds to tell apart entities of one label: "Paris (city)". */
function baseLabel(text: string, pack: Pack): { label: string; classLabel?: string } {
  const m = /^(.*\S) \(([^()]+)\)$/.exec(text);
  if (m !== null && lookupOf(pack).classLabels.has(m[2] as string)) return { label: m[1] as string, classLabel: m[2] };
  return { label: text };
}

const classesOf = (e: Pack['entities'][number]): string[] => (Array.isArray(e.class) ? e.class : [e.class]);

/**
 * Labels that are true objects or subjects next to the question's facts, the fact's own
 * subject, and the objects the pack excludes: never a distractor.
 */
function truthsNear(pack: Pack, q: Question): Set<string> {
  const { labelOf: label, factById, factsByRelation } = lookupOf(pack);
  const facts = q.facts.map((id) => factById.get(id)).filter((f) => f !== undefined);
  const result = new Set<string>();
  const render = (v: unknown): string | undefined => (typeof v === 'string' ? (label.get(v) ?? v) : typeof v === 'number' ? String(v) : undefined);
  for (const f of facts) {
    // A fact about X never offers X as a false answer about itself (issue 10, kind 4).
    result.add(fold(label.get(f.subject) ?? ''));
    const relation = pack.relations.find((r) => r.id === f.relation);
    for (const o of [...(f.exclude ?? []), ...(relation?.exclude ?? [])]) result.add(fold(render(o) ?? ''));
    for (const other of factsByRelation.get(f.relation) ?? []) {
      const objects = [...(other.objects ?? []), ...(other.object === undefined ? [] : [other.object])];
      const fObjects = [...(f.objects ?? []), ...(f.object === undefined ? [] : [f.object])];
      if (other.subject === f.subject) for (const o of objects) result.add(fold(render(o) ?? ''));
      if (objects.some((o) => fObjects.some((fo) => JSON.stringify(fo) === JSON.stringify(o)))) result.add(fold(label.get(other.subject) ?? ''));
    }
  }
  result.delete('');
  return result;
}

/** The root classes an option's entity may have, or undefined when the option is no entity's label. */
function entityRoots(text: string, pack: Pack): Set<string> | undefined {
  const { chain, classLabel, byLabel } = lookupOf(pack);
  const { label, classLabel: shown } = baseLabel(text, pack);
  const candidates = [...(byLabel.get(text) ?? []), ...(label === text ? [] : (byLabel.get(label) ?? []))]
    // "Paris (city)": the entity one of whose classes (or their parents) is called "city".
    .filter((e) => e.label === text || classesOf(e).some((c) => chain(c).some((x) => classLabel.get(x) === shown)));
  if (candidates.length === 0) return undefined;
  return new Set(candidates.flatMap(classesOf).map((c) => chain(c).at(-1) as string));
}

/** The fact of a single-fact question and its number object, when it has one. */
function numberFactOf(q: Question, pack: Pack): { value: number; qualifier?: Qualifier; tolerance: number } | undefined {
  if (q.facts.length !== 1) return undefined;
  const fact = lookupOf(pack).factById.get(q.facts[0] as string);
  const object = fact?.object ?? (fact?.objects?.length === 1 ? fact.objects[0] : undefined);
  if (typeof object === 'number') return { value: object, tolerance: 0 };
  if (typeof object !== 'object' || !('value' in object)) return undefined;
  // An "about" number may be off by its tolerance, 10% of it by default (format item 1).
  const tolerance = object.qualifier === 'about' ? (object.tolerance ?? Math.abs(object.value) * 0.1) : 0;
  return { value: object.value, qualifier: object.qualifier, tolerance };
}

/**
 * 'provably false' for qualified numbers: no wrong number inside an "about" number's band (it is
 * arguably true), and no wrong number at all for a one-sided bound ("over 2,000": no
 * other number is provably false), in options or in a false statement.
 */
function boundViolations(q: Question, pack: Pack): string[] {
  const fact = numberFactOf(q, pack);
  if (fact?.qualifier === undefined) return [];
  const oneSided = fact.qualifier !== 'about';
  const inBand = (x: number): boolean => Math.abs(x - fact.value) <= fact.tolerance && !same(x, fact.value);
  if (q.kind === 'true-false') {
    if (q.answer[0] !== 'b') return [];
    if (oneSided) return [`a false statement about a one-sided bound (${fact.qualifier} ${String(fact.value)}): ${q.stem}`];
    const stated = numbersIn(q.explanation, pack.lang);
    const wrong = numbersIn(q.stem, pack.lang).filter((x) => !stated.some((y) => same(x, y)));
    return wrong.filter(inBand).map((x) => `the false statement's ${String(x)} is inside the band of about ${String(fact.value)} (±${String(fact.tolerance)}): ${q.stem}`);
  }
  const values = optionValues(q, pack.lang);
  if (values === undefined || values.some((r) => r.kind !== 'number')) return [];
  const distractors = q.options.map((o, i) => [o, values[i] as NumberReading] as const).filter(([o]) => !q.answer.includes(o.id));
  if (oneSided && q.kind !== 'order') return [`wrong numbers offered for a one-sided bound (${fact.qualifier} ${String(fact.value)}): ${q.options.map((o) => o.text).join(' | ')}`];
  return distractors.filter(([, r]) => inBand(r.value)).map(([o]) => `distractor "${o.text}" is inside the band of about ${String(fact.value)} (±${String(fact.tolerance)})`);
}

/**
 * 'distinct options' for "about" options: no two bands overlap. The key's band is its fact's tolerance
 * (10% by default); every other option's band has the same width relative to its value.
 */
function bandOverlaps(q: Question, pack: Pack, readings: ValueReading[] | undefined): string[] {
  if (!readings?.every((r) => r.kind === 'number' && r.qualifier === 'about')) return [];
  const fact = numberFactOf(q, pack);
  const share = fact?.qualifier === 'about' && fact.value !== 0 ? fact.tolerance / Math.abs(fact.value) : 0.1;
  const numbers = readings as NumberReading[];
  const problems: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) {
      const [a, b] = [numbers[i] as NumberReading, numbers[j] as NumberReading];
      if (Math.abs(a.value - b.value) <= share * (Math.abs(a.value) + Math.abs(b.value))) {
        problems.push(`the bands of "${q.options[i]?.text ?? ''}" and "${q.options[j]?.text ?? ''}" overlap (±${String(Math.round(share * 100))}%)`);
      }
    }
  }
  return problems;
}

/** A quote is in a text after normalising quotes and spaces; "…" or "..." stands for omitted words, parts in order. */
const foldedTexts = new Map<string, string>();
export function quoteIn(quote: string, text: string): boolean {
  // An article is folded once, not once per question that quotes it.
  const haystack = foldedTexts.get(text) ?? foldQuote(text);
  foldedTexts.set(text, haystack);
  let from = 0;
  for (const part of foldQuote(quote).split(/…|\.\.\./).map((p) => p.trim()).filter((p) => p !== '')) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** 'provenance' with a quote per object: a question whose key is one of a fact's listed objects shows that object's quote. */
function keyQuoteViolations(q: Question, pack: Pack): string[] {
  if (q.kind !== 'single' && q.kind !== 'multiple') return [];
  const { labelOf: label, factById } = lookupOf(pack);
  const facts = q.facts.map((id) => factById.get(id)).filter((f) => f?.quotes !== undefined);
  if (facts.length === 0) return [];
  const shown = q.sources.map((s) => foldQuote(s.quote));
  const problems: string[] = [];
  for (const fact of facts as Pack['facts']) {
    (fact.objects ?? []).forEach((o, i) => {
      const name = typeof o === 'string' ? (label.get(o) ?? o) : undefined;
      const quote = fact.quotes?.[i];
      if (name === undefined || quote === undefined) return;
      const isKey = keysOf(q).some((k) => fold(baseLabel(k, pack).label) === fold(name));
      if (isKey && !shown.includes(foldQuote(quote))) problems.push(`key "${name}" is shown without its own quote "${quote}"`);
    });
  }
  return problems;
}

/** Every rule a single question breaks. `sourceText` gives the text of a source id, when known. */
export function checkQuestion(q: Question, pack: Pack, sourceText?: (sourceId: string) => string | undefined): Violation[] {
  const v: Violation[] = [];
  const add = (rule: number, message: string): void => {
    v.push({ rule, questionId: q.id, message });
  };
  const ids = q.options.map((o) => o.id);
  const texts = q.options.map((o) => o.text);
  const keys = keysOf(q);
  const distractors = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text);

  // 1. One key.
  if (new Set(ids).size !== ids.length) add(1, 'option ids repeat');
  if (!q.answer.every((id) => ids.includes(id))) add(1, 'answer names an id that is not an option');
  if ((q.kind === 'single' || q.kind === 'true-false') && q.answer.length !== 1) add(1, `${q.kind} needs exactly one key`);
  if (q.kind === 'multiple' && (q.answer.length < 1 || q.answer.length >= ids.length)) add(1, 'multiple needs at least one key and one distractor');
  if (q.kind === 'order' && (q.answer.length !== ids.length || new Set(q.answer).size !== ids.length)) add(1, 'order answer is not a permutation');
  if (q.kind === 'order' && q.answer.every((id, i) => id === ids[i])) add(1, 'order options are shown already in order');
  if (q.kind === 'true-false' && (q.options.length !== 2 || texts.some((t) => !/^(true|false|vrai|faux)$/i.test(t)))) add(1, 'true-false options are not True and False');

  // 2. Provably false distractors (as far as the facts next to the question show).
  // (A question on several facts, "which came first", offers true events that came later.)
  if ((q.kind === 'single' || q.kind === 'multiple') && q.facts.length === 1) {
    const truths = truthsNear(pack, q);
    for (const d of distractors) if (truths.has(fold(baseLabel(d, pack).label))) add(2, `distractor "${d}" is true in the pack, excluded, or the fact's subject`);
  }
  for (const message of boundViolations(q, pack)) add(2, message);

  // 3. Distinct options: words (numbers by value: "1,100,000" holds the words of "100,000"),
  // date spans, and the bands of "about" numbers.
  const entityRootsOfOptions = texts.map((t) => entityRoots(t, pack));
  const areEntities = entityRootsOfOptions.every((r) => r !== undefined);
  const readings = (q.kind === 'single' || q.kind === 'multiple') && !areEntities ? optionValues(q, pack.lang) : undefined;
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < texts.length; j++) {
      if (i === j) continue;
      const [a, b] = [readings?.[i], readings?.[j]];
      const overlap =
        a?.kind === 'number' && b?.kind === 'number'
          ? i < j && same(a.value, b.value)
          : a?.kind === 'date' && b?.kind === 'date'
            ? i < j && a.start <= b.end && b.start <= a.end
            : containsWords(texts[i] as string, texts[j] as string);
      if (overlap) add(3, `options "${texts[i] as string}" and "${texts[j] as string}" overlap`);
    }
  }
  for (const message of bandOverlaps(q, pack, readings)) add(3, message);

  // 4. Homogeneous options: one shape for dates and numbers, one root class for entities.
  if (q.kind === 'single' || q.kind === 'multiple') {
    // An entity may have several classes: the options agree when some root class is shared by all.
    const roots = entityRootsOfOptions;
    if (areEntities) {
      const shared = [...(roots[0] as Set<string>)].filter((c) => roots.every((r) => (r as Set<string>).has(c)));
      if (shared.length === 0) add(4, `options are entities of different kinds: ${texts.join(' | ')}`);
    } else if (readings !== undefined) {
      if (new Set(readings.map(valueShape)).size > 1) add(4, `options differ in format: ${texts.join(' | ')}`);
    } else if (texts.every((t) => readValue(t, pack.lang) !== undefined)) {
      add(4, `options mix numbers, units or dates: ${texts.join(' | ')}`);
    }
  }

  // 5. No length cue.
  if (q.kind === 'single' && keys.length === 1) {
    const longestOther = Math.max(...distractors.map((d) => d.length));
    if ((keys[0] as string).length >= 1.5 * longestOther) add(5, `key "${keys[0] as string}" is conspicuously the longest`);
  }

  // 6. No banned forms.
  for (const t of texts) if (/all of the above|none of the above|both a and b/i.test(t)) add(6, `banned option "${t}"`);

  // 7. Stem form.
  if ((q.kind === 'single' || q.kind === 'true-false') && !q.stem.trim().endsWith('?')) add(7, 'stem does not end with "?"');
  if ((q.kind === 'multiple' || q.kind === 'order') && !/[.?:]$/.test(q.stem.trim())) add(7, 'instruction does not end as a sentence');
  if (/\b(NOT|EXCEPT)\b/.test(q.stem)) add(7, 'NOT/EXCEPT stem');
  if (q.kind === 'true-false' && /\bnot\b/i.test(q.stem) && !/\bnot\b/i.test(q.explanation)) add(7, 'statement made false with "not"');

  // 8. No word or grammar cue.
  if (q.kind === 'single' || q.kind === 'multiple') {
    const stemWords = new Set(distinctive(q.stem));
    const otherWords = new Set(distractors.flatMap(distinctive));
    for (const k of keys) {
      const cue = distinctive(k).find((w) => stemWords.has(w) && !otherWords.has(w));
      if (cue !== undefined) add(8, `key repeats "${cue}" from the stem`);
      if (containsWords(q.stem, k)) add(8, `stem names the key "${k}"`);
    }
    if (/\ban?$/i.test(q.stem.replace(/[?:.]$/, '').trim())) add(8, 'stem ends with an article');
  }

  // 9. Dates and numbers ascend.
  if (q.kind === 'single' && readings !== undefined && new Set(readings.map(valueShape)).size === 1) {
    const values = readings.map(positionOf);
    for (let i = 1; i < values.length; i++) if ((values[i] as number) <= (values[i - 1] as number)) add(9, `options not in ascending order: ${texts.join(' | ')}`);
  }

  // 15. Provenance.
  if (q.sources.length === 0) add(15, 'no source');
  for (const s of q.sources) {
    if (s.title.trim() === '' || s.quote.trim() === '') add(15, 'source without title or quote');
    const text = sourceText?.(s.id);
    if (text !== undefined && !quoteIn(s.quote, text)) add(15, `quote not in source ${s.id}: ${s.quote}`);
  }
  for (const message of keyQuoteViolations(q, pack)) add(15, message);
  if (!/[.!?)]$/.test(q.explanation.trim())) add(15, 'explanation is not a sentence');
  return v;
}

/** 'independent items' over a quiz: no two questions on one fact, none showing another's key in its stem. */
export function checkQuiz(quiz: Quiz): Violation[] {
  const v: Violation[] = [];
  const qs = quiz.questions;
  for (let i = 0; i < qs.length; i++) {
    for (let j = 0; j < qs.length; j++) {
      if (i === j) continue;
      const a = qs[i] as Question;
      const b = qs[j] as Question;
      if (i < j && a.facts.some((f) => b.facts.includes(f))) v.push({ rule: 14, questionId: a.id, message: `shares a fact with ${b.id}` });
      if (a.kind !== 'true-false' && keysOf(a).some((k) => containsWords(b.stem, k))) v.push({ rule: 14, questionId: a.id, message: `its key shows in the stem of ${b.id}` });
    }
  }
  return v;
}

/** Share of single questions a test-wise strategy gets right (rule: test-wise solvers fail). */
export function solverScores(questions: readonly Question[]): { longest: number; middle: number; overlap: number; n: number } {
  const items = questions.filter((q) => q.kind === 'single' && q.options.length >= 3);
  let longest = 0;
  let middle = 0;
  let overlap = 0;
  // A solver picks at random among the options its rule ties: credit is shared.
  const credit = (q: Question, score: (text: string) => number): number => {
    const best = Math.max(...q.options.map((o) => score(o.text)));
    const tied = q.options.filter((o) => score(o.text) === best);
    return tied.some((o) => o.id === q.answer[0]) ? 1 / tied.length : 0;
  };
  for (const q of items) {
    longest += credit(q, (t) => t.length);
    // The middle value: the option at the middle place (lower middle for an even count).
    if (q.options[Math.floor((q.options.length - 1) / 2)]?.id === q.answer[0]) middle++;
    const stemWords = new Set(fold(q.stem).split(' '));
    overlap += credit(q, (t) => fold(t).split(' ').filter((w) => stemWords.has(w)).length);
  }
  const n = items.length || 1;
  return { longest: longest / n, middle: middle / n, overlap: overlap / n, n: items.length };
}

// ---------------------------------------------------------------------------------------
// Test-wise solvers (rule: test-wise solvers fail): each picks an option by a surface cue, without knowing
// the fact. A solver applies to the single questions where its cue can be read; credit
// is shared among the options its rule ties, as a solver would pick among them at random.

export interface SolverFigure {
  /** Share of the items it applied to that it got right. */
  score: number;
  /** Items it applied to. */
  n: number;
}

/** A test-wise strategy: the score of each option (highest picked), or undefined where it doesn't apply. */
type Strategy = (q: Question, lang: string) => number[] | undefined;

// Values within a millionth of each other tie (floating point in decimals and days).
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const byValue = (pick: (position: number) => number): Strategy => (q, lang) => optionValues(q, lang)?.map((v) => pick(positionOf(v)));

/** Distance from each option to its nearest neighbour: the odd one out is the farthest. */
const isolation: Strategy = (q, lang) => {
  const at = optionValues(q, lang)?.map(positionOf);
  return at?.map((x, i) => Math.min(...at.filter((_, j) => j !== i).map((y) => Math.abs(x - y))));
};

/** The middle value (the two middle ones share it for an even count). */
const middleValue: Strategy = (q, lang) => {
  const at = optionValues(q, lang)?.map(positionOf);
  if (at === undefined) return undefined;
  const sorted = [...at].sort((a, b) => a - b);
  const k = sorted.length;
  const middles = k % 2 === 1 ? [sorted[(k - 1) / 2]] : [sorted[k / 2 - 1], sorted[k / 2]];
  return at.map((x) => (middles.some((m) => m !== undefined && same(m, x)) ? 1 : 0));
};

/**
 * How round a number looks: its trailing zeros (for a whole number, a final 5 counts half
 * a zero: 250 is rounder than 230, not than 300); for decimals, minus the decimals left
 * once trailing zeros are dropped (42.2 is rounder than 42.195; 0.0005 no rounder than 0.0004).
 */
export function roundness(r: NumberReading): number {
  const [whole = '', fraction = ''] = r.digits.split('.');
  const kept = fraction.replace(/0+$/, '');
  const tail = kept !== '' ? kept : whole.replace(/^0+$/, '');
  const zeros = kept !== '' ? -kept.length : (/0+$/.exec(tail)?.[0].length ?? 0);
  const significant = tail.replace(/0+$/, '');
  // A lone 5 is not rounder than a 3; 25, 50 and 250 are.
  return zeros + (kept === '' && significant.endsWith('5') && (significant.length >= 2 || zeros > 0) ? 0.5 : 0);
}

/** The roundest quantity (years are dates, not quantities); applies only where roundness differs. */
const roundest: Strategy = (q, lang) => {
  const values = optionValues(q, lang);
  if (values === undefined || values.some((v) => v.kind !== 'number' || v.year)) return undefined;
  const scores = (values as NumberReading[]).map(roundness);
  return scores.every((s) => s === scores[0]) ? undefined : scores;
};

/** The one option alone in its month (or year) while the others share theirs; applies when exactly one is alone. */
const alone = (precision: DateReading['precision'], period: (d: DateReading) => number): Strategy => (q, lang) => {
  const values = optionValues(q, lang);
  if (!values?.every((v) => v.kind === 'date' && v.precision === precision)) return undefined;
  const periods = (values as DateReading[]).map(period);
  const lonely = periods.map((p) => (periods.filter((x) => x === p).length === 1 ? 1 : 0));
  return lonely.filter((l) => l === 1).length === 1 ? lonely : undefined;
};

const stemWordsOf = (q: Question): Set<string> => new Set(fold(q.stem).split(' '));

/** Every test-wise solver of the issue and questions/QUALITY.md, by name. */
export const SOLVERS: Record<string, Strategy> = {
  longest: (q) => q.options.map((o) => o.text.length),
  'stem overlap': (q) => {
    const stem = stemWordsOf(q);
    return q.options.map((o) => fold(o.text).split(' ').filter((w) => stem.has(w)).length);
  },
  middle: middleValue,
  smallest: byValue((x) => -x),
  largest: byValue((x) => x),
  'odd one out': isolation,
  'round number': roundest,
  'alone in its month': alone('day', (d) => d.year * 12 + d.month),
  'alone in its year': alone('month', (d) => d.year),
};

/**
 * Cues that also work backwards: a generator that never makes the key the smallest, or
 * never the one alone in its month, lets a solver strike that option out and pick among
 * the rest ("not smallest"). Over-correcting a cue is a cue.
 */
export const ELIMINATING = ['middle', 'smallest', 'largest', 'odd one out', 'round number', 'alone in its month', 'alone in its year'];

/** Credit a solver earns on one question: 1 shared among the options tied at its best score (or, eliminating, among the rest). */
function credit(q: Question, scores: number[], eliminating = false): number {
  const best = Math.max(...scores);
  const tied = q.options.filter((_, i) => same(scores[i] as number, best) !== eliminating);
  return tied.some((o) => o.id === q.answer[0]) ? 1 / tied.length : 0;
}

/** Each solver's share of right answers over the single questions it applies to, and how many. */
export function testWiseSolvers(questions: readonly Question[], lang = 'en'): Record<string, SolverFigure> {
  const items = questions.filter((q) => q.kind === 'single' && q.options.length >= 3 && q.answer.length === 1);
  const figures: Record<string, SolverFigure> = {};
  const runs = [...Object.entries(SOLVERS).map(([name, strategy]) => [name, strategy, false] as const), ...ELIMINATING.map((name) => [`not ${name}`, SOLVERS[name] as Strategy, true] as const)];
  for (const [name, strategy, eliminating] of runs) {
    let won = 0;
    let n = 0;
    for (const q of items) {
      const scores = strategy(q, lang);
      if (scores === undefined) continue;
      // Every option tied: nothing to strike out, the question is no item of an eliminating solver.
      if (eliminating && scores.every((x) => same(x, scores[0] as number))) continue;
      n++;
      won += credit(q, scores, eliminating);
    }
    figures[name] = { score: n === 0 ? 0 : won / n, n };
  }
  return figures;
}

/**
 * 'difficulty means something' by fact: the mean distance of each single question's distractors from its key,
 * for every fact asked at both `hard` and `easy`. `value` reads an option as a number
 * (a date's day, a number), or undefined when it can't.
 */
export function distancesByDifficulty(
  questions: readonly Question[],
  value: (text: string) => number | undefined,
): [string, { hard: number; easy: number }][] {
  const distance = (q: Question): number | undefined => {
    const key = value(keysOf(q)[0] ?? '');
    const others = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => value(o.text));
    if (key === undefined || others.some((v) => v === undefined)) return undefined;
    return others.reduce<number>((sum, v) => sum + Math.abs((v as number) - key), 0) / others.length;
  };
  const byFact = new Map<string, Partial<Record<Question['difficulty'], number>>>();
  for (const q of questions) {
    const d = q.kind === 'single' && q.facts.length === 1 ? distance(q) : undefined;
    if (d === undefined) continue;
    const fact = q.id.replace(/\/[a-z]+$/, '');
    byFact.set(fact, { ...byFact.get(fact), [q.difficulty]: d });
  }
  return [...byFact].flatMap(([id, d]) => (d.hard !== undefined && d.easy !== undefined ? [[id, { hard: d.hard, easy: d.easy }] as [string, { hard: number; easy: number }]] : []));
}
