/**
 * The pack validator: `validatePack` and what the CLI, the element and the quiz checker
 * share with it. Shape (shape.ts), meaning (meaning.ts), quotes (quotes.ts) and the
 * wording of problems (messages.ts) live apart; this file is the door.
 */
import type { DateValue, FoundProblem, Pack, ValidationResult } from '../pack.js';
import { PackChecker } from './meaning.js';
import { ProblemList, errorWords, problemAt } from './messages.js';
import { inEnglish } from './english.js';
import type { ValidatePackOptions } from './quotes.js';

export type { ValidatePackOptions } from './quotes.js';
export { KEYS, OBJECT_TYPE_KEYS, isHttpUrl } from './shape.js';
export { capProblems, problemAt, valueWords } from './messages.js';
export { describe, excerpt, inEnglish } from './english.js';

/** A pack, or its problems as codes: what `validatePack` gives before its English sentences. */
export type PackCheck = { ok: true; pack: Pack; problems: [] } | { ok: false; problems: FoundProblem[] };

/**
 * Checks that a JSON value is a fact pack and returns it typed, or the problems
 * found, each with its JSON path and a sentence a teacher understands: at most
 * `MAX_PROBLEMS`, then one that counts the rest. Never throws and never changes
 * `json`, however large or deeply nested; the returned pack is a copy.
 *
 * @example
 * const result = validatePack(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validatePack(json: unknown, options: ValidatePackOptions = {}): ValidationResult {
  const result = checkPack(json, options);
  return result.ok ? result : { ok: false, problems: inEnglish(result.problems) };
}

/** `validatePack` without the English sentences, for a front end that words problems in its own language. */
export function checkPack(json: unknown, options: ValidatePackOptions = {}): PackCheck {
  const problems = new ProblemList();
  try {
    new PackChecker(problems, options).check(json);
  } catch (error) {
    // A checker bug must not become a teacher's crash: report it as a problem instead.
    problems.add('', { code: 'check_failed', params: { of: 'pack', error: errorWords(error) } });
  }
  if (problems.total > 0) return { ok: false, problems: problems.list() };
  try {
    return { ok: true, pack: structuredClone(json) as Pack, problems: [] };
  } catch (error) {
    return { ok: false, problems: [problemAt('', { code: 'check_failed', params: { of: 'copy', error: errorWords(error) } })] };
  }
}

export type { DateValue };
