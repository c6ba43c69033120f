/**
 * Registers `<fact-quiz>`. Import it once, or twice (two bundles on one page): the
 * second registration is skipped instead of throwing.
 */
import { FactQuiz } from './components/fact-quiz/fact-quiz.component.js';

if (!customElements.get('fact-quiz')) customElements.define('fact-quiz', FactQuiz);

export { FactQuiz };
export type * from './components/fact-quiz/events.js';
