/**
 * `<fact-quiz-classroom>`: the teacher page. A form of settings; versions A, B, C…
 * previewed; Print and one Download button per format. The model (model.ts) makes
 * everything; this element holds the settings and renders. Every text from a pack goes
 * through Lit's text bindings: no markup is ever built from strings.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DIFFICULTIES, KINDS, letter, type Difficulty, type Pack, type Question, type QuestionKind, type Quiz } from '../engine/index.js';
import type { Format } from '../exporters/index.js';
import { MAX_PACK_BYTES } from '../engine/limits.js';
import { stateVisitPack } from '../default-pack.js';
import {
  DEFAULT_SETTINGS,
  FILE_FORMATS,
  KIND_LABELS,
  MAX_VERSIONS,
  makeClassroom,
  newSeed,
  readPackFile,
  worksheetHtml,
  type Classroom,
  type ClassroomSettings,
  type Download,
  type PackFile,
} from './model.js';
import { adoptClassroomStyles } from './classroom.styles.js';
import { printInFrame, saveBlob } from './print-and-save.js';

/** Problems listed at most; a file with more is not worth reading line by line. */
const MAX_PROBLEMS_SHOWN = 50;

const DIFFICULTY_LABELS: Record<Difficulty | 'mixed', string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  mixed: 'Mixed',
};

let instances = 0;

/**
 * The classroom page: settings, a preview of every version, Print and Downloads.
 * Renders into its own light DOM (a page's stylesheet can reach every part, and the
 * preview prints with the page); its own styles (classroom.styles.ts) are added once to
 * the document or shadow root it sits in, in a cascade layer so any page rule wins.
 *
 * @tagname fact-quiz-classroom
 * @cssprop [--fact-quiz-accent=#0b57d0] - Buttons, ticks and the focus ring.
 * @cssprop [--fact-quiz-accent-fg=#fff] - Text on the accent colour.
 * @cssprop [--fact-quiz-bg=#fff] - Background of the cards (form groups, files, preview).
 * @cssprop [--fact-quiz-fg=#1b1c1f] - Text.
 * @cssprop [--fact-quiz-muted=#53575e] - Hints and secondary text.
 * @cssprop [--fact-quiz-border=#767a82] - Borders of fields and disabled buttons.
 * @cssprop [--fact-quiz-correct=#146c2e] - The keys, when shown.
 */
export class FactQuizClassroom extends LitElement {
  static override properties = {
    builtinPack: { attribute: false },
    settings: { attribute: false },
    showKeys: { attribute: false },
    packChoice: { state: true },
    packFile: { state: true },
    readingFile: { state: true },
  };

  /** The pack offered without a file. Default: the state-visit pack. */
  declare builtinPack: Pack;
  /** Everything the quiz and worksheet are made from. An empty seed gets a new one on connect. */
  declare settings: ClassroomSettings;
  /** Whether the preview marks the keys. Default false: the screen may be on a projector. */
  declare showKeys: boolean;
  declare private packChoice: 'builtin' | 'file';
  declare private packFile: PackFile | undefined;
  declare private readingFile: string | undefined;

  /** Saves a download; tests replace it. */
  saveFile: (blob: Blob, fileName: string) => void = saveBlob;
  /** Prints an HTML document; tests replace it. */
  printHtml: (documentHtml: string) => void = printInFrame;

  /** The versions and files for the current settings; made before each render. */
  classroom: Classroom | undefined;

  readonly #prefix = `classroom-${String(++instances)}`;
  #fileReads = 0;

  constructor() {
    super();
    this.builtinPack = stateVisitPack;
    this.settings = { ...DEFAULT_SETTINGS };
    this.showKeys = false;
    this.packChoice = 'builtin';
    this.packFile = undefined;
    this.readingFile = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptClassroomStyles(this.getRootNode());
    if (this.settings.seed === '') this.settings = { ...this.settings, seed: newSeed() };
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['builtinPack', 'settings', 'packChoice', 'packFile'] as const;
    if (this.classroom === undefined || inputs.some((name) => changed.has(name))) {
      const pack = this.pack;
      this.classroom = pack === undefined ? undefined : makeClassroom(pack, this.settings);
    }
  }

  /** The pack the quiz is made from: the built-in one, or a valid file; else undefined. */
  get pack(): Pack | undefined {
    if (this.packChoice === 'builtin') return this.builtinPack;
    return this.packFile?.ok === true ? this.packFile.pack : undefined;
  }

  protected override render(): TemplateResult {
    const classroom = this.classroom;
    return html`
      <form class="settings" aria-label="Quiz settings" @submit=${this.#onSubmit}>
        ${this.#packFields()} ${this.#questionFields()} ${this.#versionFields()} ${this.#worksheetFields()}
      </form>
      <div class="output">
        <div class="alert ${this.#hasError() ? 'alert--shown' : ''}" role="alert">${this.#errorContent()}</div>
        <p class="summary" role="status">${this.#summary()}</p>
        ${classroom?.ok === true ? html`${this.#filesSection(classroom)} ${this.#previewSection(classroom.versions)}` : nothing}
      </div>
    `;
  }

  // ---- the form ----

  #id(name: string): string {
    return `${this.#prefix}-${name}`;
  }

  #packFields(): TemplateResult {
    const file = this.packFile;
    const pack = this.pack;
    return html`
      <fieldset>
        <legend>Fact pack</legend>
        <div class="check">
          <input type="radio" id=${this.#id('pack-builtin')} name=${this.#id('pack')} value="builtin" .checked=${live(this.packChoice === 'builtin')} @change=${this.#onPackChoice} />
          <label for=${this.#id('pack-builtin')}>Built-in: ${this.builtinPack.title}</label>
        </div>
        <div class="check">
          <input type="radio" id=${this.#id('pack-file-choice')} name=${this.#id('pack')} value="file" .checked=${live(this.packChoice === 'file')} @change=${this.#onPackChoice} />
          <label for=${this.#id('pack-file-choice')}>A pack file of your own</label>
        </div>
        <div class="field">
          <label for=${this.#id('pack-file')}>Pack file (JSON)</label>
          <input
            type="file"
            id=${this.#id('pack-file')}
            accept=".json,application/json"
            aria-describedby=${this.#id('pack-info')}
            aria-invalid=${this.packChoice === 'file' && file?.ok === false ? 'true' : 'false'}
            @change=${this.#onFile}
          />
        </div>
        <p class="hint" id=${this.#id('pack-info')}>
          ${this.#packInfo(pack, file)}
        </p>
      </fieldset>
    `;
  }

  #packInfo(pack: Pack | undefined, file: PackFile | undefined): string {
    if (this.readingFile !== undefined) return `Reading ${this.readingFile}…`;
    if (pack !== undefined) {
      const from = this.packChoice === 'file' && file?.ok === true ? ` From ${file.name}.` : '';
      return `“${pack.title}”: ${String(pack.facts.length)} facts, as of ${pack.asOf}.${from}`;
    }
    if (file?.ok === false) {
      const problems = file.problems.length === 1 ? 'a problem' : `${String(file.problems.length)} problems`;
      return `${file.name} can’t be used: it has ${problems}, listed after the settings.`;
    }
    return 'Choose a fact pack file (JSON), as described in the README.';
  }

  #questionFields(): TemplateResult {
    const s = this.settings;
    return html`
      <fieldset>
        <legend>Questions</legend>
        <div class="field">
          <label for=${this.#id('seed')}>Seed</label>
          <div class="row">
            <input
              type="text"
              id=${this.#id('seed')}
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${this.#id('seed-hint')}
              .value=${live(s.seed)}
              @change=${(e: Event) => {
                this.#set({ seed: (e.target as HTMLInputElement).value });
              }}
            />
            <button type="button" @click=${this.#onNewSeed}>New seed</button>
          </div>
          <p class="hint" id=${this.#id('seed-hint')}>The same seed, pack and settings make the same quiz again: write it down.</p>
        </div>
        <div class="field">
          <label for=${this.#id('count')}>Questions per version</label>
          <input
            type="number"
            id=${this.#id('count')}
            min="1"
            step="1"
            inputmode="numeric"
            .value=${live(Number.isNaN(s.count) ? '' : String(s.count))}
            @change=${(e: Event) => {
              this.#set({ count: (e.target as HTMLInputElement).valueAsNumber });
            }}
          />
        </div>
        <fieldset class="group">
          <legend>Kinds of question</legend>
          ${KINDS.map(
            (kind) => html`
              <div class="check">
                <input type="checkbox" id=${this.#id(`kind-${kind}`)} value=${kind} .checked=${live(s.kinds.includes(kind))} @change=${this.#onKind} />
                <label for=${this.#id(`kind-${kind}`)}>${KIND_LABELS[kind]}</label>
              </div>
            `,
          )}
        </fieldset>
        <div class="field">
          <label for=${this.#id('difficulty')}>Difficulty</label>
          <select
            id=${this.#id('difficulty')}
            @change=${(e: Event) => {
              this.#set({ difficulty: (e.target as HTMLSelectElement).value as Difficulty | 'mixed' });
            }}
          >
            ${DIFFICULTIES.map((d) => html`<option value=${d} .selected=${d === s.difficulty}>${DIFFICULTY_LABELS[d]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${this.#id('options')}>Options per question</label>
          <select
            id=${this.#id('options')}
            aria-describedby=${this.#id('options-hint')}
            @change=${(e: Event) => {
              this.#set({ options: Number((e.target as HTMLSelectElement).value) });
            }}
          >
            ${[3, 4, 5].map((n) => html`<option value=${n} .selected=${n === s.options}>${n}</option>`)}
          </select>
          <p class="hint" id=${this.#id('options-hint')}>True-or-false questions always have two.</p>
        </div>
      </fieldset>
    `;
  }

  #versionFields(): TemplateResult {
    const s = this.settings;
    const counts = Array.from({ length: MAX_VERSIONS }, (_, i) => i + 1);
    return html`
      <fieldset>
        <legend>Versions</legend>
        <div class="field">
          <label for=${this.#id('versions')}>Number of versions</label>
          <select
            id=${this.#id('versions')}
            @change=${(e: Event) => {
              this.#set({ versions: Number((e.target as HTMLSelectElement).value) });
            }}
          >
            ${counts.map((n) => html`<option value=${n} .selected=${n === s.versions}>${n === 1 ? '1 (A)' : `${String(n)} (A to ${letter(n - 1)})`}</option>`)}
          </select>
        </div>
        <div class="check">
          <input
            type="checkbox"
            id=${this.#id('distinct')}
            aria-describedby=${this.#id('distinct-hint')}
            .checked=${live(s.distinct)}
            @change=${(e: Event) => {
              this.#set({ distinct: (e.target as HTMLInputElement).checked });
            }}
          />
          <label for=${this.#id('distinct')}>Different questions in each version</label>
        </div>
        <p class="hint" id=${this.#id('distinct-hint')}>
          Unticked, every version asks version A’s questions in its own order, with the options drawn again. Ticked, each version uses facts the others don’t, as far as the pack allows.
        </p>
      </fieldset>
    `;
  }

  #worksheetFields(): TemplateResult {
    const s = this.settings;
    return html`
      <fieldset>
        <legend>Worksheet</legend>
        <div class="field">
          <label for=${this.#id('title')}>Title</label>
          <input
            type="text"
            id=${this.#id('title')}
            aria-describedby=${this.#id('title-hint')}
            placeholder=${this.pack?.title ?? ''}
            .value=${live(s.title)}
            @change=${(e: Event) => {
              this.#set({ title: (e.target as HTMLInputElement).value });
            }}
          />
          <p class="hint" id=${this.#id('title-hint')}>Left empty, the pack’s title.</p>
        </div>
        <fieldset class="group">
          <legend>Paper</legend>
          ${(['a4', 'letter'] as const).map(
            (paper) => html`
              <div class="check">
                <input type="radio" id=${this.#id(`paper-${paper}`)} name=${this.#id('paper')} value=${paper} .checked=${live(s.paper === paper)} @change=${this.#onPaper} />
                <label for=${this.#id(`paper-${paper}`)}>${paper === 'a4' ? 'A4' : 'US Letter'}</label>
              </div>
            `,
          )}
        </fieldset>
      </fieldset>
    `;
  }

  // ---- what the settings made ----

  #hasError(): boolean {
    return (this.packChoice === 'file' && this.packFile?.ok === false) || this.classroom?.ok === false;
  }

  #errorContent(): TemplateResult | typeof nothing {
    const file = this.packFile;
    if (this.packChoice === 'file' && file?.ok === false) {
      const shown = file.problems.slice(0, MAX_PROBLEMS_SHOWN);
      const more = file.problems.length - shown.length;
      return html`<p><strong>${file.name} can’t be used as a fact pack.</strong> ${file.problems.length === 1 ? 'One problem' : `${String(file.problems.length)} problems`}, each with where it is in the file:</p>
        <ul class="problems">
          ${shown.map((p) => html`<li><code class="path">${p.path === '' ? '(the whole file)' : p.path}</code> ${p.message}</li>`)}
        </ul>
        ${more > 0 ? html`<p>…and ${more} more.</p>` : nothing}`;
    }
    if (this.classroom?.ok === false) return html`<p>${this.classroom.message}</p>`;
    return nothing;
  }

  #summary(): string {
    const classroom = this.classroom;
    if (this.readingFile !== undefined) return `Reading ${this.readingFile}…`;
    if (classroom?.ok !== true) return this.pack === undefined && this.packFile === undefined ? 'No pack file chosen yet.' : '';
    const { versions } = classroom;
    const first = versions[0] as Quiz;
    const which = versions.length === 1 ? '1 version' : `${String(versions.length)} versions (A to ${letter(versions.length - 1)})`;
    return `${which} of ${String(first.questions.length)} questions from “${first.pack.title}”, seed ${first.seed}.`;
  }

  #filesSection(classroom: Classroom & { ok: true }): TemplateResult {
    const warnings = classroom.files.flatMap((file) => {
      const name = FILE_FORMATS.find((f) => f.format === file.format)?.name ?? file.format;
      return file.ok ? file.download.warnings.map((w) => ({ name, text: w })) : [];
    });
    return html`
      <section class="files" aria-labelledby=${this.#id('files-heading')}>
        <h2 id=${this.#id('files-heading')}>Print and download</h2>
        <div class="print">
          <button type="button" class="primary" aria-describedby=${this.#id('print-hint')} @click=${this.printWorksheets}>Print worksheets</button>
          <p class="hint" id=${this.#id('print-hint')}>Every version on its own pages, each followed by its answer key on a new page. Print single-sided, so no key lands on the back of a pupil’s sheet.</p>
        </div>
        <ul class="downloads">
          ${classroom.files.map((file) => {
            const about = FILE_FORMATS.find((f) => f.format === file.format);
            const hintId = this.#id(`file-${file.format}`);
            return html`
              <li>
                <button type="button" data-format=${file.format} aria-describedby=${hintId} ?disabled=${!file.ok} @click=${() => this.download(file.format)}>
                  Download ${about?.name ?? file.format}
                </button>
                <span class="hint" id=${hintId}>
                  ${about?.use ?? ''}${file.ok ? html` <code class="file-name">${file.download.fileName}</code>` : html` <strong>Could not be made: ${file.message}</strong>`}
                </span>
              </li>
            `;
          })}
        </ul>
        ${warnings.length === 0
          ? nothing
          : html`
              <h3 id=${this.#id('notes-heading')}>Notes on the files</h3>
              <ul class="warnings" aria-labelledby=${this.#id('notes-heading')}>
                ${warnings.map((w) => html`<li><strong>${w.name}:</strong> ${w.text}</li>`)}
              </ul>
            `}
      </section>
    `;
  }

  #previewSection(versions: readonly Quiz[]): TemplateResult {
    return html`
      <section class="preview" aria-labelledby=${this.#id('preview-heading')}>
        <div class="preview-head">
          <h2 id=${this.#id('preview-heading')}>Preview</h2>
          <div class="check">
            <input
              type="checkbox"
              id=${this.#id('show-keys')}
              .checked=${live(this.showKeys)}
              @change=${(e: Event) => {
                this.showKeys = (e.target as HTMLInputElement).checked;
              }}
            />
            <label for=${this.#id('show-keys')}>Show answer keys</label>
          </div>
        </div>
        <div class="versions">
          ${versions.map(
            (quiz, v) => html`
              <section class="version" data-version=${letter(v)} aria-labelledby=${this.#id(`version-${letter(v)}`)}>
                <h3 id=${this.#id(`version-${letter(v)}`)}>Version ${letter(v)}</h3>
                <p class="meta">Seed <code>${quiz.seed}</code> · ${quiz.questions.length} questions</p>
                <ol class="questions">
                  ${quiz.questions.map((q) => this.#question(q))}
                </ol>
              </section>
            `,
          )}
        </div>
      </section>
    `;
  }

  #question(question: Question): TemplateResult {
    const keys = question.answer.map((id) => letter(question.options.findIndex((o) => o.id === id)));
    const marks = this.showKeys && question.kind !== 'order';
    return html`
      <li class="question" data-kind=${question.kind}>
        <p class="stem">${question.stem}</p>
        <p class="kind">${KIND_LABELS[question.kind]} · ${DIFFICULTY_LABELS[question.difficulty]}</p>
        <ol class="options" type="A">
          ${question.options.map((option) => {
            const isKey = marks && question.answer.includes(option.id);
            return html`<li class=${isKey ? 'is-key' : ''}>${option.text}${isKey ? html` <span class="key-mark">✓ correct</span>` : nothing}</li>`;
          })}
        </ol>
        ${this.showKeys ? html`<p class="answer">Answer: ${keys.join(question.kind === 'order' ? ' → ' : ', ')}</p>` : nothing}
      </li>
    `;
  }

  // ---- handlers ----

  #set(patch: Partial<ClassroomSettings>): void {
    this.settings = { ...this.settings, ...patch };
  }

  #onSubmit = (event: Event): void => {
    // Every field applies on change; Enter in a field must not reload the page.
    event.preventDefault();
  };

  #onNewSeed = (): void => {
    this.#set({ seed: newSeed() });
  };

  #onPackChoice = (event: Event): void => {
    this.packChoice = (event.target as HTMLInputElement).value === 'file' ? 'file' : 'builtin';
  };

  #onKind = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const kind = input.value as QuestionKind;
    const chosen = new Set(this.settings.kinds);
    if (input.checked) chosen.add(kind);
    else chosen.delete(kind);
    // KINDS order, so the same ticks always give the same quiz.
    this.#set({ kinds: KINDS.filter((k) => chosen.has(k)) });
  };

  #onPaper = (event: Event): void => {
    this.#set({ paper: (event.target as HTMLInputElement).value === 'letter' ? 'letter' : 'a4' });
  };

  #onFile = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) void this.loadPackFile(file);
  };

  // ---- public actions (the buttons call these; so can tests) ----

  /** Reads, parses and validates a pack file, and makes the quiz from it when it is valid. */
  async loadPackFile(file: File): Promise<void> {
    const read = ++this.#fileReads;
    this.packChoice = 'file';
    this.readingFile = file.name;
    let result: PackFile;
    // The engine's limit, checked before reading so a huge file is never read whole.
    if (file.size > MAX_PACK_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      result = { ok: false, name: file.name, problems: [{ path: '', message: `The file has ${size} MB; a fact pack is at most ${String(MAX_PACK_BYTES / 1024 / 1024)} MB.` }] };
    } else {
      try {
        result = readPackFile(file.name, await file.text());
      } catch (error) {
        result = { ok: false, name: file.name, problems: [{ path: '', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
      }
    }
    if (read !== this.#fileReads) return; // a later file was chosen meanwhile
    this.packFile = result;
    this.readingFile = undefined;
    await this.updateComplete;
  }

  /** Saves one format's file; returns it, or undefined when there is nothing to save. */
  download(format: Format): Download | undefined {
    if (this.classroom?.ok !== true) return undefined;
    const file = this.classroom.files.find((f) => f.format === format);
    if (file?.ok !== true) return undefined;
    this.saveFile(file.download.blob, file.download.fileName);
    return file.download;
  }

  /** The worksheet document for the current versions, or undefined when there are none. */
  worksheet(): string | undefined {
    return this.classroom?.ok === true ? worksheetHtml(this.classroom.versions, this.settings) : undefined;
  }

  /** Prints every version's worksheet and answer key. */
  printWorksheets = (): void => {
    const documentHtml = this.worksheet();
    if (documentHtml !== undefined) this.printHtml(documentHtml);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-quiz-classroom': FactQuizClassroom;
  }
}
