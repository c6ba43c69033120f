/** Finding a language's words by BCP 47 tag: the primary language subtag decides, English stands in. */

/** The primary language subtag, lower case: `fr` for `fr-CA`. */
export function languageOf(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** A part's words per language; English is always there to fall back on. */
export type WordTable<T> = Readonly<Record<string, T>> & { en: T };

/** The entry of `table` for the language of `tag`, else English's. */
export function wordsFor<T>(table: WordTable<T>, tag: string): T {
  return table[languageOf(tag)] ?? table.en;
}
