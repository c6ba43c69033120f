/**
 * How pack problems read: short escaped excerpts of a pack's values, what a wrong value is
 * in words, JSON paths, and lists capped at `MAX_PROBLEMS`, so that no pack, however large
 * or odd, makes a message long, unreadable or misleading.
 */
import type { PackProblem } from '../pack.js';
import { MAX_EXCERPT_LENGTH, MAX_ID_LENGTH, MAX_PROBLEMS } from '../limits.js';

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;
/** Characters a message shows escaped: controls, invisible format marks (bidi, BOM), lone surrogates, line separators. */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * At most `max` problems, then one more that says how many were left out, so that every
 * front end (CLI, element, classroom page) shows a page of problems, not a book.
 */
export function capProblems(problems: readonly PackProblem[], max = MAX_PROBLEMS): PackProblem[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), moreProblems(problems.length - max)];
}

function moreProblems(count: number): PackProblem {
  return { path: '', message: `…and ${formatCount(count)} more problem${count === 1 ? '' : 's'}, not listed: fix these first.` };
}

/** Collects problems, keeping only the first `MAX_PROBLEMS` (100,000 bad facts must not make 100,000 objects). */
export class ProblemList {
  private readonly kept: PackProblem[] = [];
  total = 0;

  add(path: string, message: string): void {
    this.total += 1;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ path, message });
  }

  list(): PackProblem[] {
    return this.total > this.kept.length ? [...this.kept, moreProblems(this.total - this.kept.length)] : [...this.kept];
  }
}

/**
 * A short, quoted, escaped excerpt of a text for a message: at most `max` characters,
 * then `…` and the length; controls, bidi marks and lone surrogates shown as `\u{…}`.
 */
export function excerpt(text: string, max = MAX_EXCERPT_LENGTH): string {
  const { shown, cut } = head(text, max);
  return cut ? `"${shown}…" (${formatCount(text.length)} characters)` : `"${shown}"`;
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

/** What a wrong value is, in words, never longer than a short excerpt. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${excerpt(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${String(value)}` : 'a number too large to write (such as 1e400)';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** A value as messages name it: a short escaped excerpt of a text, else what it is. */
export function quoted(value: unknown): string {
  return typeof value === 'string' ? excerpt(value) : describe(value);
}

/** `a venue`, `an event`: class ids read as nouns in messages. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** An error's message, excerpted: reading it must not throw in turn. */
export function errorText(error: unknown): string {
  try {
    return excerpt(error instanceof Error ? error.message : String(error), 120);
  } catch {
    return 'unknown error';
  }
}

/** The path of `key` inside `path`: `facts[3].object`, or `facts[3]["odd key"]` for keys that are not names. */
export function keyPath(path: string, key: string): string {
  if (PLAIN_KEY.test(key) && key.length <= MAX_ID_LENGTH) return path === '' ? key : `${path}.${key}`;
  return `${path}[${excerpt(key)}]`;
}
