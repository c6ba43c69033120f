/**
 * `fact-quiz/classroom`: registers `<fact-quiz-classroom>`, the teacher page, and exports
 * its class and model. Imported twice (two bundles on one page), the second registration
 * is skipped instead of throwing.
 */
import { FactQuizClassroom } from './classroom.component.js';

if (!customElements.get('fact-quiz-classroom')) customElements.define('fact-quiz-classroom', FactQuizClassroom);

export * from './index.js';
