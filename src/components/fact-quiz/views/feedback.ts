/** The verdict on an answer, the key, why, and the sources: after a practice answer and in the review. */
import { html, type TemplateResult } from 'lit';
import { isCorrect } from '../../../engine/grade.js';
import { isHttpUrl } from '../../../engine/links.js';
import { questionSources } from '../../../engine/display.js';
import type { Question } from '../../../engine/quiz.js';
import type { Localized } from '../localize.js';

/** The widget's words and formats, and the language of the quiz's own texts. */
export interface Wording {
  l: Localized;
  quizLang: string;
}

/** Borders in the colour of right or wrong (always beside a ✓ or ✗ and words). */
export function verdictClass(right: boolean): string {
  return right ? 'is-right' : 'is-wrong';
}

export function textOf(q: Question, id: string): string {
  return q.options.find((o) => o.id === id)?.text ?? id;
}

/** The feedback region's content after a practice answer. */
export function feedbackView(q: Question, chosen: readonly string[], w: Wording): TemplateResult {
  return html`${verdictView(isCorrect(q, chosen), w.l)}${explanationView(q, w)}`;
}

export function verdictView(right: boolean, l: Localized): TemplateResult {
  const t = l.terms;
  return html`<p class="verdict ${right ? 'ok' : 'no'}"><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${right ? t.right : t.wrong}</p>`;
}

/** The key, why, and the source's own words, with a link only for http(s) addresses. */
export function explanationView(q: Question, w: Wording): TemplateResult {
  const t = w.l.terms;
  const lang = w.quizLang;
  return html`<div><b>${t.key}</b> ${answerView(q, q.answer, w)}</div>
      <p lang=${lang}>${q.explanation}</p>
      ${questionSources(q).map(
        (s) => html`<figure class="source">
          <blockquote lang=${lang}>${s.quote}</blockquote>
          <figcaption>
            ${t.source}
            ${isHttpUrl(s.url)
              ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
              : html`<cite>${s.title}</cite>`}${s.publisher ? `, ${s.publisher}` : ''}
          </figcaption>
        </figure>`,
      )}`;
}

/** Option texts: a numbered list for an order, `A, B and C` otherwise. */
export function answerView(q: Question, ids: readonly string[], w: Wording): TemplateResult | string {
  const lang = w.quizLang;
  if (ids.length === 0) return w.l.terms.noAnswer;
  if (q.kind === 'order') return html`<ol class="key" lang=${lang}>${ids.map((id) => html`<li>${textOf(q, id)}</li>`)}</ol>`;
  return html`<span lang=${lang}>${w.l.list(ids.map((id) => textOf(q, id)))}</span>`;
}
