/** The pack's facts: each one's button to edit it, with its problems or the questions it makes. */
import { html, nothing, type TemplateResult } from 'lit';
import { addFact, problemsAt, select } from '../workbench.js';
import { yieldLine, type Yields } from './yield.js';
import type { WorkProps } from './work.js';

export interface FactListProps extends WorkProps {
  yields: Yields;
}

export function factListView({ bench, problems, id, commit, yields }: FactListProps): TemplateResult {
  const facts = bench.pack.facts;
  return html`<section aria-labelledby=${id('facts-heading')}>
      <h3 id=${id('facts-heading')}>Facts (${facts.length})</h3>
      ${facts.length === 0 ? html`<p class="hint">Accept a candidate to make it a fact, or write one the draft did not find.</p>` : nothing}
      <button type="button" class="secondary" @click=${() => {
        commit(addFact(bench, 0, 0));
      }}>New fact</button>
      <ul class="items">
        ${facts.map((f) => {
          const count = problemsAt(problems, 'fact', f.id).length + problemsAt(problems, 'relation', f.relation).length;
          return html`<li class=${bench.selected === f.id ? 'current' : ''}>
            <button type="button" class="secondary" aria-pressed=${bench.selected === f.id ? 'true' : 'false'} @click=${() => {
              commit(select(bench, f.id));
            }}>Edit ${f.id}</button>
            <span class="meta">${count === 0 ? yieldLine(yields, f.id) : `${String(count)} problem${count === 1 ? '' : 's'}`}</span>
          </li>`;
        })}
      </ul>
    </section>`;
}
