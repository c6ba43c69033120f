/**
 * `<fact-quiz-author>`: the authoring page. Paste or open an article, review the
 * candidates highlighted in it, edit each fact (quote by selection, subject, typed object,
 * relation templates with the stem and statement as the quiz will word them), see each
 * fact's problems and yield, play the pack in the real `<fact-quiz>`, and save the pack
 * with its text. The model (workbench.ts) does the work; this element renders it and
 * keeps it in `localStorage` after every change. Every text is rendered as text.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DatePrecision, DateValue, Fact, NumberQualifier, NumberValue, ObjectType, ObjectValue, Pack, Relation, RelationTemplates } from '../engine/pack.js';
import type { FactYield } from '../engine/report.js';
import { stateVisitPack } from '../default-pack.js';
import { saveBlob } from '../classroom/print-and-save.js';
import '../define.js';
import type { DraftLanguage } from './dates.js';
import { authorStyles } from './author.styles.js';
import {
  acceptDraft,
  addClass,
  addEntity,
  articleText,
  dateValue,
  filesToSave,
  marksOf,
  numberValue,
  openPack,
  packFromJson,
  playablePack,
  problemsAt,
  problemsOf,
  rejectDraft,
  removeFact,
  restore,
  segmentsOf,
  select,
  serialise,
  setNumberBound,
  setObjects,
  setQuote,
  setTemplate,
  showSource,
  startWorkbench,
  updateFact,
  updateEntity,
  updatePackInfo,
  updateRelation,
  wording,
  yieldsOf,
  type Playable,
  type PlacedProblem,
  type SavedFile,
  type Workbench,
} from './workbench.js';

/** What the start form holds before an article is drafted: autosaved too. */
interface ArticleForm {
  text: string;
  title: string;
  date: string;
  publisher: string;
  url: string;
  lang: DraftLanguage;
}

/** Detail of `fact-quiz-author-save`: the files the Save button gave the browser. */
export interface AuthorSaveDetail {
  files: SavedFile[];
}

const QUALIFIERS: (NumberQualifier | '')[] = ['', 'about', 'over', 'under', 'at-least', 'at-most'];
const PRECISIONS: DatePrecision[] = ['day', 'month', 'season', 'year'];
const TEMPLATE_LABELS: [keyof RelationTemplates, string][] = [
  ['question', 'Question template'],
  ['statement', 'Statement template'],
  ['reverse', 'Reverse question template (optional)'],
  ['multiple', 'Select-all instruction (optional)'],
  ['plural', 'Statement for several objects (optional)'],
];
/** How long typing may go on before it is written to localStorage. */
const AUTOSAVE_DELAY = 300;

let instances = 0;

const today = (): string => new Date().toISOString().slice(0, 10);
const emptyForm = (): ArticleForm => ({ text: '', title: '', date: today(), publisher: '', url: '', lang: 'en' });

const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;

/** The article a quote is selected in is read-only to the author, whatever the keys pressed. */
const refuseEdit = (e: Event): void => {
  e.preventDefault();
};

/** A text field of a form, trimmed. */
function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The authoring page: from an article to a fact pack that validates and plays.
 *
 * @tagname fact-quiz-author
 * @fires fact-quiz-author-save - The Save button gave the browser the pack and its texts: `detail.files`.
 * @cssprop [--fact-quiz-accent=#0b57d0] - Buttons and the focus ring.
 * @cssprop [--fact-quiz-bg=#fff] - Background.
 * @cssprop [--fact-quiz-fg=#1b1c1f] - Text.
 */
export class FactQuizAuthor extends LitElement {
  static override styles = authorStyles;

  static override properties = {
    storageKey: { attribute: 'storage-key' },
    sourcesUrl: { attribute: 'sources-url' },
    builtinPack: { attribute: false },
    bench: { attribute: false },
    form: { state: true },
    status: { state: true },
    saveState: { state: true },
    confirmingStartOver: { state: true },
  };

  /** The `localStorage` key the work is kept under. Default `fact-quiz-author`. */
  declare storageKey: string;
  /** Folder URL the built-in pack's source texts are fetched from (`…/questions/sources/`). */
  declare sourcesUrl: string | undefined;
  /** The pack "Open the built-in pack" opens. Default: the state-visit pack. */
  declare builtinPack: Pack;
  /** The work: the article and the pack being built. Undefined before an article is drafted. */
  declare bench: Workbench | undefined;
  declare private form: ArticleForm;
  declare private status: string;
  declare private saveState: 'saved' | 'pending' | 'failed';
  declare private confirmingStartOver: boolean;

  /** Saves a download; tests replace it. */
  saveFile: (blob: Blob, fileName: string) => void = saveBlob;
  /** The files the last Save gave. */
  lastSaved: SavedFile[] = [];

  /** Worked out from `bench` before each render. */
  problems: PlacedProblem[] = [];
  playable: Playable | undefined;
  #yields = new Map<string, FactYield>();

  readonly #prefix = `author-${String(++instances)}`;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #restored = false;

  constructor() {
    super();
    this.storageKey = 'fact-quiz-author';
    this.sourcesUrl = undefined;
    this.builtinPack = stateVisitPack;
    this.bench = undefined;
    this.form = emptyForm();
    this.status = '';
    this.saveState = 'saved';
    this.confirmingStartOver = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (!this.#restored) {
      this.#restored = true;
      this.#restore();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = changed.get('bench') as Workbench | undefined;
    // Selecting a fact or a source changes no pack: the preview keeps its place.
    if (changed.has('bench') && (before?.pack !== this.bench?.pack || before?.texts !== this.bench?.texts)) {
      const bench = this.bench;
      this.problems = bench === undefined ? [] : problemsOf(bench);
      this.playable = bench === undefined ? undefined : playablePack(bench, this.problems);
      this.#yields = yieldsOf(this.playable);
    }
  }

  protected override render(): TemplateResult {
    return html`
      <p class="status" role="status">${this.status}</p>
      ${this.bench === undefined ? this.#startView() : this.#workView(this.bench)}
    `;
  }

  // ---- the start: an article to draft, a file or the built-in pack to open ----

  #id(name: string): string {
    return `${this.#prefix}-${name}`;
  }

  #startView(): TemplateResult {
    const f = this.form;
    const field = (name: keyof ArticleForm, label: string, type = 'text', hint?: string): TemplateResult => html`
      <div class="field">
        <label for=${this.#id(name)}>${label}</label>
        <input type=${type} id=${this.#id(name)} .value=${live(f[name])} aria-describedby=${hint === undefined ? nothing : this.#id(`${name}-hint`)} @input=${(e: Event) => {
          this.#setForm({ [name]: valueOf(e) });
        }} />
        ${hint === undefined ? nothing : html`<p class="hint" id=${this.#id(`${name}-hint`)}>${hint}</p>`}
      </div>
    `;
    return html`
      <form class="start" aria-labelledby=${this.#id('start-heading')} @submit=${this.#onDraft}>
        <h2 id=${this.#id('start-heading')}>Start from an article</h2>
        <div class="field">
          <label for=${this.#id('text')}>Article text</label>
          <textarea id=${this.#id('text')} rows="12" .value=${live(f.text)} @input=${(e: Event) => {
            this.#setForm({ text: valueOf(e) });
          }}></textarea>
        </div>
        ${field('title', 'Title')} ${field('date', 'Published on', 'text', 'YYYY-MM-DD: “last week” and “on Friday” count from this day.')} ${field('publisher', 'Publisher')}
        ${field('url', 'Link to the article', 'url')}
        <div class="field">
          <label for=${this.#id('lang')}>Language</label>
          <select id=${this.#id('lang')} @change=${(e: Event) => {
            this.#setForm({ lang: valueOf(e) as DraftLanguage });
          }}>
            <option value="en" .selected=${f.lang === 'en'}>English</option>
            <option value="fr" .selected=${f.lang === 'fr'}>French</option>
          </select>
        </div>
        <button type="submit">Find candidate facts</button>
      </form>
      <section aria-labelledby=${this.#id('open-heading')}>
        <h2 id=${this.#id('open-heading')}>Or open a pack</h2>
        <div class="field">
          <label for=${this.#id('file')}>Open a file: a pack (JSON) with its source texts, or an article (text)</label>
          <input type="file" id=${this.#id('file')} multiple accept=".json,.txt,application/json,text/plain" @change=${this.#onFiles} />
        </div>
        <button type="button" @click=${this.#onOpenBuiltin}>Open the built-in pack</button>
      </section>
    `;
  }

  // ---- the work ----

  #workView(bench: Workbench): TemplateResult {
    const facts = bench.pack.facts;
    return html`
      <div class="bar">
        <h2>${bench.pack.title}</h2>
        <div class="actions">
          <span class="saved">${this.saveState === 'saved' ? 'Saved in this browser' : this.saveState === 'pending' ? 'Saving…' : 'Not saved: this browser refused to store it'}</span>
          <button type="button" @click=${this.#onSave}>Save pack and text</button>
          ${this.confirmingStartOver
            ? html`<span>Discard this work?</span>
                <button type="button" @click=${this.#onStartOver}>Discard and start over</button>
                <button type="button" class="secondary" @click=${() => (this.confirmingStartOver = false)}>Keep it</button>`
            : html`<button type="button" class="secondary" @click=${() => (this.confirmingStartOver = true)}>Start over</button>`}
        </div>
      </div>
      <div class="columns">
        <div>
          ${this.#packFields(bench)} ${this.#articleSection(bench)}
          <section aria-labelledby=${this.#id('drafts-heading')}>
            <h3 id=${this.#id('drafts-heading')} tabindex="-1">Candidates (${bench.pack.drafts.length})</h3>
            ${bench.pack.drafts.length === 0 ? html`<p class="hint">No candidates left to review.</p>` : nothing}
            <ul class="items drafts">
              ${repeat(bench.pack.drafts, (d) => d.id, (d, index) => {
                const words = wording(bench, d.id);
                return html`<li>
                  <p class="quote">“${d.quote}”</p>
                  <p class="meta">${d.kind}: ${d.written}${words?.stem ? html` · asks “${words.stem}”` : nothing}</p>
                  <div class="row">
                    <button type="button" class="accept" aria-label=${`Accept candidate: ${d.written}`} @click=${() => {
                      this.#commit(acceptDraft(bench, d.id), `Accepted “${d.written}”: it is now a fact, open in the editor.`);
                      void this.#focusAfterRender(`#${this.#id('editor-heading')}`);
                    }}>Accept</button>
                    <button type="button" class="secondary" aria-label=${`Reject candidate: ${d.written}`} @click=${() => {
                      this.#commit(rejectDraft(bench, d.id), `Rejected “${d.written}”.`);
                      // Focus stays in the list: on the candidate that took this one's place.
                      void this.#focusAfterRender(`ul.drafts > li:nth-child(${String(index + 1)}) button.accept`, `#${this.#id('drafts-heading')}`);
                    }}>Reject</button>
                  </div>
                </li>`;
              })}
            </ul>
          </section>
        </div>
        <div>
          <section aria-labelledby=${this.#id('facts-heading')}>
            <h3 id=${this.#id('facts-heading')}>Facts (${facts.length})</h3>
            ${facts.length === 0 ? html`<p class="hint">Accept a candidate to make it a fact.</p>` : nothing}
            <ul class="items">
              ${facts.map((f) => {
                const count = problemsAt(this.problems, 'fact', f.id).length + problemsAt(this.problems, 'relation', f.relation).length;
                return html`<li class=${bench.selected === f.id ? 'current' : ''}>
                  <button type="button" class="secondary" aria-pressed=${bench.selected === f.id ? 'true' : 'false'} @click=${() => {
                    this.#commit(select(bench, f.id));
                  }}>Edit ${f.id}</button>
                  <span class="meta">${count === 0 ? this.#yieldLine(f.id) : `${String(count)} problem${count === 1 ? '' : 's'}`}</span>
                </li>`;
              })}
            </ul>
          </section>
          ${this.#factEditor(bench)} ${this.#entitiesSection(bench)} ${this.#previewSection()}
        </div>
      </div>
    `;
  }

  #packFields(bench: Workbench): TemplateResult {
    const p = bench.pack;
    const packField = (name: 'title' | 'id' | 'asOf', label: string): TemplateResult => {
      const problems = problemsAt(this.problems, 'pack', '', name);
      return html`<div class="field">
        <label for=${this.#id(`pack-${name}`)}>${label}</label>
        <input type="text" id=${this.#id(`pack-${name}`)} .value=${live(p[name])} aria-invalid=${problems.length > 0 ? 'true' : 'false'} aria-describedby=${problems.length > 0 ? this.#id(`pack-${name}-problems`) : nothing} @input=${(e: Event) => {
          this.#commit(updatePackInfo(bench, { [name]: valueOf(e) }));
        }} />
        ${this.#problemList(problems, this.#id(`pack-${name}-problems`))}
      </div>`;
    };
    return html`<fieldset>
      <legend>Pack</legend>
      ${packField('title', 'Pack title')} ${packField('id', 'Pack id')} ${packField('asOf', 'As of (YYYY-MM-DD)')}
      ${this.#problemList(problemsAt(this.problems, 'pack', '').filter((q) => !['title', 'id', 'asOf'].includes(q.field)), this.#id('pack-problems'))}
    </fieldset>`;
  }

  #articleSection(bench: Workbench): TemplateResult {
    const text = articleText(bench);
    const sources = bench.pack.sources;
    return html`<section aria-labelledby=${this.#id('article-heading')}>
      <h3 id=${this.#id('article-heading')}>Article</h3>
      ${sources.length > 1
        ? html`<div class="field">
            <label for=${this.#id('source')}>Source shown</label>
            <select id=${this.#id('source')} @change=${(e: Event) => {
              this.#commit(showSource(bench, valueOf(e)));
            }}>
              ${sources.map((s) => html`<option value=${s.id} .selected=${s.id === bench.source}>${s.title}</option>`)}
            </select>
          </div>`
        : nothing}
      <p class="hint">Candidates are marked in yellow, accepted facts’ quotes in green.</p>
      ${text === ''
        ? html`<p class="hint">The text of this source is not here: quotes can’t be checked or selected.</p>`
        : html`<div class="article" role="region" tabindex="0" aria-label="Article text, candidates marked">${segmentsOf(text, marksOf(bench)).map((s) => {
            if (s.marks.length === 0) return s.text;
            const fact = s.marks.some((m) => m.kind === 'fact');
            const current = s.marks.some((m) => m.id === bench.selected);
            return html`<mark class="${fact ? 'fact' : 'draft'} ${current ? 'selected' : ''}">${s.text}</mark>`;
          })}</div>`}
    </section>`;
  }

  #problemList(problems: readonly PlacedProblem[], id: string): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<ul class="problems" id=${id}>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>`;
  }

  /** `aria-invalid` and `aria-describedby` of a field with problems, and the list to put after it. */
  #checked(problems: readonly PlacedProblem[], name: string): { invalid: 'true' | 'false'; describedBy: string | typeof nothing; list: TemplateResult | typeof nothing } {
    const id = this.#id(`${name}-problems`);
    return { invalid: problems.length > 0 ? 'true' : 'false', describedBy: problems.length > 0 ? id : nothing, list: this.#problemList(problems, id) };
  }

  #yieldLine(factId: string): string {
    const y = this.#yields.get(factId);
    if (y === undefined) return 'not in the preview';
    const made = y.made.reduce((sum, c) => sum + c.count, 0);
    return made === 0 ? 'makes no question' : `makes ${String(made)} question${made === 1 ? '' : 's'}${y.onlyTrueFalse ? ', true/false only' : ''}`;
  }

  // ---- the fact editor ----

  #factEditor(bench: Workbench): TemplateResult | typeof nothing {
    const fact = bench.pack.facts.find((f) => f.id === bench.selected);
    if (fact === undefined) return nothing;
    const relation = bench.pack.relations.find((r) => r.id === fact.relation);
    const at = (field: string): PlacedProblem[] => problemsAt(this.problems, 'fact', fact.id, field);
    const words = wording(bench, fact.id);
    return html`<section aria-labelledby=${this.#id('editor-heading')}>
      <h3 id=${this.#id('editor-heading')} tabindex="-1">Fact ${fact.id}</h3>
      ${this.#problemList(at(''), this.#id('fact-problems'))}
      <div class="wording" aria-live="polite">
        <p><strong>Stem:</strong> <span class="stem">${words?.stem ?? ''}</span></p>
        <p><strong>Statement:</strong> <span class="statement">${words?.statement ?? ''}</span></p>
      </div>
      ${this.#factSelect(bench, fact, 'subject', 'Subject', [{ value: '', label: 'Choose an entity' }, ...bench.pack.entities.map((e) => ({ value: e.id, label: e.label }))])}
      ${this.#factSelect(bench, fact, 'relation', 'Relation', bench.pack.relations.map((r) => ({ value: r.id, label: r.id })))}
      ${relation === undefined ? nothing : html`${this.#relationFields(bench, relation)} ${this.#objectFields(bench, fact, relation)}`}
      ${this.#quoteFields(bench, fact)}
      <div class="yield">
        <h4>Questions it makes</h4>
        ${this.#yieldDetails(fact.id)}
      </div>
      <button type="button" class="secondary" @click=${() => {
        this.#commit(removeFact(bench, fact.id), `Removed the fact ${fact.id}.`);
      }}>Remove this fact</button>
    </section>`;
  }

  /** A fact's subject or relation, picked from a list, with its problems. */
  #factSelect(bench: Workbench, fact: Fact, field: 'subject' | 'relation', label: string, options: { value: string; label: string }[]): TemplateResult {
    const checked = this.#checked(problemsAt(this.problems, 'fact', fact.id, field), field);
    return html`<div class="field">
      <label for=${this.#id(field)}>${label}</label>
      <select id=${this.#id(field)} aria-invalid=${checked.invalid} aria-describedby=${checked.describedBy} @change=${(e: Event) => {
        this.#commit(updateFact(bench, fact.id, { [field]: valueOf(e) }));
      }}>
        ${options.map((o) => html`<option value=${o.value} .selected=${o.value === fact[field]}>${o.label}</option>`)}
      </select>
      ${checked.list}
    </div>`;
  }

  #yieldDetails(factId: string): TemplateResult {
    const y = this.#yields.get(factId);
    if (y === undefined) return html`<p class="hint">None yet: fix its problems and it is played in the preview.</p>`;
    return html`<p>${y.made.length === 0 ? 'No question.' : y.made.map((c) => `${c.kind} (${c.difficulty}) ×${String(c.count)}`).join(', ')}</p>
      ${y.dropped.length === 0 ? nothing : html`<ul class="meta">${y.dropped.map((d) => html`<li>Not asked: ${d.reason}</li>`)}</ul>`}`;
  }

  #relationFields(bench: Workbench, relation: Relation): TemplateResult {
    const at = (field: string): PlacedProblem[] => problemsAt(this.problems, 'relation', relation.id, field);
    const type = relation.object;
    const typeField = this.#checked(at('object'), 'object-type');
    return html`<fieldset>
      <legend>Relation ${relation.id}: its wording and its object</legend>
      ${this.#problemList(at(''), this.#id('relation-problems'))}
      ${TEMPLATE_LABELS.map(([key, label]) => {
        const checked = this.#checked(at(`templates.${key}`), `template-${key}`);
        return html`<div class="field">
          <label for=${this.#id(`template-${key}`)}>${label}</label>
          <input type="text" id=${this.#id(`template-${key}`)} .value=${live(relation.templates[key] ?? '')} aria-invalid=${checked.invalid} aria-describedby=${checked.describedBy} @input=${(e: Event) => {
            this.#commit(setTemplate(bench, relation.id, key, valueOf(e)));
          }} />
          ${checked.list}
        </div>`;
      })}
      <div class="row">
        <div class="field">
          <label for=${this.#id('object-type')}>Object type</label>
          <select id=${this.#id('object-type')} aria-invalid=${typeField.invalid} aria-describedby=${typeField.describedBy} @change=${(e: Event) => {
            this.#commit(updateRelation(bench, relation.id, { object: this.#objectType(bench, valueOf(e)) }));
          }}>
            ${(['entity', 'date', 'number', 'text'] as const).map((t) => html`<option value=${t} .selected=${t === type.type}>${t}</option>`)}
          </select>
          ${typeField.list}
        </div>
        <div class="field">
          <label for=${this.#id('cardinality')}>Objects per subject</label>
          <select id=${this.#id('cardinality')} @change=${(e: Event) => {
            this.#commit(updateRelation(bench, relation.id, { cardinality: valueOf(e) as Relation['cardinality'] }));
          }}>
            <option value="one" .selected=${relation.cardinality === 'one'}>one</option>
            <option value="many" .selected=${relation.cardinality === 'many'}>many</option>
          </select>
        </div>
        ${relation.cardinality === 'many'
          ? html`<div class="check">
              <input type="checkbox" id=${this.#id('closed')} aria-describedby=${this.#id('closed-hint')} .checked=${live(relation.closed === true)} @change=${(e: Event) => {
                this.#commit(updateRelation(bench, relation.id, { closed: (e.target as HTMLInputElement).checked ? true : undefined }));
              }} />
              <label for=${this.#id('closed')}>The pack lists every true object (closed)</label>
              <p class="hint" id=${this.#id('closed-hint')}>Only when the article justifies it: then any other object of the class is a wrong answer.</p>
            </div>`
          : nothing}
        ${type.type === 'entity'
          ? html`<div class="field">
              <label for=${this.#id('object-class')}>Class of the objects</label>
              <select id=${this.#id('object-class')} @change=${(e: Event) => {
                this.#commit(updateRelation(bench, relation.id, { object: { type: 'entity', class: valueOf(e) } }));
              }}>
                ${bench.pack.classes.map((c) => html`<option value=${c.id} .selected=${c.id === type.class}>${c.label}</option>`)}
              </select>
            </div>`
          : nothing}
        ${type.type === 'number'
          ? html`<div class="field">
                <label for=${this.#id('unit')}>Unit</label>
                <input type="text" id=${this.#id('unit')} .value=${live(type.unit)} @input=${(e: Event) => {
                  this.#commit(updateRelation(bench, relation.id, { object: { ...type, unit: valueOf(e) } }));
                }} />
              </div>
              <div class="field">
                <label for=${this.#id('unit-plural')}>Unit, plural</label>
                <input type="text" id=${this.#id('unit-plural')} .value=${live(type.unitPlural ?? '')} @input=${(e: Event) => {
                  this.#commit(updateRelation(bench, relation.id, { object: { ...type, unitPlural: valueOf(e) || undefined } }));
                }} />
              </div>`
          : nothing}
      </div>
    </fieldset>`;
  }

  #objectType(bench: Workbench, type: string): ObjectType {
    if (type === 'entity') return { type: 'entity', class: bench.pack.classes[0]?.id ?? '' };
    if (type === 'number') return { type: 'number', unit: 'time', unitPlural: 'times' };
    return type === 'date' ? { type: 'date' } : { type: 'text' };
  }

  #objectFields(bench: Workbench, fact: Fact, relation: Relation): TemplateResult {
    const values = fact.objects ?? (fact.object === undefined ? [] : [fact.object]);
    const field = fact.objects === undefined ? 'object' : 'objects';
    const checked = this.#checked(problemsAt(this.problems, 'fact', fact.id, field), 'object');
    const set = (i: number, value: ObjectValue): void => {
      const next = [...values];
      next[i] = value;
      this.#commit(setObjects(bench, fact.id, next));
    };
    return html`<fieldset aria-describedby=${checked.describedBy}>
      <legend>Object${values.length === 1 ? '' : 's'} (${relation.object.type})</legend>
      ${checked.list}
      ${values.map((value, i) => html`<div class="object">
        ${this.#objectEditor(bench, relation, value, i, checked.invalid, (v) => {
          set(i, v);
        })}
        ${values.length > 1
          ? html`<button type="button" class="secondary" @click=${() => {
              this.#commit(setObjects(bench, fact.id, values.filter((_, k) => k !== i)));
            }}>Remove object ${i + 1}</button>`
          : nothing}
      </div>`)}
      <button type="button" class="secondary" @click=${() => {
        this.#commit(setObjects(bench, fact.id, [...values, this.#blankObject(bench, relation)]));
      }}>Add an object</button>
      ${relation.object.type === 'number' ? this.#numberBounds(bench, fact) : nothing}
    </fieldset>`;
  }

  /** Where a number's wrong answers may fall: `bounds.min` and `bounds.max` of the fact. */
  #numberBounds(bench: Workbench, fact: Fact): TemplateResult {
    const checked = this.#checked(problemsAt(this.problems, 'fact', fact.id, 'bounds'), 'bounds');
    const bound = (key: 'min' | 'max', label: string): TemplateResult => html`<div class="field">
      <label for=${this.#id(`bounds-${key}`)}>${label}</label>
      <input type="number" id=${this.#id(`bounds-${key}`)} aria-invalid=${checked.invalid} aria-describedby=${checked.describedBy} .value=${live(fact.bounds?.[key] === undefined ? '' : String(fact.bounds[key]))} @input=${(e: Event) => {
        const n = (e.target as HTMLInputElement).valueAsNumber;
        this.#commit(setNumberBound(bench, fact.id, key, Number.isFinite(n) ? n : undefined));
      }} />
    </div>`;
    return html`<div class="row">${bound('min', 'Wrong answers no lower than')} ${bound('max', 'Wrong answers no higher than')}</div>${checked.list}`;
  }

  #blankObject(bench: Workbench, relation: Relation): ObjectValue {
    switch (relation.object.type) {
      case 'date':
        return { date: bench.pack.asOf, precision: 'day' };
      case 'number':
        return 0;
      case 'text':
        return '';
      case 'entity': {
        const cls = relation.object.class;
        return bench.pack.entities.find((e) => e.class === cls || (Array.isArray(e.class) && e.class.includes(cls)))?.id ?? '';
      }
    }
  }

  #objectEditor(bench: Workbench, relation: Relation, value: ObjectValue, i: number, invalid: string, set: (v: ObjectValue) => void): TemplateResult {
    const id = (name: string): string => this.#id(`object-${String(i)}-${name}`);
    const n = String(i + 1);
    switch (relation.object.type) {
      case 'entity':
        return html`<div class="field">
          <label for=${id('entity')}>Object ${n}: entity</label>
          <select id=${id('entity')} aria-invalid=${invalid} @change=${(e: Event) => {
            set(valueOf(e));
          }}>
            <option value="" .selected=${value === ''}>Choose an entity</option>
            ${bench.pack.entities.map((e) => html`<option value=${e.id} .selected=${e.id === value}>${e.label}</option>`)}
          </select>
        </div>`;
      case 'text':
        return html`<div class="field">
          <label for=${id('text')}>Object ${n}: text</label>
          <input type="text" id=${id('text')} aria-invalid=${invalid} .value=${live(typeof value === 'string' ? value : '')} @input=${(e: Event) => {
            set(valueOf(e));
          }} />
        </div>`;
      case 'number': {
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
      case 'date': {
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
    }
  }

  #quoteFields(bench: Workbench, fact: Fact): TemplateResult {
    const quote = this.#checked(problemsAt(this.problems, 'fact', fact.id, 'quote'), 'quote');
    const text = articleText(bench);
    return html`<fieldset>
      <legend>Quote</legend>
      <blockquote class="current-quote" id=${this.#id('quote-now')}>${fact.quote}</blockquote>
      ${quote.list}
      ${text === ''
        ? nothing
        : html`<div class="field">
              <label for=${this.#id('quote-text')}>Select the quote in the article</label>
              <!-- Not readonly: Chromium moves no caret in a readonly textarea, so the keyboard could not select. Edits are refused instead. -->
              <textarea id=${this.#id('quote-text')} aria-readonly="true" spellcheck="false" rows="6" @beforeinput=${refuseEdit} @input=${(e: Event) => {
                (e.target as HTMLTextAreaElement).value = text;
              }} aria-invalid=${quote.invalid} aria-describedby=${quote.describedBy === nothing ? this.#id('quote-hint') : `${this.#id('quote-hint')} ${quote.describedBy}`} .value=${text}></textarea>
              <p class="hint" id=${this.#id('quote-hint')}>The article’s words can’t be changed here. With the keyboard: move with the arrow keys, hold Shift to select, then use the button.</p>
            </div>
            <button type="button" aria-describedby=${this.#id('quote-now')} @click=${() => {
              this.#useSelection(bench, fact);
            }}>Use the selected text as the quote</button>`}
    </fieldset>`;
  }

  #useSelection(bench: Workbench, fact: Fact): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.#id('quote-text')}`);
    const start = area?.selectionStart ?? 0;
    const end = area?.selectionEnd ?? 0;
    if (start === end) {
      this.status = 'Select the words of the quote in the article text first.';
      return;
    }
    this.#commit(setQuote(bench, fact.id, start, end), 'Quote set from the selected text.');
  }

  protected override updated(changed: PropertyValues): void {
    // The quote's place in the article is selected, so the author adjusts it from there.
    const bench = this.bench;
    const previous = changed.get('bench') as Workbench | undefined;
    if (bench?.selected === undefined || previous?.selected === bench.selected) return;
    const fact = bench.pack.facts.find((f) => f.id === bench.selected);
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.#id('quote-text')}`);
    const at = fact === undefined || area === null ? -1 : area.value.indexOf(fact.quote);
    if (area !== null && fact !== undefined && at >= 0) area.setSelectionRange(at, at + fact.quote.length);
  }

  /** After the next render, focus the first of `selectors` that is there. */
  async #focusAfterRender(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target !== null) {
        target.focus();
        return;
      }
    }
  }

  // ---- entities and classes ----

  #entitiesSection(bench: Workbench): TemplateResult {
    return html`<section aria-labelledby=${this.#id('entities-heading')}>
      <h3 id=${this.#id('entities-heading')}>Entities and classes</h3>
      <form class="row" aria-label="New entity" @submit=${(e: Event) => {
        this.#onNew(e, bench, 'entity');
      }}>
        <div class="field">
          <label for=${this.#id('entity-label')}>New entity’s name</label>
          <input type="text" id=${this.#id('entity-label')} name="label" required />
        </div>
        <div class="field">
          <label for=${this.#id('entity-class')}>Its class</label>
          <select id=${this.#id('entity-class')} name="class">
            ${bench.pack.classes.map((c) => html`<option value=${c.id}>${c.label}</option>`)}
          </select>
        </div>
        <button type="submit">Add entity</button>
      </form>
      <form class="row" aria-label="New class" @submit=${(e: Event) => {
        this.#onNew(e, bench, 'class');
      }}>
        <div class="field">
          <label for=${this.#id('class-label')}>New class (a singular noun)</label>
          <input type="text" id=${this.#id('class-label')} name="label" required />
        </div>
        <div class="field">
          <label for=${this.#id('class-parent')}>Broader class</label>
          <select id=${this.#id('class-parent')} name="parent">
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
            const problems = problemsAt(this.problems, 'entity', e.id);
            const checked = this.#checked(problems, `entity-${e.id}`);
            const classes = Array.isArray(e.class) ? e.class : [e.class];
            return html`<li class="row">
              <label for=${this.#id(`entity-${e.id}-class`)}>${e.label}</label>
              <select id=${this.#id(`entity-${e.id}-class`)} aria-invalid=${checked.invalid} aria-describedby=${checked.describedBy} @change=${(event: Event) => {
                this.#commit(updateEntity(bench, e.id, { class: valueOf(event) }));
              }}>
                ${classes.length > 1 ? html`<option value=${classes[0] ?? ''} selected>${classes.join(', ')}</option>` : nothing}
                ${bench.pack.classes.map((c) => html`<option value=${c.id} .selected=${classes.length === 1 && c.id === classes[0]}>${c.label}</option>`)}
              </select>
              ${checked.list}
            </li>`;
          })}
        </ul>
      </details>
    </section>`;
  }

  /** The New entity and New class forms: an id made from the label, the form emptied for the next. */
  #onNew(event: Event, bench: Workbench, kind: 'entity' | 'class'): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const label = formText(form, 'label');
    if (label === '') return;
    const { bench: next, id } = kind === 'entity' ? addEntity(bench, label, formText(form, 'class')) : addClass(bench, label, formText(form, 'parent'));
    form.reset();
    this.#commit(next, `Added the ${kind} “${label}” (${id}).`);
  }

  // ---- the preview ----

  #previewSection(): TemplateResult {
    const playable = this.playable;
    return html`<section aria-labelledby=${this.#id('preview-heading')}>
      <h3 id=${this.#id('preview-heading')}>Preview</h3>
      ${playable === undefined
        ? html`<p class="hint">The quiz appears here once a fact has no problem left.</p>`
        : html`<p class="hint">
              The quiz as a reader gets it, from ${playable.pack.facts.length} fact${playable.pack.facts.length === 1 ? '' : 's'}${playable.left.length > 0 ? html`; left out for their problems: ${playable.left.join(', ')}` : nothing}.
            </p>
            <fact-quiz .pack=${playable.pack} no-intro seed="author-preview"></fact-quiz>`}
    </section>`;
  }

  // ---- changes, autosave, files ----

  #setForm(patch: Partial<ArticleForm>): void {
    this.form = { ...this.form, ...patch };
    this.#schedule();
  }

  /** A new workbench: rendered now, written to localStorage shortly (and on leaving the page). */
  #commit(next: Workbench | undefined, message?: string): void {
    this.bench = next;
    if (message !== undefined) this.status = message;
    this.#schedule();
  }

  #schedule(): void {
    this.saveState = 'pending';
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.#flush, AUTOSAVE_DELAY);
  }

  /** Writes the work to localStorage now. */
  readonly #flush = (): void => {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (this.saveState !== 'pending') return;
    try {
      if (this.bench === undefined) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, serialise(this.bench));
      localStorage.setItem(`${this.storageKey}:article`, JSON.stringify(this.form));
      this.saveState = 'saved';
    } catch {
      this.saveState = 'failed';
    }
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#flush();
  };

  /** Saves now what is pending: for a page about to close, and for tests. */
  flush(): void {
    this.#flush();
  }

  #restore(): void {
    try {
      const bench = restore(localStorage.getItem(this.storageKey));
      if (bench !== undefined) this.bench = bench;
      const form = JSON.parse(localStorage.getItem(`${this.storageKey}:article`) ?? 'null') as Partial<ArticleForm> | null;
      if (form !== null && typeof form === 'object') this.form = { ...emptyForm(), ...form };
    } catch {
      // Nothing usable was kept: start afresh.
    }
  }

  #onDraft(event: Event): void {
    event.preventDefault();
    const f = this.form;
    if (f.text.trim() === '') {
      this.status = 'Paste the article’s text first.';
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(f.date)) {
      this.status = 'Give the day the article was published as YYYY-MM-DD.';
      return;
    }
    const bench = startWorkbench(f.text, {
      date: f.date,
      lang: f.lang,
      ...(f.title.trim() === '' ? {} : { title: f.title.trim() }),
      ...(f.publisher.trim() === '' ? {} : { publisher: f.publisher.trim() }),
      ...(f.url.trim() === '' ? {} : { url: f.url.trim() }),
    });
    this.#commit(bench, `Found ${String(bench.pack.drafts.length)} candidate facts and ${String(bench.pack.entities.length)} entities.`);
  }

  async #onFiles(event: Event): Promise<void> {
    const files = [...((event.target as HTMLInputElement).files ?? [])];
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    const packFile = read.find((f) => f.name.toLowerCase().endsWith('.json'));
    const texts = Object.fromEntries(read.filter((f) => f !== packFile).map((f) => [f.name, f.text]));
    if (packFile === undefined) {
      const [first] = read;
      if (first !== undefined) this.#setForm({ text: first.text, title: this.form.title || first.name.replace(/\.[^.]*$/u, '') });
      this.status = first === undefined ? '' : `Read ${first.name}: check the details and find its candidate facts.`;
      return;
    }
    let pack: Pack | undefined;
    try {
      pack = packFromJson(JSON.parse(packFile.text));
    } catch {
      pack = undefined;
    }
    if (pack === undefined) {
      this.status = `${packFile.name} is not a fact pack.`;
      return;
    }
    this.#commit(openPack(pack, texts), `Opened ${packFile.name}.`);
  }

  async #onOpenBuiltin(): Promise<void> {
    const pack = this.builtinPack;
    const texts: Record<string, string> = {};
    const base = this.sourcesUrl;
    if (base !== undefined) {
      await Promise.all(
        pack.sources.map(async (s) => {
          if (s.text === undefined) return;
          try {
            const response = await fetch(new URL(s.text, new URL(base, document.baseURI)));
            if (response.ok) texts[s.text] = await response.text();
          } catch {
            // The text is not there: its quotes are not checked.
          }
        }),
      );
    }
    this.#commit(openPack(pack, texts), `Opened “${pack.title}”.`);
  }

  #onStartOver(): void {
    this.confirmingStartOver = false;
    this.form = emptyForm();
    this.#commit(undefined, 'Started over: the work was discarded.');
    this.#flush();
  }

  #onSave(): void {
    const bench = this.bench;
    if (bench === undefined) return;
    const files = filesToSave(bench);
    this.lastSaved = files;
    for (const file of files) this.saveFile(new Blob([file.text], { type: file.type }), file.name);
    const count = this.problems.length;
    this.status = `Saved ${files.map((f) => f.name).join(' and ')}${count === 0 ? '.' : `, with ${String(count)} problem${count === 1 ? '' : 's'} to fix.`}`;
    this.dispatchEvent(new CustomEvent<AuthorSaveDetail>('fact-quiz-author-save', { detail: { files }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-quiz-author': FactQuizAuthor;
  }
  interface GlobalEventHandlersEventMap {
    'fact-quiz-author-save': CustomEvent<AuthorSaveDetail>;
  }
}
