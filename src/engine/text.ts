/** Folding of text for comparisons: quotes against sources, options against each other. */

/** Curly quotes become straight and runs of white space one space: how quotes are matched to sources. */
export function foldQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const folded = new Map<string, string>();

/** Case, accents, punctuation and spacing removed: two options that fold alike look alike. */
export function foldText(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    // Labels recur in thousands of options: fold each once (the cache is bounded).
    if (folded.size > 100_000) folded.clear();
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
