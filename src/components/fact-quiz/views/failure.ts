/**
 * Why there is no quiz: a pack that could not be loaded, or a quiz that could not be made.
 * With the problem sentences of every language, it is fetched only when there is a failure
 * to show (in the embed, a chunk of its own).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShownProblem } from '../quiz-source.js';
import { wordsFor } from '../../../locales/lookup.js';
import { problemMessage } from '../../../locales/problem-types.js';
import { PROBLEM_WORDS } from '../../../locales/problems.js';
import { clip } from '../clip.js';
import type { LoadFailure } from '../loader.js';
import type { Localized } from '../localize.js';

export type Failure = { kind: 'load'; detail: LoadFailure } | { kind: 'quiz'; problems: readonly ShownProblem[] };

/** Problems of an invalid pack listed in the widget; the rest are counted. */
const PROBLEMS_SHOWN = 5;

export interface FailureProps {
  l: Localized;
  failure: Failure;
  onReload: () => void;
}

export function failureView({ l, failure, onReload }: FailureProps): TemplateResult {
  const t = l.terms;
  const lines = failure.kind === 'quiz' ? problemLines(failure.problems, l) : loadFailureLines(failure.detail, l);
  return html`<div part="error" class="error" role="alert">
      <p class="verdict"><span aria-hidden="true">⚠</span> ${failure.kind === 'load' ? t.loadFailed : t.quizFailed}</p>
      ${lines.map((line) => html`<p>${line}</p>`)}
      ${failure.kind === 'load'
        ? html`<div class="actions"><button part="button" @click=${onReload}>${t.retry}</button></div>`
        : nothing}
    </div>`;
}

/** Why the pack could not be loaded, in the reader's language. */
function loadFailureLines(d: LoadFailure, l: Localized): string[] {
  const t = l.terms;
  if (d.reason === 'http') return [t.httpError(String(d.status))];
  if (d.reason === 'json') return [t.notJson];
  if (d.reason === 'timeout') return [t.timeout(l.number(d.ms / 1000))];
  if (d.reason === 'network') return [t.networkError];
  if (d.reason === 'size') return [t.tooLarge(`${l.number(d.limit / 1024 / 1024)} MB`)];
  return [l.terms.invalidPack, ...problemLines(d.problems, l)];
}

/** The first problems, each with its JSON path and cut short, then how many more there are. */
function problemLines(problems: readonly ShownProblem[], l: Localized): string[] {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => clip(p.path ? `${p.path}: ${problemText(p, l)}` : problemText(p, l)));
  const more = problems.length - shown.length;
  return [...shown, ...(more > 0 ? [l.terms.moreProblems(more, l.number(more))] : [])];
}

/** A problem's sentence in the widget's language (the English `message` is the engine's). */
function problemText(problem: ShownProblem, l: Localized): string {
  try {
    return problemMessage(problem, wordsFor(PROBLEM_WORDS, l.lang));
  } catch {
    // An engine error's params may be ones its code's sentence can't read.
    return problem.message ?? problem.code;
  }
}
