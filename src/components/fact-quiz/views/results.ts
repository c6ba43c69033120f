/** The results: the score, Try again and New questions, a text to share, and the review. */
import { html, nothing, type TemplateResult } from 'lit';
import { grade } from '../../../engine/grade.js';
import type { Quiz, Responses } from '../../../engine/quiz.js';
import { answerView, explanationView, verdictView, type Wording } from './feedback.js';

export interface ResultsProps extends Wording {
  quiz: Quiz;
  answers: Responses;
  /** Offer New questions (not for a quiz given ready-made). */
  canRenew: boolean;
  /** Offer Copy (the page may use the clipboard). */
  canCopy: boolean;
  /** How the last copy went, for a live region. */
  copyNote: string;
  onRetry: () => void;
  onNew: () => void;
  onCopy: (text: string) => void;
}

export function resultsView(p: ResultsProps): TemplateResult {
  const { quiz, l } = p;
  const t = l.terms;
  const n = (value: number): string => l.number(value);
  const { score, total, results } = grade(quiz, p.answers);
  const share = t.share(n(score), n(total), quiz.pack.title);
  return html`<header part="header">
        <p class="muted" lang=${quiz.pack.lang}>${quiz.pack.title}</p>
        <h2 class="heading" tabindex="-1">${t.results}</h2>
      </header>
      <section part="results" class="results">
        <p class="score">${t.score(n(score), n(total), l.number(score / total, { style: 'percent' }))}</p>
        <div class="actions">
          <button part="button" class="primary" @click=${p.onRetry}>${t.tryAgain}</button>
          ${p.canRenew ? html`<button part="button" @click=${p.onNew}>${t.newQuestions}</button>` : nothing}
        </div>
        <h3>${t.shareHeading}</h3>
        <div class="share">
          <p class="share-text">${share}</p>
          ${p.canCopy
            ? html`<button part="button" @click=${() => {
                p.onCopy(share);
              }}>${t.copy}</button>`
            : nothing}
          <span role="status">${p.copyNote}</span>
        </div>
        <h3>${t.review}</h3>
        <ol class="review">
          ${quiz.questions.map((q, i) => {
            const result = results[i];
            return html`<li part="review-item">
              <p class="stem" lang=${quiz.pack.lang}>${q.stem}</p>
              ${verdictView(result?.correct ?? false, l)}
              <div><b>${t.yourAnswer}</b> ${answerView(q, result?.chosen ?? [], p)}</div>
              ${explanationView(q, p)}
            </li>`;
          })}
        </ol>
      </section>`;
}
