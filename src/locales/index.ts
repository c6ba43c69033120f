/**
 * The languages fact-quiz speaks, one folder each (as date-fns and Shoelace keep them),
 * and the look-up by BCP 47 tag: the primary language subtag decides, English stands in
 * for a language that has no folder. Each part also has its own table, so that the
 * embed, which needs the widget's and the engine's words, never carries the exports'.
 */
import type { EngineWords, FactQuizStrings, Locale } from './types.js';
import { engine as enEngine } from './en/engine.js';
import { widget as enWidget } from './en/widget.js';
import { en } from './en/index.js';
import { engine as frEngine } from './fr/engine.js';
import { widget as frWidget } from './fr/widget.js';
import { fr } from './fr/index.js';

export type * from './types.js';

/** The primary language subtag, lower case: `fr` for `fr-CA`. */
export function languageOf(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** The entry of `table` for the language of `tag`, else English's. */
export function wordsFor<T>(table: Readonly<Record<string, T>> & { en: T }, tag: string): T {
  return table[languageOf(tag)] ?? table.en;
}

export const LOCALES: Readonly<Record<string, Locale>> & { en: Locale } = { en, fr };
export const WIDGET_WORDS: Readonly<Record<string, FactQuizStrings>> & { en: FactQuizStrings } = { en: enWidget, fr: frWidget };
export const ENGINE_WORDS: Readonly<Record<string, EngineWords>> & { en: EngineWords } = { en: enEngine, fr: frEngine };

/** Every word of the language of `tag` (`fr-CA` gives French, `de` English). */
export function localeFor(tag: string): Locale {
  return wordsFor(LOCALES, tag);
}
