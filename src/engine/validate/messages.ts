/**
 * How pack problems are made: a code and params (short escaped excerpts of a pack's values,
 * what a wrong value is as data), JSON paths, and lists capped at `MAX_PROBLEMS`, so that
 * no pack, however large or odd, makes a message long, unreadable or misleading. No
 * language here: the public validators add the English sentences last (./english.ts),
 * and the element, which words problems in the reader's language, never downloads them.
 */
import type { FoundProblem } from '../pack.js';
import type { ProblemData, ValueWords } from '../../locales/problem-types.js';
import { MAX_EXCERPT_LENGTH, MAX_ID_LENGTH, MAX_PROBLEMS } from '../limits.js';

export type Json = Record<string, unknown>;

/** Keys no pack or quiz may have: they would reach an object's prototype. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;
/** Characters a message shows escaped: controls, invisible format marks (bidi, BOM), lone surrogates, line separators. */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** A problem at `path`. */
export function problemAt(path: string, data: ProblemData): FoundProblem {
  return { path, ...data };
}


/**
 * At most `max` problems, then one more that says how many were left out, so that every
 * front end (CLI, element, classroom page) shows a page of problems, not a book.
 */
export function capProblems(problems: readonly FoundProblem[], max = MAX_PROBLEMS): FoundProblem[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), moreProblems(problems.length - max)];
}

function moreProblems(count: number): FoundProblem {
  return problemAt('', { code: 'more_problems', params: { count } });
}

/** Collects problems, keeping only the first `MAX_PROBLEMS` (100,000 bad facts must not make 100,000 objects). */
export class ProblemList {
  private readonly kept: FoundProblem[] = [];
  total = 0;

  add(path: string, data: ProblemData): void {
    this.total += 1;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push(problemAt(path, data));
  }

  list(): FoundProblem[] {
    return this.total > this.kept.length ? [...this.kept, moreProblems(this.total - this.kept.length)] : [...this.kept];
  }
}

/** A text as a problem shows it: its first `max` characters, escaped, and its length. */
export function textWords(text: string, max = MAX_EXCERPT_LENGTH): ValueWords {
  const { shown, cut } = head(text, max);
  return { kind: 'text', shown, cut, length: text.length };
}

/** An id already checked against the id pattern, shown whole. */
export function idWords(id: string): ValueWords {
  return textWords(id, MAX_ID_LENGTH);
}

/** The first `max` characters of a text, escaped, with `…` when cut. */
export function escaped(text: string, max: number): string {
  const { shown, cut } = head(text, max);
  return cut ? `${shown}…` : shown;
}

/** Only the head of a text is read and escaped, so a 10 MB value costs no more than a short one. */
function head(text: string, max: number): { shown: string; cut: boolean } {
  const chars = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return { shown: chars.slice(0, max).map(escapeChar).join(''), cut: chars.length > max };
}

function escapeChar(char: string): string {
  if (char === '"') return '\\"';
  if (char === '\\') return '\\\\';
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (!UNSAFE_CHAR.test(char)) return char;
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}

/** What a wrong value is, as data: never longer than a short excerpt. */
export function valueWords(value: unknown): ValueWords {
  if (value === undefined) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') return textWords(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'huge-number' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'other', type: typeof value };
}

/** An error's message as a value, excerpted: reading it must not throw in turn. */
export function errorWords(error: unknown): ValueWords {
  try {
    return textWords(error instanceof Error ? error.message : String(error), 120);
  } catch {
    return { kind: 'other', type: 'unknown error' };
  }
}

/** The path of `key` inside `path`: `facts[3].object`, or `facts[3]["odd key"]` for keys that are not names. */
export function keyPath(path: string, key: string): string {
  if (PLAIN_KEY.test(key) && key.length <= MAX_ID_LENGTH) return path === '' ? key : `${path}.${key}`;
  return `${path}["${escaped(key, MAX_EXCERPT_LENGTH)}"]`;
}
