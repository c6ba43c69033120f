/**
 * The two pages the browser benchmark compares, both showing the same five
 * single-answer questions: fact-quiz's one-tag embed, and SurveyJS (survey-core +
 * survey-js-ui, vanilla JS) set up as a quiz with the questions fact-quiz makes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuiz } from '../../src/engine/index.js';
import type { Quiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';

/** The element's attributes and the engine's options: the same quiz on both pages. */
export const QUIZ = { seed: 'bench', count: 5, kinds: ['single'] as const };

/** A file the pages load, served from disk as is. */
export interface Asset {
  url: string;
  file: string;
  type: string;
}

export type Change = 'selected' | 'feedback' | 'next';

/** Where test/bench/probe.js finds things on a page (selectors inside `host`'s shadow root, if any). */
export interface ProbeConfig {
  host: string | null;
  /** The question's text as shown (not a copy hidden for print). */
  stem: string;
  /** A Start button shown before the first question, clicked as soon as it is shown. */
  start: string | null;
  /** An option shown as chosen. */
  selected: string;
  /** The feedback after an answer (its text has a ✓ or ✗). */
  feedback: string;
}

export interface BenchPage {
  name: 'fact-quiz' | 'SurveyJS' | 'plain HTML';
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
  /** fact-quiz, SurveyJS, and a control: the first question as static HTML, no script. */
  pages: [BenchPage, BenchPage, BenchPage];
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

/** Generates the quiz and both pages; writes them to `dir` for a reader to open. */
export function benchPages(dir: string, embedFile: string): BenchPages {
  const quiz = generateQuiz(stateVisitPack, { seed: QUIZ.seed, count: QUIZ.count, kinds: [...QUIZ.kinds] });
  const core = packageDir('survey-core');
  const ui = packageDir('survey-js-ui');

  const factQuiz: BenchPage = {
    name: 'fact-quiz',
    url: '/fact-quiz.html',
    html: shell(
      'fact-quiz',
      '<script type="module" src="/fact-quiz.embed.js"></script>',
      `<fact-quiz seed="${QUIZ.seed}" count="${String(QUIZ.count)}" kinds="${QUIZ.kinds.join(',')}" mode="practice"></fact-quiz>`,
    ),
    assets: [{ url: '/fact-quiz.embed.js', file: embedFile, type: 'text/javascript' }],
    probe: {
      host: 'fact-quiz',
      // The element also renders every stem in a print-only worksheet: only the question's legend counts.
      stem: 'fieldset.question legend.stem',
      start: '.actions button.primary',
      selected: 'fieldset.question input:checked',
      feedback: '[part~="feedback"] .verdict',
    },
    steps: [
      { watch: ['selected'], click: 'fact-quiz fieldset.question label.option' },
      { watch: ['feedback'], click: 'fact-quiz .actions button.primary' }, // Check
      { watch: ['next'], click: 'fact-quiz .actions button.primary' }, // Next
    ],
  };

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
</script>`,
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
      selected: '.sd-item--checked',
      feedback: '.sd-question__description',
    },
    steps: [
      // The option click both selects and (through onValueChanged) shows the feedback.
      { watch: ['selected', 'feedback'], click: '.sd-question .sd-item label' },
      { watch: ['next'], click: '.sd-navigation__next-btn' },
    ],
  };

  // The floor: what showing the question's text costs with no widget at all.
  const first = quiz.questions[0];
  const plain: BenchPage = {
    name: 'plain HTML',
    url: '/plain.html',
    html: shell('plain HTML', '', `<p class="stem">${escapeHtml(first?.stem ?? '')}</p>`),
    assets: [],
    // A click that changes nothing: the wait for the next frame that any click pays.
    probe: { host: null, stem: 'p.stem', start: null, selected: 'p.stem', feedback: '.feedback' },
    steps: [{ watch: ['selected'], click: 'p.stem' }],
  };

  mkdirSync(dir, { recursive: true });
  for (const page of [factQuiz, surveyJs, plain]) writeFileSync(join(dir, page.url.slice(1)), page.html);
  writeFileSync(join(dir, 'survey.json'), `${JSON.stringify(surveyJson(quiz), null, 2)}\n`);
  return { quiz, pages: [factQuiz, surveyJs, plain], versions: { surveyCore: versionOf('survey-core'), surveyJsUi: versionOf('survey-js-ui') } };
}
