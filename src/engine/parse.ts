/**
 * A pack file's text in, a validated pack or its problems out: the one input path of the
 * CLI, the element's loader and the teacher page, so each refuses the same files the
 * same way. Reading the file or URL stays with them; the text's limits are checked here.
 */
import type { FoundProblem, Pack, PackProblem } from './pack.js';
import { MAX_PACK_BYTES } from './limits.js';
import type { JsonToken, ValueWords } from '../locales/problem-types.js';
import { jsonErrorPlace } from '../locales/en/problems.js';
import { problemAt, textWords } from './validate/messages.js';
import { inEnglish } from './validate/english.js';
import { checkPack, type ValidatePackOptions } from './validate.js';

export interface ParsePackOptions extends ValidatePackOptions {
  /** Bytes of UTF-8 the text may have; default MAX_PACK_BYTES. */
  maxBytes?: number;
}

/** Why a text is not a pack: too big, not JSON (`where` in words), or an invalid pack. */
export type PackParseFailure =
  | { ok: false; reason: 'size'; limit: number; problems: PackProblem[] }
  | { ok: false; reason: 'json'; where: string; problems: PackProblem[] }
  | { ok: false; reason: 'invalid'; problems: PackProblem[] };

export type PackParseResult = { ok: true; pack: Pack } | PackParseFailure;

/** What `parsePack` gives before its English words: the problems as codes. */
export type PackRead =
  | { ok: true; pack: Pack }
  | { ok: false; reason: 'size'; limit: number; problems: FoundProblem[] }
  | { ok: false; reason: 'json'; error: JsonSyntaxError; problems: FoundProblem[] }
  | { ok: false; reason: 'invalid'; problems: FoundProblem[] };

/** Parses and validates a pack file's text; never throws. A leading UTF-8 byte-order mark is dropped. */
export function parsePack(text: string, options: ParsePackOptions = {}): PackParseResult {
  const read = readPack(text, options);
  if (read.ok) return read;
  const problems = inEnglish(read.problems);
  if (read.reason === 'json') return { ok: false, reason: 'json', where: jsonErrorPlace(read.error), problems };
  return { ...read, problems };
}

/** `parsePack` without the English words, for a front end that words problems in its own language. */
export function readPack(text: string, options: ParsePackOptions = {}): PackRead {
  const { maxBytes = MAX_PACK_BYTES, ...validation } = options;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (tooLarge(body, maxBytes)) {
    return { ok: false, reason: 'size', limit: maxBytes, problems: [problemAt('', { code: 'too_large', params: { megabytes: maxBytes / 1024 / 1024, of: 'pack' } })] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch {
    const error = syntaxError(body);
    return { ok: false, reason: 'json', error, problems: [problemAt('', { code: 'invalid_json', params: error })] };
  }
  const result = checkPack(json, validation);
  return result.ok ? { ok: true, pack: result.pack } : { ok: false, reason: 'invalid', problems: result.problems };
}

/** Over `limit` bytes of UTF-8? A text longer than the limit in UTF-16 units is, without encoding it. */
function tooLarge(text: string, limit: number): boolean {
  return text.length > limit || new TextEncoder().encode(text).length > limit;
}

const SPACE = /[ \t\n\r]*/y;
// JSON strings may hold no control character (U+0000 to U+001F) unescaped.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;


/** Where a text stops being JSON, as data. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  expected: JsonToken;
  found: ValueWords | { kind: 'end' };
}

/**
 * Where a text stops being JSON and what was expected there: line, column, the token
 * expected and the character found. Found again here because each browser words the
 * error differently, and some give no position at all.
 */
export function syntaxError(text: string): JsonSyntaxError {
  const { offset, expected } = firstSyntaxError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? { kind: 'end' as const } : textWords(String.fromCodePoint(text.codePointAt(offset) ?? 0));
  return { line, column, expected, found };
}

/** The same in English words: "line 3, column 7: expected "," or "}", found "x"". */
export function syntaxErrorWords(text: string): string {
  return jsonErrorPlace(syntaxError(text));
}

/** The offset of the first character that can't continue the JSON text; no recursion, so any depth is fine. */
function firstSyntaxError(text: string): { offset: number; expected: JsonToken } {
  const closers: ('}' | ']')[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'next' = 'value';
  let i = 0;
  const take = (token: RegExp): boolean => {
    token.lastIndex = i;
    if (!token.test(text)) return false;
    i = token.lastIndex;
    return true;
  };
  // A text in quotes: true when whole; else `i` is left on the character that can't be in it.
  const quoted = (): boolean => {
    i++;
    take(STRING_BODY);
    if (text[i] !== '"') return false;
    i++;
    return true;
  };
  for (;;) {
    take(SPACE);
    const c = text[i];
    const inKey: boolean = state === 'key' || state === 'firstKey';
    if (c === '"' && (inKey || state === 'value' || state === 'firstValue')) {
      // Inside a broken text in quotes, the bad character is what to show.
      if (!quoted()) return { offset: i, expected: 'closing-quote' };
      state = inKey ? 'colon' : 'next';
      continue;
    }
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && c === ']') {
        closers.pop();
        i++;
        state = 'next';
      } else if (c === '{' || c === '[') {
        closers.push(c === '{' ? '}' : ']');
        i++;
        state = c === '{' ? 'firstKey' : 'firstValue';
      } else if (take(NUMBER) || take(LITERAL)) state = 'next';
      else return { offset: i, expected: state === 'value' ? 'value' : 'value-or-]' };
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        closers.pop();
        i++;
        state = 'next';
      } else return { offset: i, expected: state === 'key' ? 'name' : 'name-or-}' };
    } else if (state === 'colon') {
      if (c !== ':') return { offset: i, expected: ':' };
      i++;
      state = 'value';
    } else {
      const closer = closers.at(-1);
      if (closer === undefined) return { offset: i, expected: 'end' };
      if (c === closer) {
        closers.pop();
        i++;
      } else if (c === ',') {
        i++;
        state = closer === '}' ? 'key' : 'value';
      } else return { offset: i, expected: closer === '}' ? ',-or-}' : ',-or-]' };
    }
  }
}
