/**
 * The element's words. English is at hand; any other language is fetched the first time
 * a widget speaks it (in the embed, a chunk of its own), so a page carries one language.
 * Loaded words are kept for every widget of the page.
 */
import type { FactQuizStrings } from './types.js';
import { languageOf } from './lookup.js';
import { widget as en } from './en/widget.js';

const loaders: Readonly<Record<string, () => Promise<FactQuizStrings>>> = {
  fr: () => import('./fr/widget.js').then((m) => m.widget),
};

const loaded: Record<string, FactQuizStrings> = { en };

/** The words of the language of `tag` if they are here, else undefined; English when there are none to fetch. */
export function widgetWords(tag: string): FactQuizStrings | undefined {
  const language = languageOf(tag);
  return loaded[language] ?? (language in loaders ? undefined : en);
}

/** Fetches the words of the language of `tag`; resolves at once when they are here or there are none. */
export function loadWidgetWords(tag: string): Promise<void> {
  const language = languageOf(tag);
  const load = loaders[language];
  if (loaded[language] || !load) return Promise.resolve();
  return load().then((words) => {
    loaded[language] = words;
  });
}
