/** A fact's objects, each in the editor of its type, and the bounds of a number's wrong answers. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Fact, ObjectValue, Relation } from '../../engine/pack.js';
import { blankObject, problemsAt, setNumberBound, setObjects } from '../workbench.js';
import { objectEditorView } from './object-editors.js';
import { checked } from './problems.js';
import type { WorkProps } from './work.js';

export interface ObjectsProps extends WorkProps {
  fact: Fact;
  relation: Relation;
}

export function objectsView(p: ObjectsProps): TemplateResult {
  const { bench, problems, id, commit, fact, relation } = p;
  const values = fact.objects ?? (fact.object === undefined ? [] : [fact.object]);
  const field = fact.objects === undefined ? 'object' : 'objects';
  const objects = checked(id, problemsAt(problems, 'fact', fact.id, field), 'object');
  const set = (i: number, value: ObjectValue): void => {
    const next = [...values];
    next[i] = value;
    commit(setObjects(bench, fact.id, next));
  };
  return html`<fieldset aria-describedby=${objects.describedBy}>
    <legend>Object${values.length === 1 ? '' : 's'} (${relation.object.type})</legend>
    ${objects.list}
    ${values.map((value, i) => html`<div class="object">
      ${objectEditorView(relation.object.type, {
        value,
        n: String(i + 1),
        id: (name) => id(`object-${String(i)}-${name}`),
        invalid: objects.invalid,
        entities: bench.pack.entities,
        set: (v) => {
          set(i, v);
        },
      })}
      ${values.length > 1
        ? html`<button type="button" class="secondary" @click=${() => {
            commit(setObjects(bench, fact.id, values.filter((_, k) => k !== i)));
          }}>Remove object ${i + 1}</button>`
        : nothing}
    </div>`)}
    <button type="button" class="secondary" @click=${() => {
      commit(setObjects(bench, fact.id, [...values, blankObject(bench.pack, relation)]));
    }}>Add an object</button>
    ${relation.object.type === 'number' ? numberBoundsView(p) : nothing}
  </fieldset>`;
}

/** Where a number's wrong answers may fall: `bounds.min` and `bounds.max` of the fact. */
function numberBoundsView({ bench, problems, id, commit, fact }: ObjectsProps): TemplateResult {
  const bounds = checked(id, problemsAt(problems, 'fact', fact.id, 'bounds'), 'bounds');
  const bound = (key: 'min' | 'max', label: string): TemplateResult => html`<div class="field">
    <label for=${id(`bounds-${key}`)}>${label}</label>
    <input type="number" id=${id(`bounds-${key}`)} aria-invalid=${bounds.invalid} aria-describedby=${bounds.describedBy} .value=${live(fact.bounds?.[key] === undefined ? '' : String(fact.bounds[key]))} @input=${(e: Event) => {
      const n = (e.target as HTMLInputElement).valueAsNumber;
      commit(setNumberBound(bench, fact.id, key, Number.isFinite(n) ? n : undefined));
    }} />
  </div>`;
  return html`<div class="row">${bound('min', 'Wrong answers no lower than')} ${bound('max', 'Wrong answers no higher than')}</div>${bounds.list}`;
}
