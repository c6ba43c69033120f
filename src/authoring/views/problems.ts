/** A field's problems: listed after it, and named by its `aria-invalid` and `aria-describedby`. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlacedProblem } from '../workbench.js';
import type { WorkProps } from './work.js';

/** A field's `aria-invalid`, its `aria-describedby`, and the problem list to put after it. */
export interface CheckedField {
  invalid: 'true' | 'false';
  describedBy: string | typeof nothing;
  list: TemplateResult | typeof nothing;
}

export function problemList(problems: readonly PlacedProblem[], id: string): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="problems" id=${id}>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>`;
}

/** `aria-invalid` and `aria-describedby` of the field `name` with `problems`, and the list to put after it. */
export function checked(id: WorkProps['id'], problems: readonly PlacedProblem[], name: string): CheckedField {
  const listId = id(`${name}-problems`);
  return { invalid: problems.length > 0 ? 'true' : 'false', describedBy: problems.length > 0 ? listId : nothing, list: problemList(problems, listId) };
}
