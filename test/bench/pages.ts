/**
 * The pages the browser benchmark compares, all showing the same five single-answer
 * questions: fact-quiz deployed two ways (a pre-made quiz JSON, and the built-in pack
 * with the engine chunk making the quiz), SurveyJS (survey-core + survey-js-ui, vanilla
 * JS) set up as a quiz with the questions fact-quiz makes, and a plain HTML control.
 * Every page ends with a line of article text after the quiz, so a quiz that grows
 * while it loads moves something (layout shift).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuiz } from '../../src/engine/index.js';
import type { Quiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { exportQuiz } from '../../src/exporters/index.js';

/** The element's attributes and the engine's options: the same quiz on both pages. */
export const QUIZ = { seed: 'bench', count: 5, kinds: ['single'] as const };

/** A file the pages load, served from disk as is. */
export interface Asset {
  url: string;
  file: string;
  type: string;
}

export type Change = 'selected' | 'feedback' | 'next';

/** The fact-quiz pages: the two ways a publisher deploys it. */
export const FACT_QUIZ_PAGES = ['pre-made quiz', 'pack and engine'] as const;
export type FactQuizPage = (typeof FACT_QUIZ_PAGES)[number];
export type PageName = FactQuizPage | 'SurveyJS' | 'plain HTML';

/** The pre-made quiz as `fact-quiz generate --format json` writes it, served beside the page. */
export const QUIZ_FILE = 'bench-quiz.json';

/** Where test/bench/probe.js finds things on a page (selectors inside `host`'s shadow root, if any). */
export interface ProbeConfig {
  host: string | null;
  /** The question's text as shown (not a copy hidden for print). */
  stem: string;
  /** A Start button shown before the first question, clicked as soon as it is shown. */
  start: string | null;
  /** ms the page may take to show its first question before the run gives up on it. */
  giveUpMs: number;
  /** An option shown as chosen. */
  selected: string;
  /** The feedback after an answer (its text has a ✓ or ✗). */
  feedback: string;
}

export interface BenchPage {
  name: PageName;
  url: string;
  html: string;
  /** What the page loads besides itself. */
  assets: Asset[];
  probe: ProbeConfig;
  /** The interaction: each step clicks (a playwright selector, piercing shadow roots) and waits for changes. */
  steps: { watch: Change[]; click: string }[];
}

export interface BenchPages {
  quiz: Quiz;
  /** fact-quiz pre-made, fact-quiz with its engine, SurveyJS, and a control: the first question as static HTML, no script. */
  pages: BenchPage[];
  versions: { surveyCore: string; surveyJsUi: string };
}

/** The packages' exports maps hide their files; the benchmark reads them where npm put them. */
const packageDir = (name: string): string => fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url));
const versionOf = (name: string): string => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** JSON that can't close the `<script>` it sits in. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Article text after the quiz: what a quiz that grows while it loads pushes down. */
const AFTER = '<p class="after">The rest of the article goes on here, below the quiz.</p>';

/** ms a page may take to show its first question (the mobile network makes SurveyJS take seconds). */
const GIVE_UP_MS = 30_000;

/**
 * The embed and the chunks it loads relative to its own URL (dist/fact-quiz*.js, with
 * their source maps), served at the pages' folder. Which of them a page loads is what the
 * server logs.
 */
export function embedAssets(distDir: string): Asset[] {
  return readdirSync(distDir)
    .filter((name) => /^fact-quiz.*\.js(\.map)?$/.test(name))
    .sort()
    .map((name) => ({ url: `/${name}`, file: join(distDir, name), type: name.endsWith('.map') ? 'application/json' : 'text/javascript' }));
}

function shell(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The SurveyJS form: one radiogroup per question with its `correctAnswer`, one
 * question per page, a progress bar and a completion page with the score. SurveyJS has
 * no per-question feedback of its own, so the page adds it the way its API allows:
 * on a value change, the question's description says right or wrong and why, and the
 * question becomes read-only (fact-quiz likewise locks an answered question).
 */
export function surveyJson(quiz: Quiz): Record<string, unknown> {
  return {
    title: quiz.pack.title,
    locale: 'en',
    showProgressBar: true,
    questionsOnPageMode: 'questionPerPage',
    checkErrorsMode: 'onValueChanged',
    completedHtml: '<h4>You got <b>{correctAnswers}</b> of <b>{questionCount}</b> right.</h4>',
    pages: [
      {
        elements: quiz.questions.map((q) => ({
          type: 'radiogroup',
          name: q.id,
          title: q.stem,
          isRequired: true,
          choices: q.options.map((o) => ({ value: o.id, text: o.text })),
          correctAnswer: q.answer[0],
        })),
      },
    ],
  };
}

/**
 * The height the quiz takes, kept before the script defines the element and while it
 * loads, as the README tells publishers: nothing below the quiz moves.
 */
const RESERVED_HEIGHT = '<style>fact-quiz { display: block; --fact-quiz-min-height: 30rem; } fact-quiz:not(:defined) { min-height: 30rem; }</style>';

/** A question as plain HTML: options to choose, and its feedback hidden until Check. */
function plainQuestion(question: Quiz['questions'][number] | undefined): string {
  if (!question) return '';
  const source = question.sources[0];
  const options = question.options.map((o) => `<label class="option"><input type="radio" name="q" value="${escapeHtml(o.id)}"> ${escapeHtml(o.text)}</label>`).join('\n');
  const feedback = `<div class="feedback" hidden><p>\u2713 Right! ${escapeHtml(question.explanation)}</p>${source ? `<blockquote>${escapeHtml(source.quote)}</blockquote><p>Source: <a href="#">${escapeHtml(source.title)}</a></p>` : ''}</div>`;
  return `<p class="stem">${escapeHtml(question.stem)}</p>\n${options}\n${feedback}\n<button class="check" onclick="document.querySelector('.feedback').hidden = false">Check</button>`;
}

/** Generates the quiz and both pages; writes them to `dir` for a reader to open. */
export function benchPages(dir: string, distDir: string): BenchPages {
  const quiz = generateQuiz(stateVisitPack, { seed: QUIZ.seed, count: QUIZ.count, kinds: [...QUIZ.kinds] });
  const core = packageDir('survey-core');
  const ui = packageDir('survey-js-ui');

  const embed = embedAssets(distDir);
  // Both fact-quiz pages: one script tag, practice mode (Check shows the feedback), straight on the first question.
  const factQuizPage = (name: FactQuizPage, url: string, attributes: string, extra: Asset[]): BenchPage => ({
    name,
    url,
    html: shell('fact-quiz', `<script type="module" src="fact-quiz.embed.js"></script>\n${RESERVED_HEIGHT}`, `<fact-quiz ${attributes} mode="practice" no-intro></fact-quiz>\n${AFTER}`),
    assets: [...embed, ...extra],
    probe: {
      host: 'fact-quiz',
      // The element may also render every stem in a print-only worksheet: only the question's legend counts.
      stem: 'fieldset.question legend.stem',
      // An element without `no-intro` opens on an intro: its Start button is clicked the first frame it is shown.
      start: '.actions button.primary',
      giveUpMs: GIVE_UP_MS,
      selected: 'fieldset.question input:checked',
      feedback: '[part~="feedback"] .verdict',
    },
    steps: [
      { watch: ['selected'], click: 'fact-quiz fieldset.question label.option' },
      { watch: ['feedback'], click: 'fact-quiz .actions button.primary' }, // Check
      { watch: ['next'], click: 'fact-quiz .actions button.primary' }, // Next
    ],
  });
  const quizFile = join(dir, QUIZ_FILE);
  const preMade = factQuizPage('pre-made quiz', '/pre-made.html', `src="${QUIZ_FILE}"`, [{ url: `/${QUIZ_FILE}`, file: quizFile, type: 'application/json' }]);
  const withEngine = factQuizPage('pack and engine', '/pack-and-engine.html', `seed="${QUIZ.seed}" count="${String(QUIZ.count)}" kinds="${QUIZ.kinds.join(',')}"`, []);

  const explanations = Object.fromEntries(quiz.questions.map((q) => [q.id, q.explanation]));
  const surveyJs: BenchPage = {
    name: 'SurveyJS',
    url: '/surveyjs.html',
    html: shell(
      'SurveyJS',
      [
        '<link rel="stylesheet" href="/survey-core.fontless.min.css">',
        '<script src="/survey.core.min.js"></script>',
        '<script src="/survey-js-ui.min.js"></script>',
      ].join('\n'),
      `<div id="survey"></div>
<script>
const json = ${inlineJson(surveyJson(quiz))};
const explanations = ${inlineJson(explanations)};
const survey = new Survey.Model(json);
survey.onValueChanged.add((_, options) => {
  const q = options.question;
  if (!q || q.readOnly) return;
  q.description = (q.isAnswerCorrect() ? '\\u2713 Right. ' : '\\u2717 Wrong. ') + explanations[q.name];
  q.readOnly = true;
});
survey.render(document.getElementById('survey'));
</script>
${AFTER}`,
    ),
    assets: [
      // The fontless theme: the default one also fetches Open Sans from fonts.gstatic.com.
      { url: '/survey-core.fontless.min.css', file: join(core, 'survey-core.fontless.min.css'), type: 'text/css' },
      { url: '/survey.core.min.js', file: join(core, 'survey.core.min.js'), type: 'text/javascript' },
      { url: '/survey-js-ui.min.js', file: join(ui, 'survey-js-ui.min.js'), type: 'text/javascript' },
    ],
    probe: {
      host: null,
      stem: '.sd-question__title',
      start: null,
      giveUpMs: GIVE_UP_MS,
      selected: '.sd-item--checked',
      feedback: '.sd-question__description',
    },
    steps: [
      // The option click both selects and (through onValueChanged) shows the feedback.
      { watch: ['selected', 'feedback'], click: '.sd-question .sd-item label' },
      { watch: ['next'], click: '.sd-navigation__next-btn' },
    ],
  };

  // The floor: the first question as static HTML, and its feedback (the same words fact-quiz
  // shows: verdict, explanation, quote, source) revealed by one line of script. What any
  // widget pays to show them: a new renderer, the first paint, the next frame, its layout.
  const first = quiz.questions[0];
  const plain: BenchPage = {
    name: 'plain HTML',
    url: '/plain.html',
    html: shell('plain HTML', '', `${plainQuestion(first)}\n${AFTER}`),
    assets: [],
    probe: { host: null, stem: 'p.stem', start: null, giveUpMs: GIVE_UP_MS, selected: 'input:checked', feedback: '.feedback:not([hidden])' },
    steps: [
      { watch: ['selected'], click: 'label.option' },
      { watch: ['feedback'], click: 'button.check' },
    ],
  };

  const pages = [preMade, withEngine, surveyJs, plain];
  mkdirSync(dir, { recursive: true });
  for (const page of pages) writeFileSync(join(dir, page.url.slice(1)), page.html);
  writeFileSync(join(dir, 'survey.json'), `${JSON.stringify(surveyJson(quiz), null, 2)}\n`);
  writeFileSync(quizFile, String(exportQuiz([quiz], 'json').data));
  return { quiz, pages, versions: { surveyCore: versionOf('survey-core'), surveyJsUi: versionOf('survey-js-ui') } };
}
