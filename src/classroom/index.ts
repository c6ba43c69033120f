/**
 * The teacher page, `<fact-quiz-classroom>`, and its model. No side effects:
 * `src/classroom/define.ts` (the package's `fact-quiz/classroom`) registers the tag.
 */
export { FactQuizClassroom } from './classroom.component.js';
export * from './model.js';
export { printInFrame, saveBlob } from './print-and-save.js';
