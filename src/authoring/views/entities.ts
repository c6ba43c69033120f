/** The entities and classes: forms for a new one of each, and each entity's class to check. */
import { html, nothing, type TemplateResult } from 'lit';
import { problemsAt, updateEntity } from '../workbench.js';
import { checked } from './problems.js';
import { valueOf, type WorkProps } from './work.js';

export interface EntitiesProps extends WorkProps {
  /** The New entity or New class form was submitted. */
  onNew: (event: Event, kind: 'entity' | 'class') => void;
}

export function entitiesView({ bench, problems, id, commit, onNew }: EntitiesProps): TemplateResult {
  return html`<section aria-labelledby=${id('entities-heading')}>
    <h3 id=${id('entities-heading')}>Entities and classes</h3>
    <form class="row" aria-label="New entity" @submit=${(e: Event) => {
      onNew(e, 'entity');
    }}>
      <div class="field">
        <label for=${id('entity-label')}>New entity’s name</label>
        <input type="text" id=${id('entity-label')} name="label" required />
      </div>
      <div class="field">
        <label for=${id('entity-class')}>Its class</label>
        <select id=${id('entity-class')} name="class">
          ${bench.pack.classes.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
        </select>
      </div>
      <button type="submit">Add entity</button>
    </form>
    <form class="row" aria-label="New class" @submit=${(e: Event) => {
      onNew(e, 'class');
    }}>
      <div class="field">
        <label for=${id('class-label')}>New class (a singular noun)</label>
        <input type="text" id=${id('class-label')} name="label" required />
      </div>
      <div class="field">
        <label for=${id('class-parent')}>Broader class</label>
        <select id=${id('class-parent')} name="parent">
          <option value="">none</option>
          ${bench.pack.classes.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
        </select>
      </div>
      <button type="submit">Add class</button>
    </form>
    <details>
      <summary>${bench.pack.entities.length} entities in ${bench.pack.classes.length} classes: check each one’s class</summary>
      <ul class="items">
        ${bench.pack.entities.map((e) => {
          const entityClass = checked(id, problemsAt(problems, 'entity', e.id), `entity-${e.id}`);
          const classes = Array.isArray(e.class) ? e.class : [e.class];
          return html`<li class="row">
            <label for=${id(`entity-${e.id}-class`)}>${e.label}</label>
            <select id=${id(`entity-${e.id}-class`)} aria-invalid=${entityClass.invalid} aria-describedby=${entityClass.describedBy} @change=${(event: Event) => {
              commit(updateEntity(bench, e.id, { class: valueOf(event) }));
            }}>
              ${classes.length > 1 ? html`<option value=${classes[0] ?? ''} selected>${classes.join(', ')}</option>` : nothing}
              ${bench.pack.classes.map((c) => html`<option value=${c.id} .selected=${classes.length === 1 && c.id === classes[0]}>${c.label}</option>`)}
            </select>
            ${entityClass.list}
          </li>`;
        })}
      </ul>
    </details>
  </section>`;
}

