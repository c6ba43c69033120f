/**
 * fact-quiz: the engine (packs in, quizzes out), the exporters and the element class.
 * Importing this module registers nothing: import `fact-quiz/define` for `<fact-quiz>`.
 */
export * from './engine/index.js';
export * from './exporters/index.js';
export { FactQuiz } from './components/fact-quiz/fact-quiz.component.js';
export type * from './components/fact-quiz/events.js';
export { stateVisitPack } from './default-pack.js';
