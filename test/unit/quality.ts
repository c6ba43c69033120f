/**
 * An independent checker of QUALITY.md: it reads a quiz and its pack and reports every
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

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters and digits of any script; punctuation (’ – “ ” …) and spaces (U+202F) fold away.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

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

/** A number to sort a date or number option by, or undefined for other text. */
export function sortValue(text: string): number | undefined {
  const words = fold(text).split(' ');
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const month = words.find((w) => MONTHS.includes(w));
  const season = words.find((w) => SEASONS.includes(w));
  // A date is nothing but day, month, season and year words.
  const dateWords = words.every((w) => /^\d+$/.test(w) || MONTHS.includes(w) || SEASONS.includes(w));
  if (dateWords && month !== undefined) {
    // Roughly days since year 0: enough to sort and to compare distances.
    const year = numbers.find((n) => n > 999) ?? 0;
    const day = numbers.find((n) => n <= 31) ?? 0;
    return year * 372 + (MONTHS.indexOf(month) % 12) * 31 + day;
  }
  if (dateWords && season !== undefined) return (numbers.find((n) => n > 999) ?? 0) * 372 + (SEASONS.indexOf(season) % 4) * 93;
  // A number, alone or with a unit of up to two words; folding drops its minus sign.
  if (numbers.length === 1 && /^\d+$/.test(words[0] ?? '') && words.length <= 3) return /^\s*[-\u2212]\s*\d/.test(text) ? -(numbers[0] as number) : numbers[0];
  return undefined;
}

const COMMON = new Set('about after also been before being between could does during from have into more most only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your the and for are was who how why has had its not but can may our out off'.split(' '));
const distinctive = (text: string): string[] => fold(text).split(' ').filter((w) => w.length >= 4 && !COMMON.has(w));
const containsWords = (outer: string, inner: string): boolean => fold(inner) !== '' && ` ${fold(outer)} `.includes(` ${fold(inner)} `);

export function keysOf(q: Question): string[] {
  return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
}

/** Labels that are true objects or subjects next to the question's facts: never a distractor. */
function truthsNear(pack: Pack, q: Question): Set<string> {
  const label = new Map(pack.entities.map((e) => [e.id, e.label]));
  const facts = pack.facts.filter((f) => q.facts.includes(f.id));
  const result = new Set<string>();
  const render = (v: unknown): string | undefined => (typeof v === 'string' ? (label.get(v) ?? v) : typeof v === 'number' ? String(v) : undefined);
  for (const f of facts) {
    for (const other of pack.facts) {
      if (other.relation !== f.relation) continue;
      const objects = [...(other.objects ?? []), ...(other.object === undefined ? [] : [other.object])];
      const fObjects = [...(f.objects ?? []), ...(f.object === undefined ? [] : [f.object])];
      if (other.subject === f.subject) for (const o of objects) result.add(fold(render(o) ?? ''));
      if (objects.some((o) => fObjects.some((fo) => JSON.stringify(fo) === JSON.stringify(o)))) result.add(fold(label.get(other.subject) ?? ''));
    }
  }
  result.delete('');
  return result;
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
    for (const d of distractors) if (truths.has(fold(d))) add(2, `distractor "${d}" is true in the pack`);
  }

  // 3. Distinct options.
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < texts.length; j++) {
      if (i !== j && containsWords(texts[i] as string, texts[j] as string)) add(3, `options "${texts[i] as string}" and "${texts[j] as string}" overlap`);
    }
  }

  // 4. Homogeneous options: one shape for dates and numbers, one root class for entities.
  if (q.kind === 'single' || q.kind === 'multiple') {
    const entityByLabel = new Map(pack.entities.map((e) => [e.label, e]));
    const parent = new Map(pack.classes.map((c) => [c.id, c.parent]));
    const root = (c: string): string => {
      let at = c;
      for (let p = parent.get(at); p !== undefined; p = parent.get(at)) at = p;
      return at;
    };
    const entities = texts.map((t) => entityByLabel.get(t));
    if (entities.every((e) => e !== undefined)) {
      if (new Set(entities.map((e) => root(e.class))).size > 1) add(4, 'options are entities of different kinds');
    } else if (texts.every((t) => sortValue(t) !== undefined)) {
      if (new Set(texts.map(shape)).size > 1) add(4, `options differ in format: ${texts.join(' | ')}`);
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
  const values = texts.map(sortValue);
  if (q.kind === 'single' && values.every((x) => x !== undefined) && new Set(texts.map(shape)).size === 1) {
    for (let i = 1; i < values.length; i++) if ((values[i] as number) <= (values[i - 1] as number)) add(9, `options not in ascending order: ${texts.join(' | ')}`);
  }

  // 15. Provenance.
  if (q.sources.length === 0) add(15, 'no source');
  for (const s of q.sources) {
    if (s.title.trim() === '' || s.quote.trim() === '') add(15, 'source without title or quote');
    const text = sourceText?.(s.id);
    if (text !== undefined && !foldQuote(text).includes(foldQuote(s.quote))) add(15, `quote not in source ${s.id}: ${s.quote}`);
  }
  if (!/[.!?)]$/.test(q.explanation.trim())) add(15, 'explanation is not a sentence');
  return v;
}

/** Rule 14 over a quiz: no two questions on one fact, none showing another's key in its stem. */
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

/** Share of single questions a test-wise strategy gets right (rule 11). */
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

/**
 * Rule 12 by fact: the mean distance of each single question's distractors from its key,
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
