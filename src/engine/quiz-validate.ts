/**
 * Checks a Quiz that comes from outside (a file, a form, another program) against the
 * Quiz contract before anything reads it: exporters and the element trust what
 * `generateQuiz` makes, and a quiz from elsewhere must earn the same trust.
 */
import { KINDS } from './quiz.js';
import { MAX_DEPTH, MAX_QUIZ_BYTES } from './limits.js';
import type { FoundProblem, PackProblem } from './pack.js';
import type { Quiz } from './quiz.js';
import type { Expected, ProblemData } from '../locales/problem-types.js';
import { isHttpUrl } from './links.js';
import { FORBIDDEN_KEYS, capProblems, isObject, keyPath, problemAt, textWords, valueWords, type Json } from './validate/messages.js';
import { inEnglish } from './validate/english.js';

export type QuizValidationResult = { ok: true; quiz: Quiz; problems: [] } | { ok: false; problems: PackProblem[] };

/** A quiz, or its problems as codes: what `validateQuiz` gives before its English sentences. */
export type QuizCheck = { ok: true; quiz: Quiz; problems: [] } | { ok: false; problems: FoundProblem[] };

const DIFFICULTY_NAMES: readonly string[] = ['easy', 'medium', 'hard'];

/**
 * Checks that a JSON value is a quiz (`format: "fact-quiz/quiz@1"`) and returns it typed,
 * or its problems with JSON paths, at most a few dozen. Never throws, however large,
 * deep or odd `json` is. Checks every field's type, the kinds and difficulties, option
 * ids (unique), answers (option ids; an `order` answer is every option once), http(s)
 * source links without credentials, no `__proto__`/`constructor`/`prototype` keys,
 * nesting and size limits.
 *
 * @example
 * const result = validateQuiz(JSON.parse(text));
 * if (result.ok) exportQuiz([result.quiz], 'gift');
 */
export function validateQuiz(json: unknown): QuizValidationResult {
  const result = checkQuiz(json);
  return result.ok ? result : { ok: false, problems: inEnglish(result.problems) };
}

/** `validateQuiz` without the English sentences, for a front end that words problems in its own language. */
export function checkQuiz(json: unknown): QuizCheck {
  const problems: FoundProblem[] = [];
  try {
    walk(json, problems);
    if (problems.length === 0) checkFields(json, problems);
  } catch (error) {
    problems.push(problemAt('', { code: 'check_failed', params: { of: 'quiz', error: error instanceof Error ? error.name : 'error' } }));
  }
  return problems.length === 0 ? { ok: true, quiz: json as Quiz, problems: [] } : { ok: false, problems: capProblems(problems) };
}

/**
 * One pass over every value without recursion, so no depth can overflow the stack:
 * forbidden keys, nesting past MAX_DEPTH and a total size past MAX_QUIZ_BYTES (counted
 * in UTF-16 units as the walk goes, so a huge quiz stops the walk early).
 */
function walk(json: unknown, problems: FoundProblem[]): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: json, path: '', depth: 0 }];
  let size = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    size += typeof value === 'string' ? value.length + 2 : 8;
    if (size > MAX_QUIZ_BYTES) {
      problems.push(problemAt('', { code: 'too_large', params: { megabytes: MAX_QUIZ_BYTES / 1024 / 1024, of: 'quiz' } }));
      return;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      problems.push(problemAt(path, { code: 'too_deep', params: { maximum: MAX_DEPTH, in: 'quiz' } }));
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`[${String(i)}]`, v]) : Object.keys(value).map((k) => [k, (value as Json)[k]]);
    for (const [key, child] of entries) {
      const at = key.startsWith('[') ? `${path}${key}` : keyPath(path, key);
      size += key.length;
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) problems.push(problemAt(at, { code: 'forbidden_key', params: { key, in: 'quiz' } }));
      else stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
}

/** The quiz's own fields; each question is checked on its own. */
function checkFields(json: unknown, problems: FoundProblem[]): void {
  const report: Report = (path, data) => {
    problems.push(problemAt(path, data));
  };
  if (!isObject(json)) {
    report('', { code: 'root_type', params: { of: 'quiz', received: valueWords(json) } });
    return;
  }
  if (json.format !== 'fact-quiz/quiz@1') report('format', { code: 'invalid_enum', params: { options: ['fact-quiz/quiz@1'], received: valueWords(json.format) } });
  if (!isObject(json.pack)) report('pack', wrongType('quiz-pack', json.pack));
  else {
    for (const key of ['id', 'title', 'lang']) text(json.pack[key], `pack.${key}`, report);
    if (json.pack.asOf !== undefined) text(json.pack.asOf, 'pack.asOf', report);
  }
  text(json.seed, 'seed', report);
  text(json.generator, 'generator', report);
  if (!Array.isArray(json.questions) || json.questions.length === 0) {
    report('questions', wrongType('quiz-questions', json.questions));
    return;
  }
  const ids = new Set<string>();
  json.questions.forEach((q: unknown, i) => {
    const path = `questions[${String(i)}]`;
    checkQuestion(q, path, report);
    if (isObject(q) && typeof q.id === 'string') {
      if (ids.has(q.id)) report(`${path}.id`, { code: 'duplicate_id', params: { id: textWords(q.id), of: 'question' } });
      ids.add(q.id);
    }
  });
}

type Report = (path: string, data: ProblemData) => void;

/** `must be <expected>, but is <value>.` */
function wrongType(expected: Expected, value: unknown): ProblemData {
  return { code: 'invalid_type', params: { expected, received: valueWords(value) } };
}

function text(value: unknown, path: string, report: Report, optional = false): value is string {
  if (optional && value === undefined) return false;
  if (typeof value === 'string') return true;
  report(path, wrongType('text', value));
  return false;
}

function texts(value: unknown, path: string, report: Report): value is string[] {
  if (!Array.isArray(value)) {
    report(path, wrongType('quiz-texts', value));
    return false;
  }
  return value.map((v, i) => text(v, `${path}[${String(i)}]`, report)).every(Boolean);
}

function checkQuestion(q: unknown, path: string, report: Report): void {
  if (!isObject(q)) {
    report(path, wrongType('quiz-question', q));
    return;
  }
  text(q.id, `${path}.id`, report);
  text(q.stem, `${path}.stem`, report);
  text(q.explanation, `${path}.explanation`, report);
  const kind = q.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) report(`${path}.kind`, { code: 'not_one_of', params: { options: [...KINDS], received: valueWords(kind) } });
  if (typeof q.difficulty !== 'string' || !DIFFICULTY_NAMES.includes(q.difficulty)) report(`${path}.difficulty`, { code: 'not_one_of', params: { options: [...DIFFICULTY_NAMES], received: valueWords(q.difficulty) } });
  texts(q.facts, `${path}.facts`, report);
  const optionIds = options(q.options, `${path}.options`, report);
  if (texts(q.answer, `${path}.answer`, report) && optionIds !== undefined) answer(q.answer, optionIds, typeof kind === 'string' ? kind : '', `${path}.answer`, report);
  if (!Array.isArray(q.sources)) report(`${path}.sources`, wrongType('quiz-sources', q.sources));
  else q.sources.forEach((s: unknown, i) => { source(s, `${path}.sources[${String(i)}]`, report); });
}

/** The option ids, when every option is an `{ id, text }` with an id of its own. */
function options(value: unknown, path: string, report: Report): string[] | undefined {
  if (!Array.isArray(value) || value.length < 2) {
    report(path, wrongType('quiz-options', value));
    return undefined;
  }
  const ids: string[] = [];
  let ok = true;
  for (const [i, o] of (value as unknown[]).entries()) {
    const at = `${path}[${String(i)}]`;
    if (!isObject(o)) {
      report(at, wrongType('quiz-option', o));
      ok = false;
      continue;
    }
    text(o.text, `${at}.text`, report);
    if (!text(o.id, `${at}.id`, report)) ok = false;
    else if (o.id === '' || ids.includes(o.id)) {
      report(`${at}.id`, o.id === '' ? { code: 'empty', params: { of: 'option-id' } } : { code: 'duplicate_id', params: { id: textWords(o.id), of: 'option' } });
      ok = false;
    } else ids.push(o.id);
  }
  return ok ? ids : undefined;
}

function answer(ids: string[], optionIds: string[], kind: string, path: string, report: Report): void {
  ids.forEach((id, i) => {
    if (!optionIds.includes(id)) report(`${path}[${String(i)}]`, { code: 'unknown_reference', params: { value: textWords(id), to: 'option' } });
  });
  if (new Set(ids).size !== ids.length) report(path, { code: 'invalid_answer', params: { rule: 'repeated' } });
  if (kind === 'order' && (ids.length !== optionIds.length || new Set(ids).size !== ids.length)) report(path, { code: 'invalid_answer', params: { rule: 'order' } });
  if ((kind === 'single' || kind === 'true-false') && ids.length !== 1) report(path, { code: 'invalid_answer', params: { rule: 'one', kind, count: ids.length } });
  if (kind === 'multiple' && ids.length === 0) report(path, { code: 'invalid_answer', params: { rule: 'none' } });
}

function source(s: unknown, path: string, report: Report): void {
  if (!isObject(s)) {
    report(path, wrongType('quiz-source', s));
    return;
  }
  for (const key of ['id', 'title', 'quote']) text(s[key], `${path}.${key}`, report);
  text(s.publisher, `${path}.publisher`, report, true);
  if (text(s.url, `${path}.url`, report, true) && !isHttpUrl(s.url)) report(`${path}.url`, wrongType('quiz-url', s.url));
}
