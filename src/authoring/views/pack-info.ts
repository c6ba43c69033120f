/** The pack's own fields: its title, id and as-of day, with the problems of the pack as a whole. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { problemsAt, updatePackInfo } from '../workbench.js';
import { checked, problemList } from './problems.js';
import { valueOf, type WorkProps } from './work.js';

const PACK_FIELDS = ['title', 'id', 'asOf'] as const;

export function packInfoView({ bench, problems, id, commit }: WorkProps): TemplateResult {
  const p = bench.pack;
  const packField = (name: (typeof PACK_FIELDS)[number], label: string): TemplateResult => {
    const field = checked(id, problemsAt(problems, 'pack', '', name), `pack-${name}`);
    return html`<div class="field">
      <label for=${id(`pack-${name}`)}>${label}</label>
      <input type="text" id=${id(`pack-${name}`)} .value=${live(p[name])} aria-invalid=${field.invalid} aria-describedby=${field.describedBy} @input=${(e: Event) => {
        commit(updatePackInfo(bench, { [name]: valueOf(e) }));
      }} />
      ${field.list}
    </div>`;
  };
  return html`<fieldset>
    <legend>Pack</legend>
    ${packField('title', 'Pack title')} ${packField('id', 'Pack id')} ${packField('asOf', 'As of (YYYY-MM-DD)')}
    ${problemList(problemsAt(problems, 'pack', '').filter((q) => !(PACK_FIELDS as readonly string[]).includes(q.field)), id('pack-problems'))}
  </fieldset>`;
}
