/**
 * The one-tag embed (`dist/fact-quiz.embed.js`): Lit, the engine, the element and the
 * built-in pack in one module. `<script type="module" src="fact-quiz.embed.js">` and a
 * `<fact-quiz>` element are all a page needs.
 */
import './define.js';
