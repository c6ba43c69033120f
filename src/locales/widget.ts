/**
 * The element's words in every language. Its own module, which the element imports
 * instead of the index: the embed carries no export words, and its words sit beside the
 * element's code, which gzips them better.
 */
import type { FactQuizStrings } from './types.js';
import type { WordTable } from './lookup.js';
import { widget as en } from './en/widget.js';
import { widget as fr } from './fr/widget.js';

export const WIDGET_WORDS: WordTable<FactQuizStrings> = { en, fr };
