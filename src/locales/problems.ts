/**
 * Problem sentences in every language, for front ends that show a pack's problems or a
 * quiz error in the reader's language (the element's failure screen). Its own module,
 * like ./widget.js, so that only the code that shows problems carries them.
 */
import type { ProblemWords } from './problem-types.js';
import type { WordTable } from './lookup.js';
import { problems as en } from './en/problems.js';
import { problems as fr } from './fr/problems.js';

export const PROBLEM_WORDS: WordTable<ProblemWords> = { en, fr };
