import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_SEED,
  VERSION,
  generateQuiz,
  grade,
  isCorrect,
  isHttpUrl,
  questionSources,
  readQuizOptions,
  type Difficulty,
  type Pack,
  type PackProblem,
  type Question,
  type QuestionKind,
  type Quiz,
} from '../../engine/index.js';
import { stateVisitPack } from '../../default-pack.js';
import type { FactQuizEventMap } from './events.js';
import type { LoadFailure } from './loader.js';
import { LocalizeController } from './localize.js';
import { PersistenceController, type Progress } from './persistence.js';
import type { FactQuizStrings } from './strings.js';
import { styles } from './fact-quiz.styles.js';

type Phase = 'loading' | 'error' | 'intro' | 'question' | 'results';
type Failure = { kind: 'load'; detail: LoadFailure } | { kind: 'quiz'; message: string };

/** Attributes read once per change, out-of-range values replaced by defaults. */
interface Settings {
  count: number | undefined;
  kinds: QuestionKind[] | undefined;
  difficulty: Difficulty | 'mixed' | undefined;
  exam: boolean;
  timeout: number;
}

/** Private reactive state: re-renders the element, but is neither an attribute nor API. */
const internalState = Object.fromEntries(
  ['phase', 'current', 'index', 'answers', 'draft', 'notice', 'announcement', 'copyNote', 'failure', 'loaded', 'dragging'].map((name) => [name, { state: true }]),
);

const DEFAULT_COUNT = 5;
const DEFAULT_TIMEOUT = 10_000;
let instances = 0;

/** A seed nobody can guess or repeat: `seed="random"` and New questions. */
function randomSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

/** Problems of an invalid pack listed in the widget; the rest are counted. */
const PROBLEMS_SHOWN = 5;
/** Characters of one message line: a 10 MB value must not become a 10 MB paragraph. */
const MAX_LINE = 300;

/** A message line cut to MAX_LINE characters (never inside a surrogate pair). */
function clip(line: string): string {
  if (line.length <= MAX_LINE) return line;
  const cut = /[\uD800-\uDBFF]/u.test(line.charAt(MAX_LINE - 2)) ? MAX_LINE - 2 : MAX_LINE - 1;
  return `${line.slice(0, cut)}…`;
}

function ignored(name: string, value: unknown, instead: string): void {
  console.warn(clip(`<fact-quiz>: ignoring ${name}="${String(value)}"; using ${instead}.`));
}

/**
 * A seeded multiple-choice quiz on the facts of news articles. With no attributes it
 * shows the built-in quiz on the US president's state visit, the same five questions
 * for every reader.
 *
 * Attributes that don't parse (`count="abc"`, an unknown kind, difficulty or mode) are
 * replaced by their default with a console warning, so a typo never blanks the widget.
 * A pack that can't be loaded, or can't make the quiz asked for, shows a message in the
 * widget (`role="alert"`).
 *
 * @tagname fact-quiz
 * @summary A seeded, accessible quiz on the facts of news articles.
 *
 * @attr lang - Language of the widget's words and dates (`en`, `fr`). Unset: the quiz's language, else the page's.
 *
 * @fires fact-quiz-start - The reader started or restarted a quiz. `detail: {seed, total}`.
 * @fires fact-quiz-answer - The reader answered a question. `detail: {questionId, chosen, correct}`.
 * @fires fact-quiz-complete - The reader reached the results. `detail: {score, total, seed, answers}`.
 *
 * @slot intro - Extra content on the start screen: a description, a credit.
 * @slot footer - Content below the quiz in every state.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, question number and progress bar.
 * @csspart progress - The progress bar (a `<progress>` element).
 * @csspart question - The current question (a `<fieldset>`).
 * @csspart option - An answer option, or an item of an order question.
 * @csspart feedback - The feedback after an answer (a `role="status"` region).
 * @csspart results - The results: score, share text and review.
 * @csspart review-item - One question in the review.
 * @csspart button - Every button.
 * @csspart move - The Move up and Move down buttons of order questions.
 * @csspart error - The message shown when the quiz can't be loaded or made.
 * @csspart worksheet - The printed worksheet (shown only when printing).
 *
 * @cssprop [--fact-quiz-accent=#0b57d0] - Buttons, progress, selection and focus ring.
 * @cssprop [--fact-quiz-accent-fg=#fff] - Text on the accent colour.
 * @cssprop [--fact-quiz-bg=#fff] - Background.
 * @cssprop [--fact-quiz-fg=#1b1c1f] - Text.
 * @cssprop [--fact-quiz-muted=#53575e] - Secondary text.
 * @cssprop [--fact-quiz-border=#767a82] - Borders of the widget and of options.
 * @cssprop [--fact-quiz-surface=#f1f3f6] - Background of options, feedback and the progress track.
 * @cssprop [--fact-quiz-correct=#146c2e] - Right answers (always with a ✓ and words).
 * @cssprop [--fact-quiz-wrong=#b3261e] - Wrong answers (always with a ✗ and words).
 * @cssprop [--fact-quiz-font=inherit] - Font family; the page's by default.
 * @cssprop [--fact-quiz-radius=0.5rem] - Corner radius.
 * @cssprop [--fact-quiz-space=1rem] - Base spacing.
 */
export class FactQuiz extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    seed: {},
    count: { type: Number },
    kinds: {},
    difficulty: {},
    mode: {},
    persist: { type: Boolean },
    timeout: { type: Number },
    pack: { attribute: false },
    quiz: { attribute: false },
    strings: { attribute: false },
    ...internalState,
  };

  /** URL of a fact pack (JSON) to fetch and validate. Ignored when `pack` or `quiz` is set. */
  declare src: string | undefined;
  /** Seed of the quiz: the same seed, pack and version give the same quiz. `random` draws one per load. Default `fact-quiz`. */
  declare seed: string | undefined;
  /** Number of questions. Default 5, or as many as the pack can make. */
  declare count: number | undefined;
  /** Kinds of question, comma-separated: `single,multiple,true-false,order`. Default: all. */
  declare kinds: string | undefined;
  /** `easy`, `medium`, `hard` or `mixed` (default). */
  declare difficulty: string | undefined;
  /** `practice` (default): feedback after each answer. `exam`: answers shown at the end. */
  declare mode: 'practice' | 'exam';
  /** Keep the reader's progress in `localStorage` across reloads. Default false. */
  declare persist: boolean;
  /** Milliseconds to wait for `src` before showing an error. Default 10000. */
  declare timeout: number | undefined;
  /** A fact pack, already validated (`validatePack`). Wins over `src`. */
  declare pack: Pack | undefined;
  /** A ready quiz (`generateQuiz`). Wins over `pack` and `src`. */
  declare quiz: Quiz | undefined;
  /** Words to replace, merged over the built-in words of the widget's language. */
  declare strings: Partial<FactQuizStrings> | undefined;

  declare private phase: Phase;
  declare private current: Quiz | undefined;
  declare private index: number;
  declare private answers: Record<string, string[]>;
  declare private draft: string[];
  declare private notice: string;
  declare private announcement: string;
  declare private copyNote: string;
  declare private failure: Failure | undefined;
  declare private loaded: Pack | undefined;
  declare private dragging: string | undefined;

  private readonly uid = `fq${String(++instances)}`;
  private settings: Settings = { count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: DEFAULT_TIMEOUT };
  private request: AbortController | undefined;
  private storageKey = '';
  private asOf: string | undefined;
  /** Focus the next screen once a reader-started load ends. */
  private refocus = false;

  private readonly l = new LocalizeController(
    this,
    () => this.current?.pack.lang,
    () => this.strings,
  );

  private readonly store = new PersistenceController(this, () =>
    this.persist && this.current && (this.phase === 'question' || this.phase === 'results')
      ? {
          key: this.storageKey,
          progress: {
            seed: this.current.seed,
            options: this.optionsKey(),
            ids: this.current.questions.map((q) => q.id),
            phase: this.phase,
            index: this.index,
            answers: this.answers,
            draft: this.draft,
          },
        }
      : undefined,
  );

  constructor() {
    super();
    this.mode = 'practice';
    this.persist = false;
    this.phase = 'loading';
    this.index = 0;
    this.answers = {};
    this.draft = [];
    this.notice = '';
    this.announcement = '';
    this.copyNote = '';
  }

  /** `lang` stays the native global attribute; a change re-renders the words at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by a disconnection starts again.
    if (this.hasUpdated && this.phase === 'loading' && !this.request) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    this.request = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    if (first || ['count', 'kinds', 'difficulty', 'mode', 'timeout'].some((k) => changed.has(k))) this.settings = this.readSettings();
    if (changed.has('src') || changed.has('pack') || changed.has('quiz')) this.load();
    if (first || ['src', 'pack', 'quiz', 'loaded', 'seed', 'count', 'kinds', 'difficulty'].some((k) => changed.has(k))) this.build();
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.l.lang} aria-busy=${this.phase === 'loading'}>
      <div class="screen">${this.renderPhase()}</div>
      ${this.current ? this.renderWorksheet(this.current) : nothing}
      <slot name="footer"></slot>
    </div>`;
  }

  private renderPhase(): TemplateResult {
    const quiz = this.current;
    if (this.phase === 'error' && this.failure) return this.renderFailure(this.failure);
    if (!quiz || this.phase === 'loading') return html`<p class="muted">${this.l.terms.loading}</p>`;
    if (this.phase === 'question') return this.renderQuestion(quiz);
    if (this.phase === 'results') return this.renderResults(quiz);
    return this.renderIntro(quiz);
  }

  private renderFailure(failure: Failure): TemplateResult {
    const t = this.l.terms;
    let lines: string[];
    if (failure.kind === 'quiz') lines = [clip(failure.message)];
    else {
      const d = failure.detail;
      if (d.reason === 'http') lines = [t.httpError(String(d.status))];
      else if (d.reason === 'json') lines = [t.notJson];
      else if (d.reason === 'timeout') lines = [t.timeout(this.l.number(d.ms / 1000))];
      else if (d.reason === 'network') lines = [t.networkError];
      else if (d.reason === 'size') lines = [t.tooLarge(`${this.l.number(d.limit / 1024 / 1024)} MB`)];
      else lines = this.problemLines(d.problems);
    }
    return html`<div part="error" class="error" role="alert">
      <p class="verdict"><span aria-hidden="true">⚠</span> ${failure.kind === 'load' ? t.loadFailed : t.quizFailed}</p>
      ${lines.map((line) => html`<p>${line}</p>`)}
      ${failure.kind === 'load'
        ? html`<div class="actions"><button part="button" @click=${this.onReload}>${t.retry}</button></div>`
        : nothing}
    </div>`;
  }

  /** The first problems of an invalid pack, each cut short, then how many more there are. */
  private problemLines(problems: readonly PackProblem[]): string[] {
    const t = this.l.terms;
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => clip(`${p.path || '(pack)'}: ${p.message}`));
    const more = problems.length - shown.length;
    return [t.invalidPack, ...shown, ...(more > 0 ? [t.moreProblems(more, this.l.number(more))] : [])];
  }

  private renderIntro(quiz: Quiz): TemplateResult {
    const t = this.l.terms;
    const total = quiz.questions.length;
    return html`<header part="header">
        <h2 class="heading" tabindex="-1" lang=${quiz.pack.lang}>${quiz.pack.title}</h2>
      </header>
      <p>${t.questions(total, this.l.number(total))}. ${this.settings.exam ? t.examIntro : t.practiceIntro}</p>
      ${this.asOf ? html`<p class="muted">${t.asOf(this.l.date(this.asOf))}</p>` : nothing}
      <slot name="intro"></slot>
      <div class="actions"><button part="button" class="primary" @click=${this.onStart}>${t.start}</button></div>`;
  }

  private renderQuestion(quiz: Quiz): TemplateResult {
    const t = this.l.terms;
    const q = quiz.questions[this.index] as Question;
    const total = quiz.questions.length;
    const done = Object.hasOwn(this.answers, q.id);
    const chosen = this.answers[q.id] ?? this.draft;
    const feedback = done && !this.settings.exam;
    const last = this.index === total - 1;
    const hint = q.kind === 'multiple' ? t.selectAll : q.kind === 'order' && !done ? t.orderHint : '';
    return html`<header part="header">
        <p class="muted" lang=${quiz.pack.lang}>${quiz.pack.title}</p>
        <h2 class="heading" tabindex="-1">${t.questionOf(this.l.number(this.index + 1), this.l.number(total))}</h2>
        <progress part="progress" max=${total} value=${this.index + (done ? 1 : 0)} aria-label=${t.progress}></progress>
      </header>
      <fieldset part="question" class="question" aria-describedby=${hint ? `${this.uid}-hint` : nothing}>
        <legend class="stem" lang=${quiz.pack.lang}>${q.stem}</legend>
        ${hint ? html`<p class="muted" id="${this.uid}-hint">${hint}</p>` : nothing}
        ${q.kind === 'order' ? this.renderOrder(q, chosen, done, feedback) : this.renderChoices(q, chosen, done, feedback)}
      </fieldset>
      <div part="feedback" class="feedback ${feedback ? verdictClass(isCorrect(q, chosen)) : ''}" role="status">${feedback
        ? this.renderFeedback(q, chosen)
        : this.notice
          ? html`<p>${this.notice}</p>`
          : nothing}</div>
      <div class="actions">
        <button part="button" class="primary" @click=${this.onNext}>${done || this.settings.exam ? (last ? t.finish : t.next) : t.check}</button>
      </div>
      <p class="sr-only" role="status">${this.announcement}</p>`;
  }

  private renderChoices(q: Question, chosen: readonly string[], done: boolean, marked: boolean): TemplateResult {
    const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
    const name = `${this.uid}-${String(this.index)}`;
    return html`<div class="options" lang=${this.current?.pack.lang ?? nothing}>
      ${q.options.map((o) => {
        const on = chosen.includes(o.id);
        const key = q.answer.includes(o.id);
        return html`<label part="option" class="option ${marked && (key || on) ? verdictClass(key) : ''}">
          <input type=${type} name=${name} .value=${o.id} .checked=${on} ?disabled=${done} @change=${this.onChoose} />
          <span class="text">${o.text}</span>${marked && on ? html`<span class="tag" lang=${this.l.lang}>${this.l.terms.yourChoice}</span>` : nothing}${marked ? this.renderMark(key, on) : nothing}
        </label>`;
      })}
    </div>`;
  }

  private renderOrder(q: Question, order: readonly string[], done: boolean, marked: boolean): TemplateResult {
    const t = this.l.terms;
    return html`<ol class="options order" lang=${this.current?.pack.lang ?? nothing}>
      ${order.map((id, i) => {
        const text = textOf(q, id);
        const placed = q.answer[i] === id;
        return html`<li part="option" class="option item ${marked ? verdictClass(placed) : ''} ${this.dragging === id ? 'dragging' : ''}" data-id=${id}>
          ${done
            ? nothing
            : html`<span
                class="grip"
                aria-hidden="true"
                @pointerdown=${this.onGrab}
                @pointermove=${this.onDrag}
                @pointerup=${this.onDrop}
                @pointercancel=${this.onDrop}
                >⠿</span
              >`}
          <span class="text">${text}</span>${marked ? this.renderMark(placed, true) : nothing}
          ${done
            ? nothing
            : html`<span class="moves">
                <button part="button move" class="move" data-id=${id} data-step="-1" aria-label=${t.moveUp(text)}
                  aria-disabled=${i === 0} @click=${this.onMove}>↑</button>
                <button part="button move" class="move" data-id=${id} data-step="1" aria-label=${t.moveDown(text)}
                  aria-disabled=${i === order.length - 1} @click=${this.onMove}>↓</button>
              </span>`}
        </li>`;
      })}
    </ol>`;
  }

  /** ✓ on a key, ✗ on a wrong choice, each with words for screen readers. */
  private renderMark(key: boolean, chosen: boolean): TemplateResult | typeof nothing {
    const t = this.l.terms;
    if (!key && !chosen) return nothing;
    return html`<span class="mark ${key ? 'ok' : 'no'}" lang=${this.l.lang}
      ><span aria-hidden="true">${key ? '✓' : '✗'}</span><span class="sr-only">(${key ? t.isKey : t.isWrongChoice})</span></span
    >`;
  }

  private renderFeedback(q: Question, chosen: readonly string[]): TemplateResult {
    return html`${this.renderVerdict(isCorrect(q, chosen))}${this.renderExplanation(q)}`;
  }

  private renderVerdict(right: boolean): TemplateResult {
    const t = this.l.terms;
    return html`<p class="verdict ${right ? 'ok' : 'no'}"><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${right ? t.right : t.wrong}</p>`;
  }

  /** The key, why, and the source's own words, with a link only for http(s) addresses. */
  private renderExplanation(q: Question): TemplateResult {
    const t = this.l.terms;
    const lang = this.current?.pack.lang ?? nothing;
    return html`<div><b>${t.key}</b> ${this.renderAnswer(q, q.answer)}</div>
      <p lang=${lang}>${q.explanation}</p>
      ${questionSources(q).map(
        (s) => html`<figure class="source">
          <blockquote lang=${lang}>${s.quote}</blockquote>
          <figcaption>
            ${t.source}
            ${isHttpUrl(s.url)
              ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
              : html`<cite>${s.title}</cite>`}${s.publisher ? `, ${s.publisher}` : ''}
          </figcaption>
        </figure>`,
      )}`;
  }

  /** Option texts: a numbered list for an order, `A, B and C` otherwise. */
  private renderAnswer(q: Question, ids: readonly string[]): TemplateResult | string {
    const lang = this.current?.pack.lang ?? nothing;
    if (ids.length === 0) return this.l.terms.noAnswer;
    if (q.kind === 'order') return html`<ol class="key" lang=${lang}>${ids.map((id) => html`<li>${textOf(q, id)}</li>`)}</ol>`;
    return html`<span lang=${lang}>${this.l.list(ids.map((id) => textOf(q, id)))}</span>`;
  }

  private renderResults(quiz: Quiz): TemplateResult {
    const t = this.l.terms;
    const n = (value: number): string => this.l.number(value);
    const { score, total, results } = grade(quiz, this.answers);
    const share = t.share(n(score), n(total), quiz.pack.title);
    return html`<header part="header">
        <p class="muted" lang=${quiz.pack.lang}>${quiz.pack.title}</p>
        <h2 class="heading" tabindex="-1">${t.results}</h2>
      </header>
      <section part="results" class="results">
        <p class="score">${t.score(n(score), n(total), this.l.number(score / total, { style: 'percent' }))}</p>
        <div class="actions">
          <button part="button" class="primary" @click=${this.onRetry}>${t.tryAgain}</button>
          ${this.quiz ? nothing : html`<button part="button" @click=${this.onNew}>${t.newQuestions}</button>`}
        </div>
        <h3>${t.shareHeading}</h3>
        <div class="share">
          <p class="share-text">${share}</p>
          ${'clipboard' in navigator
            ? html`<button part="button" @click=${() => {
                this.copy(share);
              }}>${t.copy}</button>`
            : nothing}
          <span role="status">${this.copyNote}</span>
        </div>
        <h3>${t.review}</h3>
        <ol class="review">
          ${quiz.questions.map((q, i) => {
            const result = results[i];
            return html`<li part="review-item">
              <p class="stem" lang=${quiz.pack.lang}>${q.stem}</p>
              ${this.renderVerdict(result?.correct ?? false)}
              <div><b>${t.yourAnswer}</b> ${this.renderAnswer(q, result?.chosen ?? [])}</div>
              ${this.renderExplanation(q)}
            </li>`;
          })}
        </ol>
      </section>`;
  }

  /** Every question with its options, for print (CSS shows it only in print). */
  private renderWorksheet(quiz: Quiz): TemplateResult {
    return html`<div part="worksheet" class="worksheet" lang=${quiz.pack.lang}>
      <h2>${quiz.pack.title}</h2>
      <ol>
        ${quiz.questions.map(
          (q) => html`<li>
            <p>${q.stem}</p>
            <ul class=${q.kind}>
              ${q.options.map((o) => html`<li>${o.text}</li>`)}
            </ul>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  // Reader actions: the only places events are fired.

  private readonly onStart = (): void => {
    if (this.current) this.begin(this.current);
  };

  private readonly onRetry = this.onStart;

  private readonly onNew = (): void => {
    const pack = this.activePack();
    if (!pack) return;
    const quiz = this.make(pack, randomSeed());
    if (quiz) this.begin(quiz);
  };

  private readonly onReload = (): void => {
    this.load();
    // The button goes while loading: put focus back on what comes next, not on the page.
    this.refocus = true;
  };

  private readonly onChoose = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const q = this.question();
    if (!q) return;
    this.notice = '';
    this.draft =
      input.type === 'radio'
        ? [input.value]
        : q.options.map((o) => o.id).filter((id) => (id === input.value ? input.checked : this.draft.includes(id)));
  };

  private readonly onNext = (): void => {
    const quiz = this.current;
    const q = this.question();
    if (!quiz || !q) return;
    if (!Object.hasOwn(this.answers, q.id)) {
      const chosen = [...this.draft];
      if (chosen.length === 0) {
        this.notice = this.l.terms.chooseFirst;
        return;
      }
      this.answers = { ...this.answers, [q.id]: chosen };
      this.emit('fact-quiz-answer', { questionId: q.id, chosen: [...chosen], correct: isCorrect(q, chosen) });
      // Practice mode: stay for the feedback; the button now says Next.
      if (!this.settings.exam) return;
    }
    if (this.index < quiz.questions.length - 1) {
      this.index++;
      this.draft = initialDraft(quiz.questions[this.index]);
      this.notice = '';
      this.announcement = '';
    } else {
      this.phase = 'results';
      this.copyNote = '';
      const { score, total, results } = grade(quiz, this.answers);
      this.emit('fact-quiz-complete', { score, total, seed: quiz.seed, answers: results });
    }
    void this.focusHeading();
  };

  private readonly onMove = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    const { id = '', step = '' } = button.dataset;
    const to = this.draft.indexOf(id) + Number(step);
    if (to < 0 || to >= this.draft.length) return;
    this.moveItem(id, to);
    await this.updateComplete;
    // The item moved, so its button is now another element: follow it.
    for (const other of this.renderRoot.querySelectorAll<HTMLButtonElement>('.move')) {
      if (other.dataset.id === id && other.dataset.step === step) other.focus();
    }
  };

  private readonly onGrab = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const grip = event.currentTarget as HTMLElement;
    this.dragging = grip.closest('li')?.dataset.id;
    grip.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  private readonly onDrag = (event: PointerEvent): void => {
    const id = this.dragging;
    if (id === undefined) return;
    // The new place: after every other item whose middle is above the pointer.
    let to = 0;
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('.item')) {
      const box = item.getBoundingClientRect();
      if (item.dataset.id !== id && box.top + box.height / 2 < event.clientY) to++;
    }
    if (to !== this.draft.indexOf(id)) this.moveItem(id, to, false);
  };

  private readonly onDrop = (): void => {
    const id = this.dragging;
    if (id === undefined) return;
    this.dragging = undefined;
    this.moveItem(id, this.draft.indexOf(id));
  };

  // Internals.

  private readSettings(): Settings {
    const attr = (name: string, value: unknown): unknown => this.getAttribute(name) ?? value;
    // An empty kinds or difficulty attribute means the default, like no attribute.
    const given = (value: string | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
    const { options, problems } = readQuizOptions({ kinds: given(this.kinds), difficulty: given(this.difficulty), count: this.count ?? undefined });
    const { count, kinds, difficulty } = options;
    for (const problem of problems) {
      if (problem.option === 'count') ignored('count', attr('count', problem.value), `${String(DEFAULT_COUNT)} or as many as the pack allows`);
      else if (problem.option === 'kinds') ignored('kinds', problem.value, problem.known.length ? problem.known.join(',') : 'every kind');
      else ignored(problem.option, problem.value, 'mixed');
    }
    if ((this.mode as string) !== 'practice' && this.mode !== 'exam') ignored('mode', this.mode, 'practice');
    let timeout = this.timeout ?? DEFAULT_TIMEOUT;
    if (!(timeout > 0)) {
      ignored('timeout', attr('timeout', timeout), String(DEFAULT_TIMEOUT));
      timeout = DEFAULT_TIMEOUT;
    }
    return { count, kinds, difficulty, exam: this.mode === 'exam', timeout };
  }

  /** The pack quizzes are made from: `pack`, else the one loaded from `src`, else the built-in one. */
  private activePack(): Pack | undefined {
    return this.pack ?? (this.src ? this.loaded : stateVisitPack);
  }

  /** Starts loading `src` when it is what the quiz comes from; cancels any earlier load. */
  private load(): void {
    this.request?.abort();
    this.request = undefined;
    this.loaded = undefined;
    const src = this.src;
    if (this.quiz || this.pack || !src) return;
    const request = new AbortController();
    this.request = request;
    this.phase = 'loading';
    this.current = undefined;
    import('./loader.js')
      .then(({ loadPack }) => loadPack(src, request.signal, this.settings.timeout))
      .then(
        (pack) => {
          if (request === this.request) this.loaded = pack;
        },
        (error: unknown) => {
          if (request !== this.request) return;
          this.request = undefined;
          const detail = (error as { failure?: LoadFailure } | null)?.failure ?? { reason: 'network' };
          this.fail({ kind: 'load', detail });
        },
      );
  }

  /** The quiz to show, from `quiz` or the active pack, with saved progress restored. */
  private build(): void {
    const given = this.quiz;
    const pack = this.activePack();
    if (!given && !pack) return; // loading, or failed to load
    this.request = undefined;
    this.failure = undefined;
    this.asOf = given ? undefined : pack?.asOf;
    // An empty seed attribute means the default, like no attribute.
    const seed = given ? given.seed : this.seed?.length ? this.seed : DEFAULT_SEED;
    this.storageKey = `fact-quiz:${VERSION}:${given?.pack.id ?? pack?.id ?? ''}:${seed}`;
    const stored = this.persist ? this.store.read(this.storageKey) : undefined;
    // Saved progress belongs to one quiz (pack, seed, options): a saved seed never overrides
    // the seed attribute, and counts only for seed="random", where it is the quiz drawn.
    const saved = stored?.options === this.optionsKey() && (stored.seed === seed || (seed === 'random' && !given)) ? stored : undefined;
    let quiz: Quiz | undefined;
    if (given) {
      if (Array.isArray(given.questions) && given.questions.length > 0) quiz = given;
      else this.fail({ kind: 'quiz', message: 'The quiz has no questions.' });
    } else if (pack) {
      quiz = this.make(pack, saved?.seed ?? (seed === 'random' ? randomSeed() : seed));
    }
    if (!quiz) return;
    this.reset(quiz);
    if (this.refocus) void this.focusAfterUpdate('.heading');
    if (saved?.ids.join() === quiz.questions.map((q) => q.id).join()) this.restore(quiz, saved);
  }

  /** The options a quiz was made with, as saved progress records them. */
  private optionsKey(): string {
    const { count, kinds, difficulty } = this.settings;
    return JSON.stringify([count ?? null, kinds ?? null, difficulty ?? null]);
  }

  /** `generateQuiz` with the attributes; without `count`, as many questions up to 5 as the pack allows. */
  private make(pack: Pack, seed: string): Quiz | undefined {
    const { count, kinds, difficulty } = this.settings;
    for (let n = count ?? DEFAULT_COUNT; ; n--) {
      try {
        return generateQuiz(pack, { seed, count: n, kinds, difficulty });
      } catch (error) {
        if (count === undefined && n > 1) continue;
        this.fail({ kind: 'quiz', message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    }
  }

  private fail(failure: Failure): void {
    this.failure = failure;
    this.phase = 'error';
    if (this.refocus) void this.focusAfterUpdate('.error button');
  }

  private reset(quiz: Quiz): void {
    this.current = quiz;
    this.phase = 'intro';
    this.index = 0;
    this.answers = {};
    this.draft = initialDraft(quiz.questions[0]);
    this.notice = '';
    this.announcement = '';
  }

  private restore(quiz: Quiz, saved: Progress): void {
    const known = new Set(quiz.questions.map((q) => q.id));
    this.phase = saved.phase;
    this.index = Math.min(Math.max(saved.index, 0), quiz.questions.length - 1);
    this.answers = Object.fromEntries(
      quiz.questions.flatMap((question) => {
        const chosen = Object.hasOwn(saved.answers, question.id) ? restoredAnswer(question, saved.answers[question.id] ?? []) : undefined;
        return chosen && known.has(question.id) ? [[question.id, chosen]] : [];
      }),
    );
    const q = quiz.questions[this.index];
    const ids = q?.options.map((o) => o.id) ?? [];
    // An order question's draft must hold every option once; a choice, only options.
    const fits = saved.draft.every((id) => ids.includes(id)) && (q?.kind !== 'order' || new Set(saved.draft).size === saved.draft.length && saved.draft.length === ids.length);
    this.draft = fits ? saved.draft : initialDraft(q);
  }

  private begin(quiz: Quiz): void {
    this.reset(quiz);
    this.phase = 'question';
    this.emit('fact-quiz-start', { seed: quiz.seed, total: quiz.questions.length });
    void this.focusHeading();
  }

  private question(): Question | undefined {
    return this.current?.questions[this.index];
  }

  /** Puts an order item at `to`; announces its place unless a drag is still under way. */
  private moveItem(id: string, to: number, announce = true): void {
    const q = this.question();
    if (!q) return;
    const draft = this.draft.filter((other) => other !== id);
    draft.splice(to, 0, id);
    this.draft = draft;
    if (announce) {
      this.announcement = this.l.terms.moved(textOf(q, id), this.l.number(to + 1), this.l.number(draft.length));
    }
  }

  private copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => (this.copyNote = this.l.terms.copied),
      () => (this.copyNote = this.l.terms.copyFailed),
    );
  }

  private focusHeading(): Promise<void> {
    return this.focusAfterUpdate('.heading');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    this.refocus = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private emit<K extends keyof FactQuizEventMap>(type: K, detail: FactQuizEventMap[K]['detail']): void {
    /** @ignore The three events are documented with `@fires` above. */
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** What a question starts with: an order question's options as shown, nothing chosen otherwise. */
function initialDraft(q: Question | undefined): string[] {
  return q?.kind === 'order' ? q.options.map((o) => o.id) : [];
}

/**
 * A saved answer as it may be restored: only the question's own option ids, each once,
 * as many as the kind takes (an order question's answer is every option). Anything else
 * was not written by this widget, so the question is left unanswered.
 */
function restoredAnswer(q: Question, chosen: readonly string[]): string[] | undefined {
  const ids = new Set(q.options.map((o) => o.id));
  const kept = [...new Set(chosen.filter((id) => ids.has(id)))];
  const fits = q.kind === 'order' ? kept.length === ids.size : q.kind === 'multiple' ? kept.length > 0 : kept.length === 1;
  return fits ? kept : undefined;
}

/** Borders in the colour of right or wrong (always beside a ✓ or ✗ and words). */
function verdictClass(right: boolean): string {
  return right ? 'is-right' : 'is-wrong';
}

function textOf(q: Question, id: string): string {
  return q.options.find((o) => o.id === id)?.text ?? id;
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-quiz': FactQuiz;
  }
}
