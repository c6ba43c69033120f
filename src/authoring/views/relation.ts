/** A fact's relation: its templates (how the quiz words it) and the type and number of its objects. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ObjectType, Relation, RelationTemplates } from '../../engine/pack.js';
import { problemsAt, setObjectType, setTemplate, updateRelation, type PlacedProblem, type Workbench } from '../workbench.js';
import { checked, problemList } from './problems.js';
import { valueOf, type WorkProps } from './work.js';

const TEMPLATE_LABELS: [keyof RelationTemplates, string][] = [
  ['question', 'Question template'],
  ['statement', 'Statement template'],
  ['reverse', 'Reverse question template (optional)'],
  ['multiple', 'Select-all instruction (optional)'],
  ['plural', 'Statement for several objects (optional)'],
  ['event', 'The event, as a timeline names it (optional)'],
];

/** The relation's fields that show their own problems; the others' are listed at the top, so none goes unseen. */
const OWN_FIELDS = new Set(['object', 'note', ...TEMPLATE_LABELS.map(([key]) => `templates.${key}`)]);

export interface RelationProps extends WorkProps {
  relation: Relation;
}

export function relationView(props: RelationProps): TemplateResult {
  const { bench, problems, id, commit, relation } = props;
  const at = (field: string): PlacedProblem[] => problemsAt(problems, 'relation', relation.id, field);
  const type = relation.object;
  const typeField = checked(id, at('object'), 'object-type');
  return html`<fieldset>
    <legend>Relation ${relation.id}: its wording and its object</legend>
    ${problemList(problemsAt(problems, 'relation', relation.id).filter((p) => !OWN_FIELDS.has(p.field)), id('relation-problems'))}
    ${TEMPLATE_LABELS.map(([key, label]) => {
      const template = checked(id, at(`templates.${key}`), `template-${key}`);
      return html`<div class="field">
        <label for=${id(`template-${key}`)}>${label}</label>
        <input type="text" id=${id(`template-${key}`)} .value=${live(relation.templates[key] ?? '')} aria-invalid=${template.invalid} aria-describedby=${template.describedBy} @input=${(e: Event) => {
          commit(setTemplate(bench, relation.id, key, valueOf(e)));
        }} />
        ${template.list}
      </div>`;
    })}
    <div class="row">
      <div class="field">
        <label for=${id('object-type')}>Object type</label>
        <select id=${id('object-type')} aria-invalid=${typeField.invalid} aria-describedby=${typeField.describedBy} @change=${(e: Event) => {
          commit(setObjectType(bench, relation.id, objectType(bench, valueOf(e))));
        }}>
          ${(['entity', 'date', 'number', 'text'] as const).map((t) => html`<option value=${t} .selected=${t === type.type}>${t}</option>`)}
        </select>
        ${typeField.list}
      </div>
      <div class="field">
        <label for=${id('cardinality')}>Objects per subject</label>
        <select id=${id('cardinality')} @change=${(e: Event) => {
          commit(updateRelation(bench, relation.id, { cardinality: valueOf(e) as Relation['cardinality'] }));
        }}>
          <option value="one" .selected=${relation.cardinality === 'one'}>one</option>
          <option value="many" .selected=${relation.cardinality === 'many'}>many</option>
        </select>
      </div>
      ${relation.cardinality === 'many'
        ? html`<div class="check">
            <input type="checkbox" id=${id('closed')} aria-describedby=${id('closed-hint')} .checked=${live(relation.closed === true)} @change=${(e: Event) => {
              commit(updateRelation(bench, relation.id, { closed: (e.target as HTMLInputElement).checked ? true : undefined }));
            }} />
            <label for=${id('closed')}>The pack lists every true object (closed)</label>
            <p class="hint" id=${id('closed-hint')}>Only when the article justifies it: then any other object of the class is a wrong answer.</p>
          </div>`
        : nothing}
      ${relation.closed === true || relation.note !== undefined ? noteField(props, at('note')) : nothing}
      ${type.type === 'entity'
        ? html`<div class="field">
            <label for=${id('object-class')}>Class of the objects</label>
            <select id=${id('object-class')} @change=${(e: Event) => {
              commit(updateRelation(bench, relation.id, { object: { type: 'entity', class: valueOf(e) } }));
            }}>
              ${bench.pack.classes.map((c) => html`<option value=${c.id} .selected=${c.id === type.class}>${c.label}</option>`)}
            </select>
          </div>`
        : nothing}
      ${type.type === 'number'
        ? html`<div class="field">
              <label for=${id('unit')}>Unit</label>
              <input type="text" id=${id('unit')} .value=${live(type.unit)} @input=${(e: Event) => {
                commit(updateRelation(bench, relation.id, { object: { ...type, unit: valueOf(e) } }));
              }} />
            </div>
            <div class="field">
              <label for=${id('unit-plural')}>Unit, plural</label>
              <input type="text" id=${id('unit-plural')} .value=${live(type.unitPlural ?? '')} @input=${(e: Event) => {
                commit(updateRelation(bench, relation.id, { object: { ...type, unitPlural: valueOf(e) || undefined } }));
              }} />
            </div>`
        : nothing}
    </div>
  </fieldset>`;
}

/** A new object type of the relation, with a class or unit to start from. */
function objectType(bench: Workbench, type: string): ObjectType {
  if (type === 'entity') return { type: 'entity', class: bench.pack.classes[0]?.id ?? '' };
  if (type === 'number') return { type: 'number', unit: 'time', unitPlural: 'times' };
  return type === 'date' ? { type: 'date' } : { type: 'text' };
}

/** Why the list is complete: a closed relation must say it (the validator asks for `note`). */
function noteField({ bench, id, commit, relation }: RelationProps, problems: PlacedProblem[]): TemplateResult {
  const note = checked(id, problems, 'note');
  return html`<div class="field">
    <label for=${id('note')}>Why the list is complete</label>
    <input type="text" id=${id('note')} aria-invalid=${note.invalid} aria-describedby=${note.describedBy} .value=${live(relation.note ?? '')} @input=${(e: Event) => {
      commit(updateRelation(bench, relation.id, { note: valueOf(e) || undefined }));
    }} />
    ${note.list}
  </div>`;
}
