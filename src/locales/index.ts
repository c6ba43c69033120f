/**
 * The languages fact-quiz speaks, one folder each (as date-fns and Shoelace keep them),
 * and the look-up by BCP 47 tag: the primary language subtag decides, English stands in
 * for a language that has no folder. The engine and the element import their part's
 * table (`./engine.js`, `./widget.js`) rather than this index, so the embed never
 * carries the exports' words.
 */
import type { Locale } from './types.js';
import { type WordTable, wordsFor } from './lookup.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';

export type * from './types.js';
export { languageOf, wordsFor, type WordTable } from './lookup.js';
export { ENGINE_WORDS } from './engine.js';
export { PROBLEM_WORDS } from './problems.js';
export { problemMessage } from './problem-types.js';

export const LOCALES: WordTable<Locale> = { en, fr };

/** The element's words in every language (the element itself fetches them one language at a time: ./widget.js). */
export const WIDGET_WORDS: WordTable<Locale['widget']> = { en: en.widget, fr: fr.widget };

/** Every word of the language of `tag` (`fr-CA` gives French, `de` English). */
export function localeFor(tag: string): Locale {
  return wordsFor(LOCALES, tag);
}
