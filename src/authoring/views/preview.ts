/** The preview: the pack played in the real `<fact-quiz>`, from the facts with no problem left. */
import { html, nothing, type TemplateResult } from 'lit';
import '../../define.js';
import type { Playable } from '../workbench.js';
import type { WorkProps } from './work.js';

export function previewView({ id, playable }: Pick<WorkProps, 'id'> & { playable: Playable | undefined }): TemplateResult {
  return html`<section aria-labelledby=${id('preview-heading')}>
    <h3 id=${id('preview-heading')}>Preview</h3>
    ${playable === undefined
      ? html`<p class="hint">The quiz appears here once a fact has no problem left.</p>`
      : html`<p class="hint">
            The quiz as a reader gets it, from ${playable.pack.facts.length} fact${playable.pack.facts.length === 1 ? '' : 's'}${playable.left.length > 0 ? html`; left out for their problems: ${playable.left.join(', ')}` : nothing}.
          </p>
          <fact-quiz .pack=${playable.pack} no-intro seed="author-preview"></fact-quiz>`}
  </section>`;
}
