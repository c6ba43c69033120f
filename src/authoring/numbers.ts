/**
 * Every number an article states, with its unit ("three-day visit": 3 days) and its
 * qualifier ("about", "over", "at least"), and every ordinal ("a second state visit"),
 * which is a count too. Numbers inside dates are left to dates.ts.
 */
import nlp from 'compromise';
import type { NumberQualifier } from '../engine/pack.js';

export interface FoundNumber {
  start: number;
  end: number;
  value: number;
  qualifier?: NumberQualifier;
  /** Singular unit: `day`, `state visit`. */
  unit: string;
  unitPlural: string;
  /** Written as an ordinal ("second", "51st"): also a precedent. */
  ordinal: boolean;
}

const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
// "once" is left out: it is mostly "formerly" or "once again", not a count.
const TIMES: Record<string, number> = { twice: 2, thrice: 3 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };

const QUALIFIERS: [RegExp, NumberQualifier][] = [
  [/\b(about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|environ|près de)\s+$/iu, 'about'],
  [/\b(more than|over|above|upwards of|in excess of|plus de)\s+$/iu, 'over'],
  [/\b(less than|fewer than|under|below|moins de)\s+$/iu, 'under'],
  [/\b(at least|no fewer than|no less than|au moins)\s+$/iu, 'at-least'],
  [/\b(at most|up to|no more than|au plus|jusqu'à)\s+$/iu, 'at-most'],
];

const WORD = Object.keys(UNITS).join('|');
const NUMBER = new RegExp(
  String.raw`\b(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|((?:${WORD})(?:-(?:${WORD.replace('|hundred|dozen', '')}))?)|(${Object.keys(ORDINALS).join('|')}|\d+(?:st|nd|rd|th))|(${Object.keys(TIMES).join('|')}))\b(?:\s+(thousand|million|billion|trillion|m|bn)\b)?`,
  'giu',
);
// Words that end a unit: a unit is the noun right after the number.
const STOP = /^(of|in|to|for|and|or|the|a|an|at|on|by|with|from|that|which|who|as|than|before|after|since|per|is|was|were|are|be|been|has|have|had|will|would|could|can|i|he|she|it|we|they|you)$/iu;

/** The noun after a number: "day" in "three-day visit", "state visit" in "second state visit". */
function unitAfter(text: string, from: number): { words: string; end: number } {
  const rest = text.slice(from, from + 80);
  // "three-day visit": the hyphened word is the unit; else up to two words.
  const m = rest.startsWith('-') ? /^-([\p{L}]+)/u.exec(rest) : /^\s+((?:[\p{Ll}][\p{L}’'-]*|\p{Lu}{2,})(?:\s+[\p{Ll}][\p{L}’'-]*)?)/u.exec(rest);
  if (m === null) return { words: '', end: from };
  const kept: string[] = [];
  for (const w of (m[1] ?? '').split(/\s+/u)) {
    if (STOP.test(w)) break;
    kept.push(w);
  }
  const words = nounsOf(kept);
  return words === '' ? { words, end: from } : { words, end: from + m[0].indexOf(words) + words.length };
}

/** The leading words compromise reads as nouns after a count ("many …"): "hours later" → "hours". */
function nounsOf(words: string[]): string {
  if (words.length === 0) return '';
  const tagged = nlp(`many ${words.join(' ')}`).terms().json() as { terms: { tags: string[] }[] }[];
  let n = 0;
  while (n < words.length && tagged[n + 1]?.terms[0]?.tags.includes('Noun') === true) n++;
  return words.slice(0, n).join(' ');
}

/** The unit in the singular and the plural, changing only its last word. */
function unitForms(words: string): { unit: string; unitPlural: string } {
  if (words === '') return { unit: 'time', unitPlural: 'times' };
  const head = words.split(' ').slice(0, -1);
  const last = (phrase: string, fallback: string): string => (phrase === '' ? fallback : (phrase.split(' ').pop() ?? fallback));
  const word = words.split(' ').pop() ?? words;
  const one = last(nlp(`many ${word}`).nouns().toSingular().text(), word);
  const many = last(nlp(`many ${one}`).nouns().toPlural().text(), `${one}s`);
  return { unit: [...head, one].join(' '), unitPlural: [...head, many].join(' ') };
}

function qualifierBefore(text: string, at: number): NumberQualifier | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  return QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1];
}

function valueOf(m: RegExpMatchArray): { value: number; ordinal: boolean; times: boolean } | undefined {
  const [, digits, words, ordinal, times] = m;
  const scale = SCALES[(m[5] ?? '').toLowerCase()] ?? 1;
  if (digits !== undefined) return { value: Number(digits.replace(/,/g, '')) * scale, ordinal: false, times: false };
  if (words !== undefined) return { value: words.toLowerCase().split('-').reduce((sum, w) => sum + (UNITS[w] ?? 0), 0) * scale, ordinal: false, times: false };
  if (ordinal !== undefined) return { value: ORDINALS[ordinal.toLowerCase()] ?? parseInt(ordinal, 10), ordinal: true, times: false };
  if (times !== undefined) return { value: TIMES[times.toLowerCase()] ?? 0, ordinal: false, times: true };
  return undefined;
}

/** Every number of `text` outside the spans in `taken` (the dates). */
export function findNumbers(text: string, taken: readonly { start: number; end: number }[] = []): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    if (taken.some((t) => start < t.end && t.start < numberEnd)) continue;
    const read = valueOf(m);
    if (read === undefined || !Number.isFinite(read.value) || read.value <= 0) continue;
    const after = read.times ? { words: '', end: numberEnd } : unitAfter(text, numberEnd);
    // A bare number with no unit after it (a page number, a score) asks nothing.
    if (after.words === '' && !read.times) continue;
    const qualifier = qualifierBefore(text, start);
    found.push({ start, end: after.end, value: read.value, ...(qualifier === undefined ? {} : { qualifier }), ...unitForms(after.words), ordinal: read.ordinal });
  }
  return found;
}
