/** The `<fact-quiz>` element class and its types. No side effects: `src/define.ts` registers the tag. */
export { FactQuiz } from './fact-quiz/fact-quiz.component.js';
export type * from './fact-quiz/events.js';
export type { FactQuizStrings } from './fact-quiz/strings.js';
