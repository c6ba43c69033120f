/**
 * Problems in English words: the sentence of each problem's code, and excerpts of values
 * as the sentences quote them. Only the public validators and the CLI use it, so pages
 * that word problems in their own language never download the English sentences.
 */
import type { FoundProblem, PackProblem } from '../pack.js';
import { problemMessage } from '../../locales/problem-types.js';
import { describeValue, problems as english, quotedValue } from '../../locales/en/problems.js';
import { MAX_EXCERPT_LENGTH } from '../limits.js';
import { textWords, valueWords } from './messages.js';

/** The problems with their English sentences. */
export function inEnglish(problems: readonly FoundProblem[]): PackProblem[] {
  return problems.map((problem) => ({ ...problem, message: problemMessage(problem, english) }));
}

/**
 * A short, quoted, escaped excerpt of a text for a message: at most `max` characters,
 * then `…` and the length; controls, bidi marks and lone surrogates shown as `\u{…}`.
 */
export function excerpt(text: string, max = MAX_EXCERPT_LENGTH): string {
  return quotedValue(textWords(text, max));
}

/** What a wrong value is, in English words. */
export function describe(value: unknown): string {
  return describeValue(valueWords(value));
}
