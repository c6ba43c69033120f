/** Folding of text for comparisons: quotes against sources, options against each other. */
import { RecentMemo } from './memo.js';

/** Curly quotes become straight and runs of white space one space: how quotes are matched to sources. */
export function foldQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text as options are compared: folded, padded with spaces for whole-word containment, and its words. */
export interface FoldedText {
  readonly folded: string;
  readonly padded: string;
  readonly words: readonly string[];
  /** What the option rules (rules.ts) derive from it, kept here when first asked: one lookup serves them all. */
  wordSet?: ReadonlySet<string>;
  distinctive?: ReadonlySet<string>;
  asOption?: string;
}

/** Labels recur in thousands of options: each text is folded once. */
const folds = new RecentMemo<string, FoldedText>(100_000);

function folding(text: string): FoldedText {
  const folded = fold(text);
  return { folded, padded: ` ${folded} `, words: folded.split(' ') };
}

/** `foldText` of a text with what the rules derive from it, worked out once per text. */
export function foldedText(text: string): FoldedText {
  return folds.get(text, folding);
}

/** Case, accents, punctuation and spacing removed: two options that fold alike look alike. */
export function foldText(text: string): string {
  return folds.get(text, folding).folded;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
