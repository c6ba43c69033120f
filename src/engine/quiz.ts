/**
 * The Quiz JSON contract (README.md, "The Quiz JSON contract"): what `generateQuiz` returns, what the element
 * renders and what the exporters read. Plain JSON, no classes, no functions.
 */

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'order';
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface QuizOption {
  id: string;
  text: string;
}

export interface QuestionSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** Verbatim words of the source that support the key. */
  quote: string;
}

export interface Question {
  /** Stable: the same fact(s) + kind + variant give the same id under any seed. */
  id: string;
  kind: QuestionKind;
  /** A complete question ending in `?`, or an instruction for `multiple` and `order`. */
  stem: string;
  options: QuizOption[];
  /**
   * `single`, `true-false`: exactly one option id; `multiple`: every correct id;
   * `order`: every option id, in the correct order.
   */
  answer: string[];
  /** Why the key is right, in a sentence. */
  explanation: string;
  sources: QuestionSource[];
  /** Ids of the facts the question was made from. */
  facts: string[];
  difficulty: Difficulty;
}

export interface Quiz {
  format: 'fact-quiz/quiz@1';
  /** `asOf`: the day the pack's facts are true on (YYYY-MM-DD), when the pack says. */
  pack: { id: string; title: string; lang: string; asOf?: string };
  seed: string;
  /** `fact-quiz@<version>` */
  generator: string;
  questions: Question[];
}

/** A reader's response to one question: the chosen option ids (in order, for `order`). */
export type Responses = Record<string, readonly string[]>;

export interface QuestionResult {
  questionId: string;
  chosen: readonly string[];
  correct: boolean;
}

export interface Grade {
  score: number;
  total: number;
  results: QuestionResult[];
}

/** Every kind of question, in the order the engine and the front ends list them. */
export const KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true-false', 'order'];

/** Every difficulty a quiz can ask for; `mixed` takes questions of each. */
export const DIFFICULTIES: readonly (Difficulty | 'mixed')[] = ['easy', 'medium', 'hard', 'mixed'];
