/**
 * The events `<fact-quiz>` fires. All bubble and cross shadow roots (`composed`), and
 * all follow a reader's action: setting a property or an attribute fires none.
 */
import type { QuestionResult } from '../../engine/index.js';

/** `fact-quiz-start`: the reader started (or restarted) a quiz. */
export interface FactQuizStartDetail {
  seed: string;
  total: number;
}

/** `fact-quiz-answer`: the reader answered a question (Check in practice mode, Next in exam mode). */
export interface FactQuizAnswerDetail {
  questionId: string;
  /** Chosen option ids; for `order`, every id in the reader's order. */
  chosen: string[];
  correct: boolean;
}

/** `fact-quiz-complete`: the reader reached the results. */
export interface FactQuizCompleteDetail {
  score: number;
  total: number;
  seed: string;
  /** One entry per question, in quiz order. */
  answers: QuestionResult[];
}

export type FactQuizStartEvent = CustomEvent<FactQuizStartDetail>;
export type FactQuizAnswerEvent = CustomEvent<FactQuizAnswerDetail>;
export type FactQuizCompleteEvent = CustomEvent<FactQuizCompleteDetail>;

export interface FactQuizEventMap {
  'fact-quiz-start': FactQuizStartEvent;
  'fact-quiz-answer': FactQuizAnswerEvent;
  'fact-quiz-complete': FactQuizCompleteEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the event map in
  interface GlobalEventHandlersEventMap extends FactQuizEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the event map in
  interface HTMLElementEventMap extends FactQuizEventMap {}
}
