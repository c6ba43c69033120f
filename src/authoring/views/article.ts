/** The article: the source shown, its text with the candidates and the facts' quotes marked. */
import { html, nothing, type TemplateResult } from 'lit';
import { articleText, marksOf, segmentsOf, showSource } from '../workbench.js';
import { valueOf, type WorkProps } from './work.js';

export function articleView({ bench, id, commit }: Omit<WorkProps, 'problems'>): TemplateResult {
  const text = articleText(bench);
  const sources = bench.pack.sources;
  return html`<section aria-labelledby=${id('article-heading')}>
    <h3 id=${id('article-heading')}>Article</h3>
    ${sources.length > 1
      ? html`<div class="field">
          <label for=${id('source')}>Source shown</label>
          <select id=${id('source')} @change=${(e: Event) => {
            commit(showSource(bench, valueOf(e)));
          }}>
            ${sources.map((s) => html`<option value=${s.id} .selected=${s.id === bench.source}>${s.title}</option>`)}
          </select>
        </div>`
      : nothing}
    <p class="hint">Candidates are marked in yellow, accepted facts’ quotes in green.</p>
    ${text === ''
      ? html`<p class="hint">The text of this source is not here: quotes can’t be checked or selected.</p>`
      : html`<div class="article" role="region" tabindex="0" aria-label="Article text, candidates marked">${segmentsOf(text, marksOf(bench)).map((s) => {
          if (s.marks.length === 0) return s.text;
          const fact = s.marks.some((m) => m.kind === 'fact');
          const current = s.marks.some((m) => m.id === bench.selected);
          return html`<mark class="${fact ? 'fact' : 'draft'} ${current ? 'selected' : ''}">${s.text}</mark>`;
        })}</div>`}
  </section>`;
}
