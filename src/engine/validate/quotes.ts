/**
 * Quotes checked word for word against the texts of their sources: each part between `…`
 * found in order, in texts read once and indexed when long, so that thousands of quotes
 * in a long article cost seconds, not minutes.
 */
import { foldQuote } from '../text.js';
import { MAX_SOURCE_TEXT_LENGTH } from '../limits.js';
import type { ProblemData } from '../../locales/problem-types.js';
import { escaped, textWords, valueWords } from './messages.js';
import type { Json } from './shape.js';

export interface ValidatePackOptions {
  /**
   * Returns the text of a source file named by `Source.text` (a file in the `sources/`
   * folder beside the pack), or undefined when it can't be found. Quotes are checked word
   * for word only against texts it returns.
   */
  sourceText?: (fileName: string) => string | undefined;
  /**
   * Every quote must be checked: a source without `text`, or whose text `sourceText`
   * can't find, is a problem at `sources[i].text`. The CLI sets it unless `--no-quotes`.
   * Default false: quotes are checked wherever a text is found, and skipped elsewhere.
   */
  requireSourceTexts?: boolean;
  /**
   * Where `sourceText` looks for a file, for the message when it finds nothing:
   * `(file) => '/home/ana/packs/sources'` makes
   * `the text of source "times" can't be found: looked for "times.txt" in /home/ana/packs/sources.`
   */
  describeLocation?: (fileName: string) => string;
}

/** `…` or `...` in a quote stands for words left out. */
const OMISSION = /…|\.{3,}/;
/** Texts shorter than this are searched directly; longer ones get an index of their grams. */
const INDEXED_TEXT_LENGTH = 20_000;
const GRAM = 4;

/**
 * A source text that thousands of quotes are looked up in: positions of every
 * 4-character gram, so that a quote is tried only where its rarest gram occurs
 * (5,000 quotes in a 1 MB text: seconds with plain indexOf).
 */
class QuoteSearch {
  private grams: Map<number, number[]> | undefined;

  constructor(private readonly text: string) {}

  /** Where `part` first occurs at or after `from`, or -1, like `String#indexOf`. */
  indexOf(part: string, from: number): number {
    if (part.length < GRAM || this.text.length < INDEXED_TEXT_LENGTH) return this.text.indexOf(part, from);
    const grams = this.index();
    let places: number[] = [];
    let offset = -1;
    for (let i = 0; i + GRAM <= part.length; i++) {
      const found = grams.get(gramAt(part, i)) ?? [];
      if (offset < 0 || found.length < places.length) [places, offset] = [found, i];
      if (found.length === 0) return -1;
    }
    // The first place of that gram at or after `from`, by bisection.
    let low = 0;
    let high = places.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((places[mid] ?? 0) < from + offset) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < places.length; k++) {
      const start = (places[k] ?? 0) - offset;
      if (this.text.startsWith(part, start)) return start;
    }
    return -1;
  }

  private index(): Map<number, number[]> {
    if (this.grams !== undefined) return this.grams;
    const grams = new Map<number, number[]>();
    for (let i = 0; i + GRAM <= this.text.length; i++) {
      const key = gramAt(this.text, i);
      const list = grams.get(key);
      if (list === undefined) grams.set(key, [i]);
      else list.push(i);
    }
    this.grams = grams;
    return grams;
  }
}

/** A number for the 4 characters at `i` (collisions only add places to try). */
function gramAt(text: string, i: number): number {
  return ((text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) * 31 + text.charCodeAt(i + 2)) * 31 + text.charCodeAt(i + 3);
}

/** A source text as read: its length when found, and its folded text to search when not too long (undefined: not found). */
interface SourceText {
  search?: QuoteSearch;
  length?: number;
}

/** The pack's source texts, each read once, and the quotes checked against them. */
export class SourceTexts {
  private readonly texts = new Map<string, SourceText>();

  constructor(
    private readonly options: ValidatePackOptions,
    private readonly problem: (path: string, data: ProblemData) => void,
  ) {}

  /** The text file a source names at `path`: not too long, and found when every quote must be checked. */
  file(path: string, source: Json, file: string | undefined): void {
    const length = typeof file === 'string' ? this.read(file).length : undefined;
    if (length !== undefined && length > MAX_SOURCE_TEXT_LENGTH) {
      this.problem(path, { code: 'too_long', params: { length, maximum: MAX_SOURCE_TEXT_LENGTH, of: 'source-text' } });
    }
    if (this.options.requireSourceTexts !== true) return;
    if (file === undefined) {
      this.problem(path, { code: 'missing', params: { what: 'source-text' } });
    } else if (length === undefined) {
      const where = this.location(file);
      this.problem(path, { code: 'source_text_not_found', params: { source: valueWords(source.id), file: textWords(file), ...(where === undefined ? {} : { location: where }) } });
    }
  }

  /** A quote, checked word for word against its source's text; each part between `…` in order. */
  check(path: string, quote: string, source: Json | undefined): void {
    const file = source?.text;
    if (typeof file !== 'string') return;
    const text = this.read(file).search;
    if (text === undefined) return;
    const parts = foldQuote(quote).split(OMISSION).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length === 0) {
      this.problem(path, { code: 'quote_omission_only', params: {} });
      return;
    }
    let from = 0;
    for (const [i, part] of parts.entries()) {
      const at = text.indexOf(part, from);
      if (at >= 0) {
        from = at + part.length;
        continue;
      }
      const name = valueWords(source?.id);
      const missed = parts.length === 1 ? {} : { part: { index: i + 1, count: parts.length, text: textWords(part) } };
      this.problem(path, { code: 'quote_not_found', params: { source: name, ...missed } });
      return;
    }
  }

  /** The caller's words for where a source file was looked for, escaped, or undefined. */
  private location(file: string): string | undefined {
    try {
      const where = this.options.describeLocation?.(file);
      return typeof where === 'string' ? escaped(where, 300) : undefined;
    } catch {
      return undefined;
    }
  }

  /** A source file, read once. */
  private read(file: string): SourceText {
    let entry = this.texts.get(file);
    if (entry !== undefined) return entry;
    let text: unknown;
    try {
      text = this.options.sourceText?.(file);
    } catch {
      text = undefined; // A reader that fails is a text not found.
    }
    if (typeof text !== 'string') entry = {};
    else if (text.length > MAX_SOURCE_TEXT_LENGTH) entry = { length: text.length };
    else entry = { search: new QuoteSearch(foldQuote(text)), length: text.length };
    this.texts.set(file, entry);
    return entry;
  }
}
