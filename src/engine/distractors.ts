/**
 * Wrong answers that are plausible and provably false (QUALITY.md rules 2-4, 10, 12).
 * Entities come from the key's class (hard) or the classes beside it (easy); dates and
 * numbers are shifted by distances that grow with the difficulty, on both sides of the
 * key in proportions drawn at random, so the key is not the middle value more often
 * than chance; texts come only from the fact's declared false alternatives.
 */
import type { DateValue, Entity, ObjectValue, Relation } from './pack.js';
import type { Difficulty } from './quiz.js';
import type { PackIndex } from './pack-index.js';
import { type Random, randomOrder, sample } from './random.js';
import { type DateSpan, SEASONS, decimalsOf, spanOf } from './verbalise.js';
import { civilFromDays, isoDay } from './calendar.js';

/** An option before it gets its id: its text, and a number to sort it by when it has one. */
export interface Choice {
  text: string;
  value: ObjectValue;
  sortKey?: number;
}

/** Difficulties a key of this relation can be asked at; one when distance means nothing. */
export function difficultiesFor(index: PackIndex, relation: Relation, key: ObjectValue): Difficulty[] {
  switch (relation.object.type) {
    case 'entity':
      return entityDifficulties(index, index.entity(key as string), relation.object.class);
    case 'date':
      return (key as DateValue).precision === 'season' ? ['medium'] : ['easy', 'medium', 'hard'];
    case 'number':
      return ['easy', 'medium', 'hard'];
    case 'text':
      return ['medium'];
  }
}

/**
 * A key of a narrower class than the question asks for (a royal residence where any
 * venue would answer) has a nearer pool (hard: its own class) and a broader one (easy:
 * the classes beside it). A key of the very class asked for ("Which US president…?")
 * has one pool: anything else would be a wrong answer of the wrong kind.
 */
export function entityDifficulties(index: PackIndex, entity: Entity, rangeClass: string | undefined): Difficulty[] {
  return hasBroaderPool(index, entity, rangeClass) ? ['easy', 'medium', 'hard'] : ['medium'];
}

function hasBroaderPool(index: PackIndex, entity: Entity, rangeClass: string | undefined): boolean {
  return entity.class !== rangeClass && index.entityClass(entity.class)?.parent !== undefined;
}

/** Entities to draw distractors of `key` from, by difficulty, within the class the question asks for. */
export function entityPool(index: PackIndex, key: Entity, difficulty: Difficulty, rangeClass: string | undefined): readonly Entity[] {
  const same = index.membersOf(key.class);
  if (!hasBroaderPool(index, key, rangeClass) || difficulty === 'hard') return same;
  if (difficulty === 'easy') return index.cousinsOf(key.class);
  return index.kinOf(key.class);
}

/** Up to `count` entities of `pool` that `accept` takes, drawn at random. */
export function drawEntities(random: Random, pool: readonly Entity[], count: number, accept: (e: Entity) => boolean): Entity[] {
  const chosen: Entity[] = [];
  for (const entity of randomOrder(random, pool)) {
    if (chosen.length === count) break;
    if (accept(entity)) chosen.push(entity);
  }
  return chosen;
}

/**
 * `count` wrong objects for `key` as the object of (subject, relation), or fewer when
 * the pack cannot prove enough of them false.
 */
export function distractorsFor(
  index: PackIndex,
  subject: string,
  relation: Relation,
  key: ObjectValue,
  difficulty: Difficulty,
  count: number,
  random: Random,
): Choice[] {
  const isFalse = (value: ObjectValue): boolean => index.isFalseObject(subject, relation, value);
  switch (relation.object.type) {
    case 'entity': {
      const keyEntity = index.entity(key as string);
      return drawEntities(random, entityPool(index, keyEntity, difficulty, relation.object.class), count, (e) => e.id !== keyEntity.id && isFalse(e.id)).map(
        (e) => ({ text: e.label, value: e.id }),
      );
    }
    case 'text':
      return [];
    case 'number':
      return numberDistractors(index, relation, key as number, difficulty, count, random, isFalse);
    case 'date': {
      // A date that overlaps a true one is not wrong: "8 November" when the team trained
      // from 6 to 10 November (possible where a subject has several true dates).
      const truths = index.trueValuesOf(subject, relation.id).map((d) => spanOf(d as DateValue));
      const isWrong = (value: ObjectValue): boolean => {
        const s = spanOf(value as DateValue);
        return isFalse(value) && truths.every((t) => s.end < t.start || s.start > t.end);
      };
      return dateDistractors(index, key as DateValue, difficulty, count, random, isWrong);
    }
  }
}

/** Text distractors: only the fact's stated false alternatives. */
export function textDistractors(falseObjects: readonly ObjectValue[], count: number, random: Random): Choice[] {
  return sample(random, falseObjects, count).map((value) => ({ text: typeof value === 'object' ? JSON.stringify(value) : String(value), value }));
}

/**
 * Takes `count` candidates from both sides of the key. The number taken before it, m,
 * is the key's place among the sorted options; a middle place gets the chance 1/k it
 * would have if every place were open, so neither the middle nor any other place pays
 * a test-wise guess when one side runs short (rules 10 and 11).
 */
function eitherSide<T>(random: Random, before: readonly T[], after: readonly T[], count: number): T[] {
  const lowest = Math.max(0, count - after.length);
  const highest = Math.min(count, before.length);
  if (lowest > highest) return [];
  const k = count + 1;
  const middles = new Set([Math.floor(count / 2), Math.ceil(count / 2)]);
  const places = Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i);
  const others = places.filter((m) => !middles.has(m)).length;
  const weights = places.map((m) => (others === 0 ? 1 : middles.has(m) ? 1 / k : (1 - [...middles].filter((x) => places.includes(x)).length / k) / others));
  let pick = random() * weights.reduce((a, b) => a + b, 0);
  let m = highest;
  for (const [i, w] of weights.entries()) {
    pick -= w;
    if (pick < 0) {
      m = places[i] as number;
      break;
    }
  }
  return [...sample(random, before, m), ...sample(random, after, count - m)];
}

/** Distances, in steps, of each difficulty: hard is near, easy is far. */
const STEPS: Record<Difficulty, readonly number[]> = {
  hard: [1, 2, 3],
  medium: [3, 4, 5, 6],
  easy: [7, 9, 11, 13, 15],
};

function numberDistractors(
  index: PackIndex,
  relation: Relation,
  key: number,
  difficulty: Difficulty,
  count: number,
  random: Random,
  isFalse: (value: ObjectValue) => boolean,
): Choice[] {
  const magnitude = Math.abs(key);
  const decimals = decimalsOf(key);
  const step = Number.isInteger(key) ? (magnitude < 20 ? 1 : 10 ** (Math.floor(Math.log10(magnitude)) - 1)) : 10 ** -decimals;
  // A count stays a count: no zero ("0 days") or negative distractors for a positive key,
  // and none below zero for a key of zero ("0 wins" is not "-3 wins" away from anything).
  const floor = key > 0 ? (Number.isInteger(key) ? 1 : step) : key === 0 ? 0 : -Infinity;
  const at = (n: number): number => Number((key + n * step).toFixed(decimals));
  // "-2" and "2" read alike once the sign is folded away (rule 3): one of each size only.
  const sizes = new Set([Math.abs(key)]);
  const distinct = (v: number): boolean => {
    if (sizes.has(Math.abs(v))) return false;
    sizes.add(Math.abs(v));
    return true;
  };
  const before = STEPS[difficulty].map((n) => at(-n)).filter((v) => v >= floor && isFalse(v) && distinct(v));
  const after = STEPS[difficulty].map((n) => at(n)).filter((v) => isFalse(v) && distinct(v));
  return eitherSide(random, before, after, count).map((value) => ({ text: index.verbaliser.number(value, relation, decimals), value, sortKey: value }));
}

function dateDistractors(
  index: PackIndex,
  key: DateValue,
  difficulty: Difficulty,
  count: number,
  random: Random,
  isFalse: (value: ObjectValue) => boolean,
): Choice[] {
  const span = spanOf(key);
  const year = yearOf(span.start);
  // A range inside one month is written differently from one across two: keep the key's kind.
  const oneMonth = (s: DateSpan): boolean => civilFromDays(s.start)[1] === civilFromDays(s.end)[1];
  const keyInOneMonth = oneMonth(span);
  // And one across two years shows both years ("28 December 2022 – 3 January 2023").
  const oneYear = (s: DateSpan): boolean => yearOf(s.start) === yearOf(s.end);
  const keyInOneYear = oneYear(span);
  const candidates = (sign: -1 | 1): { value: DateValue; span: DateSpan }[] => {
    let values: DateValue[];
    if (span.precision === 'season') {
      const at = SEASONS.indexOf(span.season ?? 'summer');
      values = (sign < 0 ? SEASONS.slice(0, at) : SEASONS.slice(at + 1)).map((season) => ({ ...key, season }));
    } else {
      values = STEPS[difficulty].flatMap((n) => shiftDate(key, span, sign * n) ?? []);
    }
    // Without a year shown, every option stays in the key's year, so order is calendar order.
    return values
      .map((value) => ({ value, span: spanOf(value) }))
      .filter(
        (c) =>
          // Seasons are named without a year: winter may run into the next one.
          (span.showYear || span.precision === 'season' || (yearOf(c.span.start) === year && yearOf(c.span.end) === year)) &&
          (span.precision !== 'day' || (oneMonth(c.span) === keyInOneMonth && oneYear(c.span) === keyInOneYear)) &&
          isFalse(c.value),
      );
  };
  // Only the drawn dates are formatted: Intl is the slow part of a question.
  return eitherSide(random, candidates(-1), candidates(1), count).map((c) => ({ text: index.verbaliser.dateOption(c.span), value: c.value, sortKey: c.span.start }));
}

function yearOf(day: number): number {
  return civilFromDays(day)[0];
}

/** Years a pack's dates may have (`YYYY`, from 1): a shift past them has no date to show. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/**
 * The date `n` steps away: weeks for days (whole ranges, never overlapping), months,
 * years; undefined when it falls outside the years 1 to 9999, which a pack's dates are
 * written in (before year 1 there is no date to show, and Intl would show it in an
 * other style).
 */
function shiftDate(key: DateValue, span: DateSpan, n: number): DateValue | undefined {
  const inRange = (first: number, last: number): boolean => first >= FIRST_YEAR && last <= LAST_YEAR;
  switch (key.precision) {
    case 'day': {
      const length = span.end - span.start + 1;
      const step = 7 * Math.ceil(length / 7);
      const start = span.start + n * step;
      if (!inRange(yearOf(start), yearOf(start + length - 1))) return undefined;
      const shifted: DateValue = { ...key, date: isoDay(start) };
      if (key.end !== undefined) shifted.end = isoDay(start + length - 1);
      return shifted;
    }
    case 'month': {
      const [y, m] = key.date.split('-').map(Number) as [number, number];
      const months = y * 12 + (m - 1) + n;
      const year = Math.floor(months / 12);
      if (!inRange(year, year)) return undefined;
      return { ...key, date: `${String(year).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}` };
    }
    case 'year':
    case 'season': {
      const year = Number(key.date.slice(0, 4)) + n;
      // Winter runs into the next year.
      if (!inRange(year, key.precision === 'season' ? year + 1 : year)) return undefined;
      return { ...key, date: String(year).padStart(4, '0') };
    }
  }
}
