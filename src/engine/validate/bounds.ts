/**
 * Where distractors may fall: the window bounds make, in numbers or day numbers, and
 * whether a true object lies inside it. Pure functions; `PackChecker` reports what they find.
 */
import type { DatePrecision } from '../pack.js';
import type { OutsideReason } from '../../locales/problem-types.js';
import { dayNumber, daysInMonth, isRealDate } from '../calendar.js';
import { DATE_SHAPE, PRECISIONS, isObject } from './shape.js';

/** Where distractors may fall, in numbers or day numbers: the span of a true object must reach inside. */
export interface Window {
  min?: number;
  max?: number;
  /** Last day of the fact named by `after`. */
  after?: number;
  /** First day of the fact named by `before`. */
  before?: number;
  /** Where the bounds were given, for messages. */
  at: string;
}

/** First and last day a date object covers, or undefined when it is not a valid date. */
export function daySpan(value: unknown): [number, number] | undefined {
  if (!isObject(value) || typeof value.date !== 'string' || typeof value.precision !== 'string') return undefined;
  const { date, precision } = value;
  if (!PRECISIONS.includes(precision as DatePrecision) || !DATE_SHAPE[precision as DatePrecision].test(date) || !isRealDate(date)) return undefined;
  const start = dayNumber(date);
  if (precision === 'day') return [start, typeof value.end === 'string' && isRealDate(value.end) ? dayNumber(value.end) : start];
  const year = Number(date.slice(0, 4));
  if (precision === 'month') return [start, start + daysInMonth(year, Number(date.slice(5, 7))) - 1];
  // A winter runs into the next year's February.
  return [start, dayNumber(`${String(year + 1)}-${value.season === 'winter' ? '03' : '01'}-01`) - 1];
}

/** Why a number (plain or qualified) lies outside the window, or undefined when inside. */
export function numberOutside(value: unknown, window: Window): OutsideReason | undefined {
  const n = typeof value === 'number' ? value : isObject(value) && typeof value.value === 'number' ? value.value : undefined;
  if (n === undefined) return undefined;
  if (window.min !== undefined && n < window.min) return { kind: 'below-min', value: n, bound: window.min };
  if (window.max !== undefined && n > window.max) return { kind: 'above-max', value: n, bound: window.max };
  return undefined;
}

/** Why a date lies outside the window, or undefined: a date is inside when some day of it is (a month reaching past `min` is allowed). */
export function dateOutside(value: unknown, window: Window): OutsideReason | undefined {
  const span = daySpan(value);
  if (span === undefined) return undefined;
  const [start, end] = span;
  if (window.min !== undefined && end < window.min) return { kind: 'before-min' };
  if (window.max !== undefined && start > window.max) return { kind: 'after-max' };
  if (window.after !== undefined && end <= window.after) return { kind: 'not-after' };
  if (window.before !== undefined && start >= window.before) return { kind: 'not-before' };
  return undefined;
}
