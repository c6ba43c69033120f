/** The fact being edited: its wording as the quiz says it, subject, relation, objects, quote and yield. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Fact } from '../../engine/pack.js';
import { problemsAt, removeFact, updateFact, wording } from '../workbench.js';
import { objectsView } from './objects.js';
import { checked, problemList } from './problems.js';
import { quoteView } from './quote.js';
import { relationView } from './relation.js';
import { valueOf, type WorkProps } from './work.js';
import { yieldView, type Yields } from './yield.js';

/** The fact's fields that show their own problems; the others' are listed at the top, so none goes unseen. */
const OWN_FIELDS = new Set(['subject', 'relation', 'object', 'objects', 'quote', 'bounds']);

export interface FactEditorProps extends WorkProps {
  yields: Yields;
  onUseSelection: (fact: Fact) => void;
  onQuoteWords: (fact: Fact, typed: string) => void;
}

/** The selected fact's editor; nothing when no fact is selected. */
export function factEditorView(p: FactEditorProps): TemplateResult | typeof nothing {
  const { bench, problems, id, commit } = p;
  const fact = bench.pack.facts.find((f) => f.id === bench.selected);
  if (fact === undefined) return nothing;
  const relation = bench.pack.relations.find((r) => r.id === fact.relation);
  const words = wording(bench, fact.id);
  return html`<section aria-labelledby=${id('editor-heading')}>
    <h3 id=${id('editor-heading')} tabindex="-1">Fact ${fact.id}</h3>
    ${problemList(problemsAt(problems, 'fact', fact.id).filter((p) => !OWN_FIELDS.has(p.field)), id('fact-problems'))}
    <div class="wording" aria-live="polite">
      <p><strong>Stem:</strong> <span class="stem">${words?.stem ?? ''}</span></p>
      <p><strong>Statement:</strong> <span class="statement">${words?.statement ?? ''}</span></p>
    </div>
    ${factSelect(p, fact, 'subject', 'Subject', [{ value: '', label: 'Choose an entity' }, ...bench.pack.entities.map((e) => ({ value: e.id, label: e.label }))])}
    ${factSelect(p, fact, 'relation', 'Relation', bench.pack.relations.map((r) => ({ value: r.id, label: r.id })))}
    ${relation === undefined ? nothing : html`${relationView({ ...p, relation })} ${objectsView({ ...p, fact, relation })}`}
    ${quoteView({ ...p, fact })}
    <div class="yield">
      <h4>Questions it makes</h4>
      ${yieldView(p.yields, fact.id)}
    </div>
    <button type="button" class="secondary" @click=${() => {
      commit(removeFact(bench, fact.id), `Removed the fact ${fact.id}.`);
    }}>Remove this fact</button>
  </section>`;
}

/** A fact's subject or relation, picked from a list, with its problems. */
function factSelect({ bench, problems, id, commit }: WorkProps, fact: Fact, field: 'subject' | 'relation', label: string, options: { value: string; label: string }[]): TemplateResult {
  const select = checked(id, problemsAt(problems, 'fact', fact.id, field), field);
  return html`<div class="field">
    <label for=${id(field)}>${label}</label>
    <select id=${id(field)} aria-invalid=${select.invalid} aria-describedby=${select.describedBy} @change=${(e: Event) => {
      commit(updateFact(bench, fact.id, { [field]: valueOf(e) }));
    }}>
      ${options.map((o) => html`<option value=${o.value} .selected=${o.value === fact[field]}>${o.label}</option>`)}
    </select>
    ${select.list}
  </div>`;
}
