import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Pack, Quiz } from '../../engine/index.js';
import type { Loaded } from './loader.js';
import { LocalizeController } from './localize.js';
import { PackLoadController } from './pack-load-controller.js';
import { SavedProgress } from './saved-progress.js';
import { BUILT_IN_PACK_ID, checkGivenQuiz, quizFrom, randomSeed, seedAsked, type MadeQuiz } from './quiz-source.js';
import type { OrderSupport } from './order.js';
import { QuizSession } from './session.js';
import { DEFAULT_TIMEOUT, optionsKey, readSettings, type Settings } from './settings.js';
import type { FactQuizStrings } from './strings.js';
import { styles } from './fact-quiz.styles.js';
import { textOf, type Wording } from './views/feedback.js';
import type { Failure } from './views/failure.js';
import { introView } from './views/intro.js';
import { questionView } from './views/question.js';
import { LaterViewsController } from './later-views-controller.js';

/** Private reactive state: re-renders the element, but is neither an attribute nor API. */
const internalState = Object.fromEntries(['copyNote', 'failure', 'loaded'].map((name) => [name, { state: true }]));

let instances = 0;

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
 * @cssprop [--fact-quiz-min-height=20rem] - The least height of the widget, loading included: set the height your quiz takes, so nothing below it moves.
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
    noIntro: { type: Boolean, attribute: 'no-intro' },
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
  /** Open straight on the first question, with no start screen: for a quiz under an article. Default false. */
  declare noIntro: boolean;
  /** Milliseconds to wait for `src` before showing an error. Default 10000. */
  declare timeout: number | undefined;
  /** A fact pack, already validated (`validatePack`). Wins over `src`. */
  declare pack: Pack | undefined;
  /** A ready quiz (`generateQuiz`). Wins over `pack` and `src`. */
  declare quiz: Quiz | undefined;
  /** Words to replace, merged over the built-in words of the widget's language. */
  declare strings: Partial<FactQuizStrings> | undefined;

  declare private copyNote: string;
  declare private failure: Failure | undefined;
  declare private loaded: Loaded | undefined;

  private readonly uid = `fq${String(++instances)}`;
  private settings: Settings = { count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: DEFAULT_TIMEOUT };
  private ticket = 0;
  private pending: Promise<void> = Promise.resolve();
  /** Focus the next screen once a reader-started load ends. */
  private refocus = false;

  private readonly session = new QuizSession({
    changed: () => {
      this.requestUpdate();
    },
    happened: (type, detail) => {
      /** @ignore The three events are documented with `@fires` above. */
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    },
  });

  private readonly l = new LocalizeController(
    this,
    () => this.session.quiz?.pack.lang,
    () => this.strings,
  );

  /** Order questions' list and controller, once a quiz with one has fetched them. */
  private order: OrderSupport | undefined;

  private readonly later = new LaterViewsController(this, styles, () => this.session.quiz !== undefined, () => {
    this.l.prepare();
  });

  private readonly packLoad = new PackLoadController(this, {
    loaded: (source) => (this.loaded = source),
    failed: (detail) => {
      this.fail({ kind: 'load', detail });
    },
  });

  private readonly progress = new SavedProgress(this, () => {
    const snapshot = this.persist && !this.failure ? this.session.snapshot() : undefined;
    return snapshot && { snapshot, options: optionsKey(this.settings) };
  });

  constructor() {
    super();
    this.mode = 'practice';
    this.persist = false;
    this.noIntro = false;
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

  override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    if (first || ['count', 'kinds', 'difficulty', 'mode', 'timeout'].some((k) => changed.has(k))) this.readAttributes();
    if (changed.has('src') || changed.has('pack') || changed.has('quiz')) this.load();
    // Turned on after the quiz is shown: save from now on.
    if (this.hasUpdated && changed.has('persist') && this.persist) this.progress.start();
    if (first || ['src', 'pack', 'quiz', 'loaded', 'seed', 'count', 'kinds', 'difficulty'].some((k) => changed.has(k))) this.showQuiz();
    // A screen that is needed now waits for its module, and so does updateComplete.
    if (this.failure && !this.later.failure && !this.later.failureUnreachable) void this.track(this.later.loadFailure());
    if (!this.later.views && this.session.phase === 'results') void this.track(this.later.load());
  }

  override render(): TemplateResult {
    const quiz = this.session.quiz;
    return html`<div part="base" class="base" lang=${this.l.lang} aria-busy=${this.loading}>
      <div class="screen">${this.renderScreen()}</div>
      ${quiz && this.later.views ? this.later.views.worksheetView(quiz) : nothing}
      <slot name="footer"></slot>
    </div>`;
  }

  /** While a quiz, a screen or the language's words are on their way (no English flash on a French page). */
  private waiting(): TemplateResult {
    return html`<p class="muted">${this.l.wordsHere ? this.l.terms.loading : ''}</p>`;
  }

  /** No quiz yet and nothing went wrong: a pack is on its way. */
  private get loading(): boolean {
    return !this.failure && !this.session.quiz;
  }

  private renderScreen(): TemplateResult {
    const { l, session } = this;
    const quiz = session.quiz;
    if (!l.wordsHere) return this.waiting();
    if (this.failure) {
      if (this.later.failure) return this.later.failure.failureView({ l, failure: this.failure, onReload: this.onReload });
      // Offline, the failure screen can't come either: say so, not "Loading" for ever.
      return this.later.failureUnreachable ? html`<div part="error" class="error" role="alert"><p>${l.terms.loadFailed} ${l.terms.networkError}</p></div>` : this.waiting();
    }
    if (!quiz) return this.waiting();
    const wording: Wording = { l, quizLang: quiz.pack.lang };
    if (session.phase === 'question') {
      const { index, chosen, answered: done, exam } = session;
      const notice = session.notice && l.terms[session.notice];
      const { uid, order, onChoose, onNext } = this;
      return questionView({ ...wording, quiz, index, chosen, done, exam, notice, uid, order, onChoose, onNext });
    }
    if (session.phase === 'results') {
      const { copyNote, onStart: onRetry, onNew, onCopy } = this;
      if (!this.later.views) return this.waiting();
      return this.later.views.resultsView({ ...wording, quiz, answers: session.answers, canRenew: !this.quiz && !this.loadedQuiz, canCopy: 'clipboard' in navigator, copyNote, onRetry, onNew, onCopy });
    }
    return introView({ l, quiz, exam: session.exam, asOf: quiz.pack.asOf, onStart: this.onStart });
  }

  // Reader actions: the session fires the events.

  private readonly onStart = (): void => {
    if (this.session.quiz) this.begin(this.session.quiz);
  };

  private readonly onNew = (): void => {
    void this.track(this.quizToShow(randomSeed()).then((quiz) => {
      if (quiz) this.begin(quiz);
    }));
  };

  private readonly onReload = (): void => {
    this.load();
    // The button goes while loading: put focus back on what comes next, not on the page.
    this.refocus = true;
  };

  private readonly onChoose = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.session.choose(input.value, input.checked);
  };

  private readonly onNext = (): void => {
    const step = this.session.submitOrNext();
    if (step === 'finished') this.copyNote = '';
    if (step === 'next' || step === 'finished') void this.focusAfterUpdate('.heading');
  };

  private readonly onCopy = (text: string): void => {
    navigator.clipboard.writeText(text).then(
      () => (this.copyNote = this.l.terms.copied),
      () => (this.copyNote = this.l.terms.copyFailed),
    );
  };

  // Internals.

  private readAttributes(): void {
    const { count, kinds, difficulty, mode, timeout } = this;
    this.settings = readSettings({ count, kinds, difficulty, mode, timeout, typed: (name) => this.getAttribute(name) });
    this.session.exam = this.settings.exam;
  }

  /** Starts loading `src` when it is what the quiz comes from; cancels any earlier load. */
  private load(): void {
    this.packLoad.cancel();
    this.loaded = undefined;
    if (this.quiz || this.pack || !this.src) return;
    this.failure = undefined;
    this.session.clear();
    this.packLoad.load(this.src, this.settings.timeout);
  }

  /** Picks the quiz to show, from `quiz`, `src` or the pack, and takes up the reader's saved progress on it. */
  private showQuiz(): void {
    const given = this.quiz ?? this.loadedQuiz;
    const pack = this.packInUse();
    if (!given && this.src && !this.pack && !this.loaded) return; // loading, or failed to load
    this.failure = undefined;
    const seed = given ? given.seed : seedAsked(this.seed);
    const ticket = ++this.ticket;
    const packId = given?.pack.id ?? pack?.id ?? BUILT_IN_PACK_ID;
    const saving = this.persist ? this.progress.read(packId, seed, optionsKey(this.settings), !given) : Promise.resolve(undefined);
    void this.track(
      saving.then(async (saved) => {
        const quiz = await this.quizToShow(saved?.seed ?? (seed === 'random' ? randomSeed() : seed));
        // A newer change (attribute, property, load) has asked for another quiz meanwhile.
        if (!quiz || ticket !== this.ticket) return;
        // Without a start screen the quiz starts as it shows, without taking the page's focus.
        if (this.noIntro) this.session.begin(quiz);
        else this.session.show(quiz);
        if (this.refocus) void this.focusAfterUpdate('.heading');
        if (saved) this.session.restore(saved);
        this.fetchOrderSupport(quiz);
      }),
    );
  }

  /** Fetches what order questions need when `quiz` has one; the quiz waits for it (and so does updateComplete). */
  private fetchOrderSupport(quiz: Quiz): void {
    if (this.order || !quiz.questions.some((q) => q.kind === 'order')) return;
    void this.track(
      import('./order.js').then(
        ({ ReorderController, orderView }) => {
          this.order ??= { view: orderView, controller: new ReorderController(this, this.session, (id, place, total) => this.moved(id, place, total)) };
          this.requestUpdate();
        },
        () => {
          this.fail({ kind: 'load', detail: { reason: 'network' } });
        },
      ),
    );
  }

  /** Item `id` now stands at `place` of `total`, in words. */
  private moved(id: string, place: number, total: number): string {
    const q = this.session.question;
    return this.l.terms.moved(q ? textOf(q, id) : id, this.l.number(place), this.l.number(total));
  }

  /** The quiz `src` held, if it held a quiz rather than a pack: checked when it was loaded. */
  private get loadedQuiz(): Quiz | undefined {
    return this.loaded && 'quiz' in this.loaded ? this.loaded.quiz : undefined;
  }

  /** The pack quizzes are made from: `pack`, else one loaded from `src`, else (undefined) the built-in one. */
  private packInUse(): Pack | undefined {
    return this.pack ?? (this.loaded && 'pack' in this.loaded ? this.loaded.pack : undefined);
  }

  /** The ready-made quiz checked, else a quiz made with `seed`; undefined after showing why there is none. */
  private async quizToShow(seed: string): Promise<Quiz | undefined> {
    const given = this.quiz;
    if (!given && this.loadedQuiz) return this.loadedQuiz;
    let made: MadeQuiz;
    try {
      made = given ? await checkGivenQuiz(given) : await quizFrom(this.packInUse(), seed, this.settings);
    } catch {
      // The engine's chunk could not be fetched (offline, a CDN error): like a pack that can't be.
      this.fail({ kind: 'load', detail: { reason: 'network' } });
      return undefined;
    }
    if ('quiz' in made) return made.quiz;
    this.fail({ kind: 'quiz', problems: made.problems });
    return undefined;
  }

  /** Work the element waits for before `updateComplete` resolves: making or checking a quiz. */
  private track(work: Promise<void>): Promise<void> {
    const all = Promise.all([this.pending, work]).then(() => undefined);
    this.pending = all;
    return all;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Wait until no quiz is being made or screen loaded, then for the render that shows it.
    for (;;) {
      const pending = this.pending;
      await Promise.all([pending, this.l.ready]);
      const done = await super.getUpdateComplete();
      if (pending === this.pending) return done;
    }
  }


  private fail(failure: Failure): void {
    this.failure = failure;
    if (this.refocus) void this.focusAfterUpdate('.error button');
  }

  private begin(quiz: Quiz): void {
    this.session.begin(quiz);
    this.fetchOrderSupport(quiz);
    void this.focusAfterUpdate('.heading');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    this.refocus = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-quiz': FactQuiz;
  }
}
