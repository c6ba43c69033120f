/**
 * `fact-quiz/author`: registers `<fact-quiz-author>`, the authoring page (and `<fact-quiz>`
 * for its preview), and exports its class and model. Imported twice (two bundles on one
 * page), the second registration is skipped instead of throwing.
 */
import { FactQuizAuthor } from './author.element.js';

if (!customElements.get('fact-quiz-author')) customElements.define('fact-quiz-author', FactQuizAuthor);

export { FactQuizAuthor, type AuthorSaveDetail } from './author.element.js';
export * from './workbench.js';
