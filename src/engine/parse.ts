/**
 * A pack file's text in, a validated pack or its problems out: the one input path of the
 * CLI, the element's loader and the teacher page, so each refuses the same files the
 * same way. Reading the file or URL stays with them; the text's limits are checked here.
 */
import type { Pack, PackProblem } from './pack.js';
import { MAX_PACK_BYTES } from './limits.js';
import { excerpt, validatePack, type ValidatePackOptions } from './validate.js';

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

/** Parses and validates a pack file's text; never throws. A leading UTF-8 byte-order mark is dropped. */
export function parsePack(text: string, options: ParsePackOptions = {}): PackParseResult {
  const { maxBytes = MAX_PACK_BYTES, ...validation } = options;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (tooLarge(body, maxBytes)) {
    return { ok: false, reason: 'size', limit: maxBytes, problems: [{ path: '', message: `is larger than ${megabytes(maxBytes)} MB, the most a pack may be.` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch {
    const where = syntaxErrorWords(body);
    return { ok: false, reason: 'json', where, problems: [{ path: '', message: `not valid JSON: ${where}.` }] };
  }
  const result = validatePack(json, validation);
  return result.ok ? { ok: true, pack: result.pack } : { ok: false, reason: 'invalid', problems: result.problems };
}

function megabytes(bytes: number): string {
  return String(bytes / 1024 / 1024);
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

type Expected = 'a closing quote' | 'a value' | 'a value or "]"' | 'a name in quotes' | 'a name in quotes or "}"' | '":"' | '"," or "]"' | '"," or "}"' | 'the end of the text';

/**
 * Where a text stops being JSON and what was expected there, in words: "line 3,
 * column 7: expected "," or "}", found "x"". Found again here because each browser
 * words the error differently, and some give no position at.
 */
export function syntaxErrorWords(text: string): string {
  const { offset, expected } = firstSyntaxError(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'the end of the text' : excerpt(String.fromCodePoint(text.codePointAt(offset) ?? 0));
  return `line ${String(line)}, column ${String(column)}: expected ${expected}, found ${found}`;
}

/** The offset of the first character that can't continue the JSON text; no recursion, so any depth is fine. */
function firstSyntaxError(text: string): { offset: number; expected: Expected } {
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
      if (!quoted()) return { offset: i, expected: 'a closing quote' };
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
      else return { offset: i, expected: state === 'value' ? 'a value' : 'a value or "]"' };
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        closers.pop();
        i++;
        state = 'next';
      } else return { offset: i, expected: state === 'key' ? 'a name in quotes' : 'a name in quotes or "}"' };
    } else if (state === 'colon') {
      if (c !== ':') return { offset: i, expected: '":"' };
      i++;
      state = 'value';
    } else {
      const closer = closers.at(-1);
      if (closer === undefined) return { offset: i, expected: 'the end of the text' };
      if (c === closer) {
        closers.pop();
        i++;
      } else if (c === ',') {
        i++;
        state = closer === '}' ? 'key' : 'value';
      } else return { offset: i, expected: closer === '}' ? '"," or "}"' : '"," or "]"' };
    }
  }
}
