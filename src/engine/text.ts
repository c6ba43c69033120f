/** Folding of text for comparisons: quotes against sources, options against each other. */

/** Curly quotes become straight and runs of white space one space: how quotes are matched to sources. */
export function foldQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A cache of a function of texts that keeps what was used lately: when full, it starts
 * anew but keeps the last generation to draw on. Labels that recur across a whole pack
 * stay; the stems of facts already asked give way (clearing it all made a large pack's
 * labels fold again and again).
 */
export class TextMemo<T> {
  private recent = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(
    private readonly make: (text: string) => T,
    private readonly generation = 100_000,
  ) {}

  get(text: string): T {
    let value = this.recent.get(text);
    if (value === undefined) {
      value = this.older.get(text) ?? this.make(text);
      if (this.recent.size >= this.generation) {
        this.older = this.recent;
        this.recent = new Map();
      }
      this.recent.set(text, value);
    }
    return value;
  }
}

/** A text as options are compared: folded, padded with spaces for whole-word containment, and its words. */
export interface FoldedText {
  folded: string;
  padded: string;
  words: readonly string[];
}

const folds = new TextMemo<FoldedText>((text) => {
  const folded = fold(text);
  return { folded, padded: ` ${folded} `, words: folded.split(' ') };
});

/** `foldText` of a text with what the rules derive from it, worked out once per text. */
export function foldedText(text: string): FoldedText {
  return folds.get(text);
}

/** Case, accents, punctuation and spacing removed: two options that fold alike look alike. */
export function foldText(text: string): string {
  return folds.get(text).folded;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
