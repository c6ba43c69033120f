/**
 * What every front end shows of a quiz the same way: the element's screens, the
 * worksheet, the exports and the teacher page agree on each letter and each source.
 */
import type { Question, QuestionSource } from './quiz.js';

/** A, B, C… for positions 0, 1, 2…; after Z come AA, AB… (bijective base 26): options, versions, columns. */
export function letter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A question's sources as a reader sees them, each once: two entries that would show
 * the same title, publisher, link and quote are one (an order question cites one
 * source per event).
 */
export function questionSources(question: Question): QuestionSource[] {
  const seen = new Set<string>();
  return question.sources.filter((s) => {
    const key = JSON.stringify([s.title, s.publisher ?? '', s.url ?? '', s.quote]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
