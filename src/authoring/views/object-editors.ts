/** The editors of one object of a fact, one for each type of object: entity, text, number, date. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DatePrecision, DateValue, Entity, NumberQualifier, NumberValue, ObjectType, ObjectValue } from '../../engine/pack.js';
import { dateValue, numberValue } from '../workbench.js';
import { valueOf } from './work.js';

const QUALIFIERS: (NumberQualifier | '')[] = ['', 'about', 'over', 'under', 'at-least', 'at-most'];
const PRECISIONS: DatePrecision[] = ['day', 'month', 'season', 'year'];

export interface ObjectEditorProps {
  value: ObjectValue;
  /** The object's number in the fact, from 1, for its labels. */
  n: string;
  /** The id of one of this object's fields. */
  id: (name: string) => string;
  /** `aria-invalid` of the object's main field: the fact's objects have a problem. */
  invalid: string;
  /** The pack's entities, for an entity object. */
  entities: readonly Entity[];
  set: (value: ObjectValue) => void;
}

/** The editor for an object of the relation's type. */
export function objectEditorView(type: ObjectType['type'], p: ObjectEditorProps): TemplateResult {
  switch (type) {
    case 'entity':
      return entityObjectView(p);
    case 'text':
      return textObjectView(p);
    case 'number':
      return numberObjectView(p);
    case 'date':
      return dateObjectView(p);
  }
}

function entityObjectView({ value, n, id, invalid, entities, set }: ObjectEditorProps): TemplateResult {
  return html`<div class="field">
    <label for=${id('entity')}>Object ${n}: entity</label>
    <select id=${id('entity')} aria-invalid=${invalid} @change=${(e: Event) => {
      set(valueOf(e));
    }}>
      <option value="" .selected=${value === ''}>Choose an entity</option>
      ${entities.map((e) => html`<option value=${e.id} .selected=${e.id === value}>${e.label}</option>`)}
    </select>
  </div>`;
}

function textObjectView({ value, n, id, invalid, set }: ObjectEditorProps): TemplateResult {
  return html`<div class="field">
    <label for=${id('text')}>Object ${n}: text</label>
    <input type="text" id=${id('text')} aria-invalid=${invalid} .value=${live(typeof value === 'string' ? value : '')} @input=${(e: Event) => {
      set(valueOf(e));
    }} />
  </div>`;
}

function numberObjectView({ value, n, id, invalid, set }: ObjectEditorProps): TemplateResult {
  const number: NumberValue = typeof value === 'number' ? { value, qualifier: 'about' } : (value as NumberValue);
  const qualifier: NumberQualifier | '' = typeof value === 'number' ? '' : number.qualifier;
  const fields = { value: number.value, qualifier, ...(number.tolerance === undefined ? {} : { tolerance: number.tolerance }) };
  return html`<div class="row">
    <div class="field">
      <label for=${id('number')}>Object ${n}: number</label>
      <input type="number" id=${id('number')} aria-invalid=${invalid} .value=${live(String(number.value))} @input=${(e: Event) => {
        const v = (e.target as HTMLInputElement).valueAsNumber;
        if (Number.isFinite(v)) set(numberValue({ ...fields, value: v }));
      }} />
    </div>
    <div class="field">
      <label for=${id('qualifier')}>As the text gives it</label>
      <select id=${id('qualifier')} @change=${(e: Event) => {
        set(numberValue({ ...fields, qualifier: valueOf(e) as NumberQualifier | '' }));
      }}>
        ${QUALIFIERS.map((q) => html`<option value=${q} .selected=${q === qualifier}>${q === '' ? 'exactly' : q}</option>`)}
      </select>
    </div>
    ${qualifier === 'about'
      ? html`<div class="field">
          <label for=${id('tolerance')}>Tolerance (blank: 10%)</label>
          <input type="number" id=${id('tolerance')} .value=${live(number.tolerance === undefined ? '' : String(number.tolerance))} @input=${(e: Event) => {
            const t = (e.target as HTMLInputElement).valueAsNumber;
            set(numberValue({ value: number.value, qualifier, ...(Number.isFinite(t) ? { tolerance: t } : {}) }));
          }} />
        </div>`
      : nothing}
  </div>`;
}

function dateObjectView({ value, n, id, invalid, set }: ObjectEditorProps): TemplateResult {
  const date = value as DateValue;
  const fields = { date: date.date, precision: date.precision, ...(date.end === undefined ? {} : { end: date.end }), ...(date.season === undefined ? {} : { season: date.season }), inferredYear: date.inferredYear === true };
  return html`<div class="row">
    <div class="field">
      <label for=${id('date')}>Object ${n}: date (YYYY-MM-DD)</label>
      <input type="text" id=${id('date')} aria-invalid=${invalid} .value=${live(date.date)} @change=${(e: Event) => {
        set(dateValue({ ...fields, date: valueOf(e) }));
      }} />
    </div>
    <div class="field">
      <label for=${id('precision')}>Precision</label>
      <select id=${id('precision')} @change=${(e: Event) => {
        set(dateValue({ ...fields, date: date.date.length < 10 ? `${date.date}-01-01`.slice(0, 10) : date.date, precision: valueOf(e) as DatePrecision }));
      }}>
        ${PRECISIONS.map((p) => html`<option value=${p} .selected=${p === date.precision}>${p}</option>`)}
      </select>
    </div>
    ${date.precision === 'day'
      ? html`<div class="field">
          <label for=${id('end')}>Last day, for a range</label>
          <input type="text" id=${id('end')} .value=${live(date.end ?? '')} @change=${(e: Event) => {
            set(dateValue({ ...fields, end: valueOf(e) }));
          }} />
        </div>`
      : nothing}
    ${date.precision === 'season'
      ? html`<div class="field">
          <label for=${id('season')}>Season</label>
          <select id=${id('season')} @change=${(e: Event) => {
            set(dateValue({ ...fields, season: valueOf(e) as DateValue['season'] }));
          }}>
            ${(['spring', 'summer', 'autumn', 'winter'] as const).map((s) => html`<option value=${s} .selected=${s === date.season}>${s}</option>`)}
          </select>
        </div>`
      : nothing}
    <div class="check">
      <input type="checkbox" id=${id('inferred')} .checked=${live(date.inferredYear === true)} @change=${(e: Event) => {
        set(dateValue({ ...fields, inferredYear: (e.target as HTMLInputElement).checked }));
      }} />
      <label for=${id('inferred')}>The article does not give the year</label>
    </div>
  </div>`;
}
