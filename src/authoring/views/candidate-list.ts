/** The candidates drafted from the article, each to accept as a fact or to reject. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DraftFact } from '../candidates.js';
import { wording } from '../workbench.js';
import type { WorkProps } from './work.js';

export interface CandidateListProps extends Pick<WorkProps, 'bench' | 'id'> {
  onAccept: (draft: DraftFact) => void;
  /** `index`: the candidate's place in the list, where focus stays. */
  onReject: (draft: DraftFact, index: number) => void;
}

export function candidateListView({ bench, id, onAccept, onReject }: CandidateListProps): TemplateResult {
  return html`<section aria-labelledby=${id('drafts-heading')}>
      <h3 id=${id('drafts-heading')} tabindex="-1">Candidates (${bench.pack.drafts.length})</h3>
      ${bench.pack.drafts.length === 0 ? html`<p class="hint">No candidates left to review.</p>` : nothing}
      <ul class="items drafts">
        ${repeat(bench.pack.drafts, (d) => d.id, (d, index) => {
          const words = wording(bench, d.id);
          return html`<li>
            <p class="quote">“${d.quote}”</p>
            <p class="meta">${d.kind}: ${d.written}${words?.stem ? html` · asks “${words.stem}”` : nothing}</p>
            <div class="row">
              <button type="button" class="accept" aria-label=${`Accept candidate: ${d.written}`} @click=${() => {
                onAccept(d);
              }}>Accept</button>
              <button type="button" class="secondary" aria-label=${`Reject candidate: ${d.written}`} @click=${() => {
                onReject(d, index);
              }}>Reject</button>
            </div>
          </li>`;
        })}
      </ul>
    </section>`;
}
