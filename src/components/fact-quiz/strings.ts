/**
 * The element's words live with every other word of fact-quiz, one folder per language
 * (src/locales); `FactQuizStrings`, the shape of the `strings` property, is public API
 * and stays importable from here.
 */
export type { FactQuizStrings } from '../../locales/types.js';
