/**
 * Wrong answers that are plausible and provably false (rules of questions/QUALITY.md:
 * provably false, distinct options, homogeneous options, no convergence, test-wise solvers
 * fail, difficulty means something).
 * Entities come from the key's class (hard) or the classes beside it (easy). Numbers and
 * dates are laid on an axis of whole units and spread around the key: its place among
 * the options is drawn uniformly, gaps vary, no distractor is rounder than the key, and
 * every option stays inside the bounds the pack states. Texts come only from the fact's
 * declared false alternatives.
 */
import type { Bounds, DateValue, Entity, Fact, NumberValue, ObjectValue, Relation } from './pack.js';
import type { Difficulty } from './quiz.js';
import type { PackIndex } from './pack-index.js';
import { type Random, randomIndex, randomOrder, sample } from './random.js';
import { type DateSpan, SEASONS, capitalise, decimalsOf, spanOf } from './verbalise.js';
import { civilFromDays, dayNumber, daysFromCivil, isoDay } from './calendar.js';
import { isNumberValue, numberOf, qualifierOf, toleranceOf } from './values.js';
import { RecentMemo } from './memo.js';

/** An option before it gets its id: its text, and a number to sort it by when it has one. */
export interface Choice {
  text: string;
  value: ObjectValue;
  sortKey?: number;
}

/**
 * Difficulties a key can be asked at with `count` distractors; one when distance means
 * nothing (a text, a season) or can't be kept (a number or date whose far distractors
 * would cross a bound on one side: easy would then be as near as hard).
 */
export function difficultiesFor(index: PackIndex, fact: Fact, relation: Relation, key: ObjectValue, count: number): Difficulty[] {
  const all: Difficulty[] = ['easy', 'medium', 'hard'];
  const bounds = fact.bounds ?? relation.bounds;
  switch (relation.object.type) {
    case 'entity':
      return entityDifficulties(index, index.entity(key as string), relation.object.class);
    case 'date': {
      const date = key as DateValue;
      if (date.precision === 'season') return ['medium'];
      const span = spanOf(date);
      const [first, last] = dayLimits(index, span, bounds, fact.id);
      const plain = dateAxis(date, span, first, last, () => true);
      const layouts = dateLayouts(plain, span);
      if (layouts === undefined) return roomForEasy(plain, count) ? all : ['medium'];
      return roomAround(layouts.together, count) && roomAround(layouts.apart, count) ? all : ['medium'];
    }
    case 'number': {
      const axis = numberAxis(key as number | NumberValue, bounds, () => true);
      return roomForEasy(axis, count) ? all : ['medium'];
    }
    case 'text':
      return ['medium'];
  }
}

/** True when `count` options fit on each side of the key at the nearest distance. */
function roomAround(axis: Axis, count: number): boolean {
  return nearest(axis, -1, count).length === count && nearest(axis, 1, count).length === count;
}

/**
 * True when `count` options fit on each side of the key at half the easy distance (the
 * narrowest easy gaps a draw may fall back to), still farther than hard ones.
 */
function roomForEasy(axis: Axis, count: number): boolean {
  const easy = Math.round(axis.gaps.easy / 2);
  if (easy <= axis.gaps.hard) return false;
  const gap = (): number => easy;
  return walk(axis, -1, count, gap).length === count && walk(axis, 1, count, gap).length === count;
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
  const asked = index.classAsked(entity, rangeClass);
  return asked !== rangeClass && index.entityClass(asked)?.parent !== undefined;
}

/** Entities to draw distractors of `key` from, by difficulty, within the class the question asks for. */
export function entityPool(index: PackIndex, key: Entity, difficulty: Difficulty, rangeClass: string | undefined): readonly Entity[] {
  const asked = index.classAsked(key, rangeClass);
  const same = index.membersOf(asked);
  if (!hasBroaderPool(index, key, rangeClass) || difficulty === 'hard') return same;
  if (difficulty === 'easy') return index.cousinsOf(asked);
  return index.kinOf(asked);
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
 * `count` wrong objects for `key` as the object of the fact's relation; fewer when the
 * pack can't prove enough of them false (or, with `surround`, when a number or date key
 * can't take every place among the options); undefined when this draw shows a cue and
 * another draw may not.
 */
export function distractorsFor(
  index: PackIndex,
  fact: Fact,
  relation: Relation,
  key: ObjectValue,
  difficulty: Difficulty,
  count: number,
  random: Random,
  surround = true,
): Choice[] | undefined {
  switch (relation.object.type) {
    case 'entity': {
      const keyEntity = index.entity(key as string);
      const isFalse = index.falseObjectTest(fact.subject, relation);
      return drawEntities(random, entityPool(index, keyEntity, difficulty, relation.object.class), count, (e) => e.id !== keyEntity.id && isFalse(e.id)).map(
        (e) => ({ text: e.label, value: e.id }),
      );
    }
    case 'text':
      return textDistractors(fact.falseObjects ?? [], count, random, key as string);
    case 'number':
      return isNumberValue(key) ? numberDistractors(index, fact, relation, key, difficulty, count, random, surround) : [];
    case 'date':
      return dateDistractors(index, fact, relation, key as DateValue, difficulty, count, random, surround);
  }
}

/**
 * Whether a date is a wrong object of the fact's relation. A date that overlaps a true
 * one is not wrong: "8 November" when the team trained from 6 to 10 November (possible
 * where a subject has several true dates).
 */
function wrongDates(index: PackIndex, fact: Fact, relation: Relation): (value: DateValue, span: DateSpan) => boolean {
  const truths = index.trueValuesOf(fact.subject, relation.id).map((d) => spanOf(d as DateValue));
  const isFalse = index.falseObjectTest(fact.subject, relation);
  return (value, s) => truths.every((t) => s.end < t.start || s.start > t.end) && isFalse(value);
}

/**
 * Text distractors: only the fact's stated false alternatives. Where they start with
 * numbers ("45 minutes"), those as round as the key's go first, so that "pick the round
 * one" finds nothing the author didn't mean.
 */
function textDistractors(falseObjects: readonly ObjectValue[], count: number, random: Random, key?: string): Choice[] {
  const texts = falseObjects.map((value) => ({ text: typeof value === 'object' ? JSON.stringify(value) : String(value), value }));
  const keyNumber = key === undefined ? undefined : leadingNumber(key);
  if (keyNumber === undefined) return sample(random, texts, count);
  const round = roundnessOf(keyNumber, decimalsOf(keyNumber));
  const alike = texts.filter((t) => {
    const n = leadingNumber(t.text);
    return n !== undefined && roundnessOf(n, decimalsOf(n)) === round;
  });
  const chosen = sample(random, alike, count);
  return [...chosen, ...sample(random, texts.filter((t) => !chosen.includes(t)), count - chosen.length)];
}

/**
 * The number a text starts with, as a word of its own ("45 minutes", "-3", "2.5 km"), or
 * undefined; "1,500" is left alone (a thousand and a half, or one and a half?).
 */
export function leadingNumber(text: string): number | undefined {
  const match = /^\s*([-\u2212]?)(\d+(?:\.\d+)?)(?=\s|$)/u.exec(text);
  if (match === null) return undefined;
  const value = Number(match[2]);
  return match[1] === '' ? value : -value;
}

/**
 * An axis that numbers and dates are laid on, in whole units (a step of the key's last
 * digit, a day, a month, a year). Options are positions on it.
 */
interface Axis {
  key: number;
  /** Lowest and highest positions an option may take. */
  low: number;
  high: number;
  /** Fewest units between two options (an `about` number's band, a range's length). */
  minGap: number;
  /** Mean units between neighbouring options, by difficulty: hard is near, easy is far. */
  gaps: Record<Difficulty, number>;
  /** True when an option may stand at `position`, next to the option at `previous` nearer the key. */
  fits(position: number, previous: number): boolean;
  /** `nearest` walks, by direction and count: the same for every draw on the axis. */
  readonly nearestWalks: Map<number, number[]>;
}

/** Up to `count` positions from the key at the fewest units apart (`walk`), walked once per axis. */
function nearest(axis: Axis, direction: -1 | 1, count: number): number[] {
  const key = direction * (count + 1);
  let positions = axis.nearestWalks.get(key);
  if (positions === undefined) {
    positions = walk(axis, direction, count, () => axis.minGap);
    axis.nearestWalks.set(key, positions);
  }
  return positions;
}

/** Units an option may be pushed past the place its gap gave it before the side gives up. */
const MAX_SKIP = 40;

/**
 * Positions for `count` distractors: the key's place among the sorted options is drawn
 * uniformly, and the gaps between neighbours vary around the difficulty's mean, so neither
 * the smallest, the largest, the middle nor the odd one out pays a test-wise guess
 * (rules: no convergence, test-wise solvers fail). With `surround`, a key that can't take every place (a count of 2
 * when counts start at 1) gets none: its place would give it away. Undefined when no draw
 * of gaps passes `accept`.
 */
function spread(random: Random, axis: Axis, difficulty: Difficulty, count: number, surround: boolean, accept: (positions: number[]) => boolean): number[] | undefined {
  const maxBelow = nearest(axis, -1, count).length;
  const maxAbove = nearest(axis, 1, count).length;
  if (surround && (maxBelow < count || maxAbove < count)) return [];
  const lowest = Math.max(0, count - maxAbove);
  const highest = Math.min(count, maxBelow);
  if (lowest > highest) return [];
  const below = lowest + randomIndex(random, highest - lowest + 1);
  // A draw with a cue is redrawn at the same place of the key: another place would favour some.
  for (let tries = 0; tries < SPREAD_TRIES; tries++) {
    const positions = [...side(random, axis, difficulty, -1, below), ...side(random, axis, difficulty, 1, count - below)];
    if (accept(positions)) return positions;
  }
  return undefined;
}

/** `n` positions on one side of the key: where the difficulty's gaps run past a bound, narrower ones are tried before the narrowest. */
function side(random: Random, axis: Axis, difficulty: Difficulty, direction: -1 | 1, n: number): number[] {
  for (let mean = axis.gaps[difficulty]; mean > axis.minGap; mean /= 2) {
    const gap = mean;
    const positions = walk(axis, direction, n, () => Math.max(axis.minGap, Math.round(gap * (0.5 + random()))));
    if (positions.length === n) return positions;
  }
  return nearest(axis, direction, n);
}

/** Draws of gaps for one place of the key before the draw is given up. */
const SPREAD_TRIES = 30;

/**
 * `spread`'s positions and the options `optionAt` makes of them. A key conspicuously longer
 * than every distractor is a cue (rule: no length cue), even sorted: "16 September"
 * beside "5 July" and "7 May". The options a draw is checked on are the ones returned.
 */
function spreadOptions(
  random: Random,
  axis: Axis,
  difficulty: Difficulty,
  count: number,
  surround: boolean,
  keyText: string,
  optionAt: (position: number) => Choice,
): { positions: number[]; options: Choice[] } | undefined {
  let options: Choice[] = [];
  const positions = spread(random, axis, difficulty, count, surround, (drawn) => {
    options = drawn.map((p) => optionAt(p));
    return keyText.length < 1.5 * Math.max(...options.map((c) => c.text.length));
  });
  return positions === undefined ? undefined : { positions, options: positions.length === 0 ? [] : options };
}

/** Up to `n` positions going away from the key in `direction`, each a gap past the last. */
function walk(axis: Axis, direction: -1 | 1, n: number, gap: () => number): number[] {
  const positions: number[] = [];
  let previous = axis.key;
  while (positions.length < n) {
    let position = previous + direction * gap();
    for (let skipped = 0; !axis.fits(position, previous); skipped++) {
      if (skipped === MAX_SKIP) return positions;
      position += direction;
    }
    if (position < axis.low || position > axis.high) return positions;
    positions.push(position);
    previous = position;
  }
  return positions;
}

/** Ten to the power of the trailing zeros of a whole number: 300,000 → 100,000; 7 → 1. */
function lastDigitUnit(value: number): number {
  let unit = 1;
  while (value !== 0 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * How round a number reads: its trailing zeros, or minus its decimals, plus a half for a
 * final 5 that is not a lone digit (250 is rounder than 230, 0.5 than 0.7; 5 no rounder than 3).
 */
function roundnessOf(x: number, decimals: number): number {
  const [whole = '', fraction = ''] = Math.abs(x).toFixed(decimals).split('.');
  const kept = fraction.replace(/0+$/, '');
  const tail = kept !== '' ? kept : whole.replace(/^0+$/, '');
  const zeros = kept !== '' ? -kept.length : (/0+$/.exec(tail)?.[0].length ?? 0);
  // Digits before and after the point count alike: 4.5 (billion) reads as rounder than 4.7.
  const significant = `${whole}${kept}`.replace(/^0+/, '').replace(/0+$/, '');
  return zeros + (significant.endsWith('5') && (significant.length >= 2 || zeros !== 0) ? 0.5 : 0);
}

/** Mean gaps as a share of the key's size, by difficulty, and at least these many units. */
const NUMBER_SPREAD: Record<Difficulty, { share: number; units: number }> = {
  hard: { share: 0.06, units: 1 },
  medium: { share: 0.15, units: 2 },
  easy: { share: 0.35, units: 3 },
};

/**
 * The axis of a number key: units of its last digit (300,000 moves in hundred thousands,
 * 12.4 in tenths), so that no distractor is rounder than the key nor shows other decimals;
 * inside the bounds, and a count never below 1.
 */
function numberAxis(key: number | NumberValue, bounds: Bounds | undefined, isFalse: (value: number) => boolean): Axis & { value: (p: number) => number } {
  const v = numberOf(key);
  const decimals = decimalsOf(v);
  const unit = decimals > 0 ? 10 ** -decimals : lastDigitUnit(Math.abs(v));
  const value = (p: number): number => Number((p * unit).toFixed(decimals));
  // A count stays a count: nothing below 1 for a positive whole key, below 0 for a key of 0.
  const floor = typeof bounds?.min === 'number' ? bounds.min : v > 0 ? unit : v === 0 ? 0 : -Infinity;
  const ceiling = typeof bounds?.max === 'number' ? bounds.max : Infinity;
  const share = v === 0 ? 0 : toleranceOf(key) / Math.abs(v);
  const band = (x: number): number => share * Math.abs(x);
  const keyRoundness = roundnessOf(v, decimals);
  const verdicts = new Map<number, boolean>();
  // Whether a position may hold an option whatever its neighbours, worked out once per position: draws revisit them.
  const fitsAlone = (p: number): boolean => {
    let verdict = verdicts.get(p);
    if (verdict === undefined) {
      const x = value(p);
      // Rounder or less round than the key (300,000 among 260,000s; 250 among 230s), or
      // one decimal fewer: "pick the round one" or "strike it out" would pay.
      verdict = p % 10 !== 0 && roundnessOf(x, decimals) === keyRoundness && Math.abs(x) !== Math.abs(v) && isFalse(x);
      verdicts.set(p, verdict);
    }
    return verdict;
  };
  const gaps = {} as Record<Difficulty, number>;
  for (const [d, s] of Object.entries(NUMBER_SPREAD) as [Difficulty, { share: number; units: number }][]) {
    gaps[d] = Math.max(Math.round((s.share * Math.abs(v)) / unit), unit === 1 && decimals === 0 && Math.abs(v) < 20 ? s.units : 1);
  }
  return {
    key: Math.round(v / unit),
    low: Math.ceil(floor / unit - 1e-9),
    high: Math.floor(ceiling / unit + 1e-9),
    minGap: Math.max(1, Math.ceil((2 * band(v)) / unit)),
    gaps,
    value,
    fits: (p, previous) => {
      const x = value(p);
      // "About" options whose bands touch could both be right.
      return Math.abs(x - value(previous)) > band(x) + band(value(previous)) && fitsAlone(p);
    },
    nearestWalks: new Map(),
  };
}

/** A number key's axis, and the key as an option reads. */
interface NumberAxes {
  key: number | NumberValue;
  axis: ReturnType<typeof numberAxis>;
  keyText: string;
  /** Options by position, made when first drawn (`keptOption`). */
  options: Map<number, Choice>;
}

/** The option at a position of a kept axis, made once: the draws of every difficulty come back to it. */
function keptOption(options: Map<number, Choice>, position: number, make: (position: number) => Choice): Choice {
  let option = options.get(position);
  if (option === undefined) {
    option = make(position);
    options.set(position, option);
  }
  return option;
}

/**
 * Axes of the keys asked lately: the plans of a fact (its difficulties, its false
 * statement) walk one. Kept with the pack's index, so that no module holds an old pack.
 */
interface KeptAxes {
  numbers: RecentMemo<Fact, NumberAxes>;
  dates: RecentMemo<DateValue, DateAxes>;
}
const keptAxes = new WeakMap<PackIndex, KeptAxes>();

function axesOf(index: PackIndex): KeptAxes {
  let kept = keptAxes.get(index);
  if (kept === undefined) {
    kept = { numbers: new RecentMemo(1_000), dates: new RecentMemo(1_000) };
    keptAxes.set(index, kept);
  }
  return kept;
}

function newNumberAxes(index: PackIndex, fact: Fact, relation: Relation, key: number | NumberValue): NumberAxes {
  const axis = numberAxis(key, fact.bounds ?? relation.bounds, index.falseObjectTest(fact.subject, relation));
  return { key, axis, keyText: numberChoice(index, relation, key).text, options: new Map() };
}

function numberDistractors(index: PackIndex, fact: Fact, relation: Relation, key: number | NumberValue, difficulty: Difficulty, count: number, random: Random, surround: boolean): Choice[] | undefined {
  let axes = axesOf(index).numbers.get(fact, () => newNumberAxes(index, fact, relation, key));
  if (axes.key !== key) axes = newNumberAxes(index, fact, relation, key);
  const { axis, keyText, options } = axes;
  const decimals = decimalsOf(numberOf(key));
  const qualifier = qualifierOf(key);
  const make = (p: number): Choice => numberChoice(index, relation, qualifier === undefined ? axis.value(p) : { value: axis.value(p), qualifier }, decimals);
  const drawn = spreadOptions(random, axis, difficulty, count, surround, keyText, (p) => keptOption(options, p, make));
  if (drawn === undefined) return undefined;
  const values = drawn.positions.map(axis.value);
  // "-2" and "2" read alike once the sign is folded away (rule: distinct options).
  if (new Set(values.map(Math.abs)).size < values.length) return undefined;
  return drawn.options;
}

/** A number as an option shows it, "About 80 hours", with the key's decimals. */
export function numberChoice(index: PackIndex, relation: Relation, value: number | NumberValue, decimals?: number): Choice {
  const x = numberOf(value);
  return { text: capitalise(index.verbaliser.number(x, relation, decimals ?? decimalsOf(x), qualifierOf(value))), value, sortKey: x };
}

/** Mean gaps between date options, in the units of their precision, by difficulty. */
const DATE_GAPS: Record<'day' | 'month' | 'year', Record<Difficulty, number>> = {
  day: { hard: 5, medium: 16, easy: 45 },
  month: { hard: 1, medium: 2, easy: 4 },
  year: { hard: 1, medium: 3, easy: 7 },
};

/** Years a pack's dates may have (`YYYY`, from 1): a shift past them has no date to show. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/** A date key's axis and its layouts (`dateLayouts`). */
interface DateAxes {
  fact: Fact;
  plain: DateAxis;
  layouts: { together: DateAxis; apart: DateAxis } | undefined;
  /** Options by position (the same date on every layout), made when first drawn (`keptOption`). */
  options: Map<number, Choice>;
}

function newDateAxes(index: PackIndex, fact: Fact, relation: Relation, key: DateValue, span: DateSpan): DateAxes {
  const [first, last] = dayLimits(index, span, fact.bounds ?? relation.bounds, fact.id);
  const plain = dateAxis(key, span, first, last, wrongDates(index, fact, relation));
  return { fact, plain, layouts: dateLayouts(plain, span), options: new Map() };
}

function dateDistractors(index: PackIndex, fact: Fact, relation: Relation, key: DateValue, difficulty: Difficulty, count: number, random: Random, surround: boolean): Choice[] | undefined {
  const span = spanOf(key);
  if (span.precision === 'season') {
    // Four seasons in calendar order can't put a key at every place among the options.
    if (surround) return [];
    const isWrong = wrongDates(index, fact, relation);
    const others = SEASONS.filter((season) => season !== span.season).map((season) => ({ ...key, season }));
    return sample(random, others.filter((value) => isWrong(value, spanOf(value))), count).map((value) => dateChoice(index, value, spanOf(value)));
  }
  let axes = axesOf(index).dates.get(key, () => newDateAxes(index, fact, relation, key, span));
  if (axes.fact !== fact) axes = newDateAxes(index, fact, relation, key, span);
  const { plain, layouts, options } = axes;
  // A single wrong value (a false statement) shows no month to compare with.
  const axis = surround ? layoutAxis(plain, layouts, difficulty, count) : plain;
  if (axis === undefined) return [];
  const make = (p: number): Choice => dateChoice(index, plain.date(p), plain.span(p));
  return spreadOptions(random, axis, difficulty, count, surround, dateChoice(index, key, span).text, (p) => keptOption(options, p, make))?.options;
}

type DateAxis = Axis & { date: (p: number) => DateValue; span: (p: number) => DateSpan };

/**
 * Days are grouped by month, and months (with their year shown) by year: an option alone
 * in its group would stand out, key or not (rule: test-wise solvers fail). So the options are either all in
 * the key's group ("together": near, hard) or each in a group of its own ("apart": a
 * month or a year at least between them, easy); medium takes whichever fits. Other
 * dates have no groups, and the plain axis.
 */
function layoutAxis(plain: DateAxis, layouts: DateAxes['layouts'], difficulty: Difficulty, count: number): DateAxis | undefined {
  if (layouts === undefined) return plain;
  const together = roomAround(layouts.together, count) ? layouts.together : undefined;
  const apart = roomAround(layouts.apart, count) ? layouts.apart : undefined;
  return difficulty === 'hard' ? together : difficulty === 'easy' ? apart : (together ?? apart);
}

function dateLayouts(plain: DateAxis, span: DateSpan): { together: DateAxis; apart: DateAxis } | undefined {
  const length = span.end - span.start + 1;
  if (span.precision === 'day') {
    const [y, m] = civilFromDays(span.start);
    const together = { ...plain, low: Math.max(plain.low, daysFromCivil(y, m, 1)), high: Math.min(plain.high, daysFromCivil(y, m + 1, 1) - length), gaps: mapGaps(TOGETHER_DAYS, (g) => g + length), nearestWalks: new Map() };
    // Starts a month (31 days) apart are in months of their own.
    const apart = { ...plain, minGap: Math.max(31, plain.minGap), gaps: mapGaps(APART_DAYS, (g) => g + length), nearestWalks: new Map() };
    return { together, apart };
  }
  if (span.precision === 'month' && span.showYear) {
    const year = yearOf(span.start);
    const together = { ...plain, low: Math.max(plain.low, year * 12), high: Math.min(plain.high, year * 12 + 11), gaps: TOGETHER_MONTHS, nearestWalks: new Map() };
    const apart = { ...plain, minGap: 12, gaps: APART_MONTHS, nearestWalks: new Map() };
    return { together, apart };
  }
  return undefined;
}

const TOGETHER_DAYS: Record<Difficulty, number> = { hard: 3, medium: 5, easy: 5 };
const APART_DAYS: Record<Difficulty, number> = { hard: 40, medium: 40, easy: 70 };
const TOGETHER_MONTHS: Record<Difficulty, number> = { hard: 1, medium: 2, easy: 2 };
const APART_MONTHS: Record<Difficulty, number> = { hard: 13, medium: 13, easy: 20 };

/** `span` is `spanOf(value)`, which the caller has at hand. */
function dateChoice(index: PackIndex, value: DateValue, span: DateSpan): Choice {
  return { text: index.verbaliser.dateOption(span), value, sortKey: span.start };
}

/**
 * The first and last day an option may cover: the bounds, the facts it must follow or
 * precede (and the facts that say they follow or precede it), the key's year when no
 * year is shown.
 */
function dayLimits(index: PackIndex, span: DateSpan, bounds: Bounds | undefined, factId: string): [number, number] {
  let first = FIRST_DAY;
  let last = LAST_DAY;
  if (!span.showYear) {
    const year = yearOf(span.start);
    first = daysFromCivil(year, 1, 1);
    last = daysFromCivil(year, 12, 31);
  }
  if (typeof bounds?.min === 'string') first = Math.max(first, dayNumber(bounds.min));
  if (typeof bounds?.max === 'string') last = Math.min(last, dayNumber(bounds.max));
  const dateOfFact = (id: string | undefined): DateSpan | undefined => {
    const object = id === undefined ? undefined : index.fact(id)?.object;
    return typeof object === 'object' && 'date' in object ? spanOf(object) : undefined;
  };
  // "The first step came after the launch" also puts the launch before the first step.
  for (const id of [bounds?.after, ...index.precededBy(factId)]) {
    const earlier = dateOfFact(id);
    if (earlier !== undefined) first = Math.max(first, earlier.end + 1);
  }
  for (const id of [bounds?.before, ...index.followedBy(factId)]) {
    const later = dateOfFact(id);
    if (later !== undefined) last = Math.min(last, later.start - 1);
  }
  return [first, last];
}

/** The axis of a date key at its precision, within the days `first` to `last`. */
function dateAxis(key: DateValue, span: DateSpan, first: number, last: number, isWrong: (value: DateValue, span: DateSpan) => boolean): DateAxis {
  const precision = span.precision as 'day' | 'month' | 'year';
  // A range inside one month is written differently from one across two, and one across
  // two years shows both years: an option keeps the key's kind.
  const kind = (s: DateSpan): string => `${String(sameMonth(s))}${String(yearOf(s.start) === yearOf(s.end))}`;
  const length = span.end - span.start + 1;
  const date = (p: number): DateValue => {
    switch (precision) {
      case 'day':
        return key.end === undefined ? { ...key, date: isoDay(p) } : { ...key, date: isoDay(p), end: isoDay(p + length - 1) };
      case 'month':
        return { ...key, date: `${String(Math.floor(p / 12)).padStart(4, '0')}-${String((p % 12) + 1).padStart(2, '0')}` };
      case 'year':
        return { ...key, date: String(p).padStart(4, '0') };
    }
  };
  // `spanOf(date(p))` by arithmetic: parsing the ISO text of every candidate was a hot spot.
  const spanAt = (p: number): DateSpan => {
    switch (precision) {
      case 'day':
        return { start: p, end: p + length - 1, precision, showYear: span.showYear };
      case 'month': {
        const [year, month] = [Math.floor(p / 12), (p % 12) + 1];
        return { start: daysFromCivil(year, month, 1), end: daysFromCivil(year, month + 1, 1) - 1, precision, showYear: span.showYear };
      }
      case 'year':
        return { start: daysFromCivil(p, 1, 1), end: daysFromCivil(p + 1, 1, 1) - 1, precision, showYear: true };
    }
  };
  const limits: Record<typeof precision, [number, number, number]> = {
    day: [span.start, first, last - length + 1],
    month: [monthOf(span.start), monthOf(first) + (civilFromDays(first)[2] === 1 ? 0 : 1), monthOf(last + 1) - 1],
    year: [yearOf(span.start), yearOf(first - 1) + 1, yearOf(last + 1) - 1],
  };
  const [keyAt, low, high] = limits[precision];
  const keyKind = kind(span);
  const verdicts = new Map<number, boolean>();
  return {
    key: keyAt,
    low,
    high,
    // Ranges of days never touch: a day apart at least.
    minGap: precision === 'day' ? length + (length > 1 ? 1 : 0) : 1,
    gaps: precision === 'day' ? mapGaps(DATE_GAPS.day, (g) => g + length) : DATE_GAPS[precision],
    date,
    span: spanAt,
    // Worked out once per position: the draws of every difficulty revisit them.
    fits: (p) => {
      let verdict = verdicts.get(p);
      if (verdict === undefined) {
        const at = spanAt(p);
        // A year of fewer than four digits reads as a number: none rounder or less round than the key (12 among 10s).
        verdict =
          !(precision === 'year' && keyAt < 1000 && roundnessOf(p, 0) !== roundnessOf(keyAt, 0)) &&
          (precision !== 'day' || key.end === undefined || kind(at) === keyKind) &&
          isWrong(date(p), at);
        verdicts.set(p, verdict);
      }
      return verdict;
    },
    nearestWalks: new Map(),
  };
}

function mapGaps(gaps: Record<Difficulty, number>, f: (gap: number) => number): Record<Difficulty, number> {
  return { hard: f(gaps.hard), medium: f(gaps.medium), easy: f(gaps.easy) };
}

function sameMonth(s: DateSpan): boolean {
  const [y1, m1] = civilFromDays(s.start);
  const [y2, m2] = civilFromDays(s.end);
  return y1 === y2 && m1 === m2;
}

function yearOf(day: number): number {
  return civilFromDays(day)[0];
}

/** Months since year 0 of the month a day is in. */
function monthOf(day: number): number {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
}
