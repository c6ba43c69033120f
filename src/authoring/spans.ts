/**
 * Where things are in an article: sentences and the clauses inside them, as offsets into
 * the text, so that every quote a draft proposes is a slice of the text, verbatim.
 */

/** A stretch of the article: `text` is always `article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  clauses: Span[];
}

// A sentence ends at . ! ? (and a closing quote) before white space and a capital or an
// opening quote, or at a line break: captions and credits are lines without a full stop.
const SENTENCE_END = /[.!?…]["”’]?(?=\s+["“‘]?[\p{Lu}\d])|\n+/gu;

// A clause starts after a semicolon, a dash, or a comma before a relative or linking word.
const CLAUSE_BREAK = /\s*[;–—]\s+|,\s+(?=(?:which|who|whom|where|while|but|although|though|as|and|because|during|after|before|when|despite)\b)|\s+(?=during which\b)/gu;

/** Fewer words than this make no claim of their own: such a clause is joined to the next. */
const MIN_CLAUSE_WORDS = 5;

function span(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** Pieces of `text` between the matches of `breaks` (global), from `from` to `to`. */
function split(text: string, from: number, to: number, breaks: RegExp, keepMatch: boolean): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(breaks.source, breaks.flags);
  const part = text.slice(from, to);
  let last = 0;
  for (const match of part.matchAll(pattern)) {
    const cut = keepMatch ? match.index + match[0].length : match.index;
    const piece = span(text, from + last, from + cut);
    if (piece !== undefined) spans.push(piece);
    last = match.index + match[0].length;
  }
  const rest = span(text, from + last, to);
  if (rest !== undefined) spans.push(rest);
  return spans;
}

const words = (s: Span): number => s.text.split(/\s+/u).length;

/** Short pieces joined to the following one, so every clause can state a fact. */
function joinShort(text: string, pieces: Span[]): Span[] {
  const joined: Span[] = [];
  let pending: Span | undefined;
  for (const piece of pieces) {
    const start = pending?.start ?? piece.start;
    const merged = span(text, start, piece.end) ?? piece;
    if (words(merged) < MIN_CLAUSE_WORDS) pending = merged;
    else {
      joined.push(merged);
      pending = undefined;
    }
  }
  if (pending !== undefined) {
    const last = joined.pop();
    joined.push(last === undefined ? pending : (span(text, last.start, pending.end) ?? pending));
  }
  return joined;
}

/** The article's sentences, each with its clauses. */
export function sentencesOf(text: string): Sentence[] {
  return split(text, 0, text.length, SENTENCE_END, true).map((s) => ({
    ...s,
    clauses: joinShort(text, split(text, s.start, s.end, CLAUSE_BREAK, false)),
  }));
}

/** The sentence holding offset `at`, if any. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** The shortest clause holding the whole of `start`–`end`; else the sentence. */
export function clauseAround(sentence: Sentence, start: number, end: number): Span {
  return sentence.clauses.find((c) => c.start <= start && end <= c.end) ?? sentence;
}

/** A lowercase id from words: `Windsor Castle` → `windsor-castle`. */
export function slug(text: string, max = 60): string {
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (base.slice(0, max).replace(/-+$/, '') || 'x').replace(/^-/, '');
}
