/** What questions each fact makes in the preview, by the engine's own yield report. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FactYield } from '../../engine/report.js';

/** Each playable fact's yield, by fact id: a fact left out of the preview has none. */
export type Yields = ReadonlyMap<string, FactYield>;

/** One line for the fact list: how many questions, or why none. */
export function yieldLine(yields: Yields, factId: string): string {
  const y = yields.get(factId);
  if (y === undefined) return 'not in the preview';
  const made = y.made.reduce((sum, c) => sum + c.count, 0);
  return made === 0 ? 'makes no question' : `makes ${String(made)} question${made === 1 ? '' : 's'}${y.onlyTrueFalse ? ', true/false only' : ''}`;
}

/** The fact editor's account: each kind of question made, and each one not asked with its reason. */
export function yieldView(yields: Yields, factId: string): TemplateResult {
  const y = yields.get(factId);
  if (y === undefined) return html`<p class="hint">None yet: fix its problems and it is played in the preview.</p>`;
  return html`<p>${y.made.length === 0 ? 'No question.' : y.made.map((c) => `${c.kind} (${c.difficulty}) ×${String(c.count)}`).join(', ')}</p>
    ${y.dropped.length === 0 ? nothing : html`<ul class="meta">${y.dropped.map((d) => html`<li>Not asked: ${d.reason}</li>`)}</ul>`}`;
}
