/**
 * `<fact-quiz-author>`: the authoring page. Paste or open an article, review the
 * candidates highlighted in it, edit each fact (quote by selection, subject, typed object,
 * relation templates with the stem and statement as the quiz will word them), see each
 * fact's problems and yield, play the pack in the real `<fact-quiz>`, and save the pack
 * with its text. The model (workbench.ts) does the work; the views (views/) draw each part
 * of the page; this element holds the state, handles the events and keeps the work in
 * `localStorage` after every change. Every text is rendered as text.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Fact, Pack } from '../engine/pack.js';
import type { FactYield } from '../engine/report.js';
import { stateVisitPack } from '../default-pack.js';
import { saveBlob } from '../classroom/print-and-save.js';
import { authorStyles } from './author.styles.js';
import { AutosaveController } from './autosave.js';
import {
  acceptDraft,
  addClass,
  addEntity,
  filesToSave,
  openPack,
  packFromJson,
  playablePack,
  problemsOf,
  rejectDraft,
  restore,
  serialise,
  quoteFromWords,
  setQuote,
  startWorkbench,
  yieldsOf,
  type Playable,
  type PlacedProblem,
  type SavedFile,
  type Workbench,
} from './workbench.js';
import type { DraftFact } from './candidates.js';
import { articleView } from './views/article.js';
import { candidateListView } from './views/candidate-list.js';
import { entitiesView } from './views/entities.js';
import { factEditorView } from './views/fact-editor.js';
import { factListView } from './views/fact-list.js';
import { packInfoView } from './views/pack-info.js';
import { previewView } from './views/preview.js';
import { saveBarView } from './views/save-bar.js';
import { startView, type ArticleForm } from './views/start.js';
import type { WorkProps } from './views/work.js';

/** Detail of `fact-quiz-author-save`: the files the Save button gave the browser. */
export interface AuthorSaveDetail {
  files: SavedFile[];
}

let instances = 0;

const today = (): string => new Date().toISOString().slice(0, 10);
const emptyForm = (): ArticleForm => ({ text: '', title: '', date: today(), publisher: '', url: '', lang: 'en' });

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
  readonly #autosave = new AutosaveController(this, () => {
    this.#write();
  });
  #restored = false;

  constructor() {
    super();
    this.storageKey = 'fact-quiz-author';
    this.sourcesUrl = undefined;
    this.builtinPack = stateVisitPack;
    this.bench = undefined;
    this.form = emptyForm();
    this.status = '';
    this.confirmingStartOver = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#restored) {
      this.#restored = true;
      this.#restore();
    }
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

  #id = (name: string): string => `${this.#prefix}-${name}`;

  #startView(): TemplateResult {
    const onFiles = (event: Event): void => void this.#onFiles(event);
    const onOpenBuiltin = (): void => void this.#onOpenBuiltin();
    return startView({ id: this.#id, form: this.form, onForm: this.#setForm, onDraft: this.#onDraft, onFiles, onOpenBuiltin });
  }

  #workView(bench: Workbench): TemplateResult {
    const work: WorkProps = { bench, problems: this.problems, id: this.#id, commit: this.#commit };
    const yields = this.#yields;
    const bar = { title: bench.pack.title, saveState: this.#autosave.state, confirmingStartOver: this.confirmingStartOver, onSave: this.#onSave, onStartOver: this.#onStartOver };
    return html`
      ${saveBarView({ ...bar, onConfirmStartOver: (asking) => (this.confirmingStartOver = asking) })}
      <div class="columns">
        <div>
          ${packInfoView(work)} ${articleView(work)}
          ${candidateListView({ ...work, onAccept: (draft) => {
            this.#onAccept(bench, draft);
          }, onReject: (draft, index) => {
            this.#onReject(bench, draft, index);
          } })}
        </div>
        <div>
          ${factListView({ ...work, yields })}
          ${factEditorView({ ...work, yields, onUseSelection: (fact) => {
            this.#useSelection(bench, fact);
          }, onQuoteWords: (fact, typed) => {
            this.#quoteWords(bench, fact, typed);
          } })}
          ${entitiesView({ ...work, onNew: (event, kind) => {
            this.#onNew(event, bench, kind);
          } })}
          ${previewView({ id: this.#id, playable: this.playable })}
        </div>
      </div>
    `;
  }

  // ---- reviewing the candidates and editing the facts ----

  /** Focus goes to the new fact's editor. */
  #onAccept(bench: Workbench, draft: DraftFact): void {
    this.#commit(acceptDraft(bench, draft.id), `Accepted “${draft.written}”: it is now a fact, open in the editor.`);
    void this.#focusAfterRender(`#${this.#id('editor-heading')}`);
  }

  #onReject(bench: Workbench, draft: DraftFact, index: number): void {
    this.#commit(rejectDraft(bench, draft.id), `Rejected “${draft.written}”.`);
    // Focus stays in the list: on the candidate that took this one's place.
    void this.#focusAfterRender(`ul.drafts > li:nth-child(${String(index + 1)}) button.accept`, `#${this.#id('drafts-heading')}`);
  }

  /** The quote becomes the text selected in the article's textarea. */
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

  /** The quote becomes the article's words that the author typed, if the article has them. */
  #quoteWords(bench: Workbench, fact: Fact, typed: string): void {
    const next = quoteFromWords(bench, fact.id, typed);
    if (next === undefined) this.status = 'These words are not in the article: the quote is unchanged.';
    else this.#commit(next, 'Quote set from the words typed.');
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

  // ---- changes, autosave, files ----

  readonly #setForm = (patch: Partial<ArticleForm>): void => {
    this.form = { ...this.form, ...patch };
    this.#autosave.schedule();
  };

  /** A new workbench: rendered now, written to localStorage shortly (and on leaving the page). */
  readonly #commit = (next: Workbench | undefined, message?: string): void => {
    this.bench = next;
    if (message !== undefined) this.status = message;
    this.#autosave.schedule();
  };

  /** Writes the work to localStorage: the autosave calls it, and it throws when the browser refuses. */
  #write(): void {
    if (this.bench === undefined) localStorage.removeItem(this.storageKey);
    else localStorage.setItem(this.storageKey, serialise(this.bench));
    localStorage.setItem(`${this.storageKey}:article`, JSON.stringify(this.form));
  }

  /** Saves now what is pending: for a page about to close, and for tests. */
  flush(): void {
    this.#autosave.flush();
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

  readonly #onDraft = (event: Event): void => {
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
  };

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

  readonly #onStartOver = (): void => {
    this.confirmingStartOver = false;
    this.form = emptyForm();
    this.#commit(undefined, 'Started over: the work was discarded.');
    this.#autosave.flush();
  };

  readonly #onSave = (): void => {
    const bench = this.bench;
    if (bench === undefined) return;
    const files = filesToSave(bench);
    this.lastSaved = files;
    for (const file of files) this.saveFile(new Blob([file.text], { type: file.type }), file.name);
    const count = this.problems.length;
    this.status = `Saved ${files.map((f) => f.name).join(' and ')}${count === 0 ? '.' : `, with ${String(count)} problem${count === 1 ? '' : 's'} to fix.`}`;
    this.dispatchEvent(new CustomEvent<AuthorSaveDetail>('fact-quiz-author-save', { detail: { files }, bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-quiz-author': FactQuizAuthor;
  }
  interface GlobalEventHandlersEventMap {
    'fact-quiz-author-save': CustomEvent<AuthorSaveDetail>;
  }
}

