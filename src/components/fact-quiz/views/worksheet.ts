import { html, type TemplateResult } from 'lit';
import type { Quiz } from '../../../engine/index.js';

/** Every question with its options, for print (CSS shows it only in print). */
export function worksheetView(quiz: Quiz): TemplateResult {
  return html`<div part="worksheet" class="worksheet" lang=${quiz.pack.lang}>
      <h2>${quiz.pack.title}</h2>
      <ol>
        ${quiz.questions.map(
          (q) => html`<li>
            <p>${q.stem}</p>
            <ul class=${q.kind}>
              ${q.options.map((o) => html`<li>${o.text}</li>`)}
            </ul>
          </li>`,
        )}
      </ol>
    </div>`;
}
