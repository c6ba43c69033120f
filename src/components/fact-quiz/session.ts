/**
 * One reader's way through one quiz: the screen they are on, the question, their
 * answers, the choice not yet submitted, and the grading. DOM-free (tested in Node):
 * the element renders it, saves its `snapshot()` and tells the page what
 * `SessionHost.happened`.
 */
import { grade, isCorrect } from '../../engine/grade.js';
import type { Question, Quiz } from '../../engine/quiz.js';
import type { FactQuizAnswerDetail, FactQuizCompleteDetail, FactQuizStartDetail } from './events.js';

export type SessionPhase = 'intro' | 'question' | 'results';

/** What the reader did that the page hears of, by the name of the element's event. */
export interface SessionEvents {
  'fact-quiz-start': FactQuizStartDetail;
  'fact-quiz-answer': FactQuizAnswerDetail;
  'fact-quiz-complete': FactQuizCompleteDetail;
}

export interface SessionHost {
  /** The state changed: show it again. */
  changed(): void;
  /** The reader started, answered or finished. */
  happened<K extends keyof SessionEvents>(type: K, detail: SessionEvents[K]): void;
}

/** The session as saved across reloads: restored only onto the quiz with these question ids. */
export interface SessionSnapshot {
  /** The seed the quiz was made with (for `seed="random"`, the one drawn). */
  seed: string;
  ids: string[];
  phase: 'question' | 'results';
  index: number;
  answers: Record<string, string[]>;
  /** The current question's unsubmitted choice (the order being arranged). */
  draft: string[];
}

/** What Check / Next did: asked for a choice first, showed the feedback, went on, or finished. */
export type Step = 'choose-first' | 'answered' | 'next' | 'finished';

export class QuizSession {
  quiz: Quiz | undefined;
  phase: SessionPhase = 'intro';
  index = 0;
  answers: Record<string, string[]> = {};
  draft: string[] = [];
  /** Which notice the reader sees: Choose an answer first, or none. */
  notice: 'chooseFirst' | undefined;
  /** Exam mode: answers are shown at the end only. Follows the `mode` attribute at once. */
  exam = false;
  /** Counts the questions shown: a reordering's announcement speaks only of its own turn. */
  turn = 0;

  constructor(private readonly host: SessionHost) {}

  get question(): Question | undefined {
    return this.quiz?.questions[this.index];
  }

  /** True once the current question is answered (its choice can no longer change). */
  get answered(): boolean {
    const q = this.question;
    return q !== undefined && Object.hasOwn(this.answers, q.id);
  }

  /** The current question's choice: its answer once given, else the draft. */
  get chosen(): readonly string[] {
    const q = this.question;
    return (q && this.answers[q.id]) ?? this.draft;
  }

  /** No quiz yet: one is loading. */
  clear(): void {
    this.quiz = undefined;
    this.host.changed();
  }

  /** Shows `quiz`'s start screen, nothing answered. */
  show(quiz: Quiz): void {
    this.quiz = quiz;
    this.phase = 'intro';
    this.answers = {};
    this.showQuestion(0);
  }

  /** Starts `quiz` (again) at its first question. */
  begin(quiz: Quiz): void {
    this.show(quiz);
    this.phase = 'question';
    this.host.happened('fact-quiz-start', { seed: quiz.seed, total: quiz.questions.length });
  }

  /** Picks option `id` (a radio), or ticks and unticks it (a checkbox of a `multiple` question). */
  choose(id: string, checked: boolean): void {
    const q = this.question;
    if (!q || this.answered) return;
    this.notice = undefined;
    this.draft = q.kind === 'multiple' ? q.options.map((o) => o.id).filter((other) => (other === id ? checked : this.draft.includes(other))) : [id];
    this.host.changed();
  }

  /** Puts an order item at place `to` of the draft; false when there is no such place. */
  move(id: string, to: number): boolean {
    if (this.answered || !this.draft.includes(id) || to < 0 || to >= this.draft.length) return false;
    const draft = this.draft.filter((other) => other !== id);
    draft.splice(to, 0, id);
    this.draft = draft;
    this.host.changed();
    return true;
  }

  /** Check, Next or Finish: submits the draft, else goes on to the next question or the results. */
  submitOrNext(): Step | undefined {
    const quiz = this.quiz;
    const q = this.question;
    if (!quiz || !q || this.phase !== 'question') return undefined;
    if (!this.answered) {
      const step = this.submit(q);
      // Practice mode: stay for the feedback; the button now says Next.
      if (step !== 'answered' || !this.exam) return step;
    }
    if (this.index < quiz.questions.length - 1) {
      this.showQuestion(this.index + 1);
      return 'next';
    }
    this.phase = 'results';
    const { score, total, results } = grade(quiz, this.answers);
    this.host.happened('fact-quiz-complete', { score, total, seed: quiz.seed, answers: results });
    this.host.changed();
    return 'finished';
  }

  /** The state to save, or undefined before the reader has started. */
  snapshot(): SessionSnapshot | undefined {
    const quiz = this.quiz;
    if (!quiz || this.phase === 'intro') return undefined;
    const { phase, index, answers, draft } = this;
    return { seed: quiz.seed, ids: quiz.questions.map((q) => q.id), phase, index, answers, draft };
  }

  /**
   * Takes up a saved session of the quiz shown. What this widget can't have written
   * (other questions, foreign option ids, a draft that doesn't fit) is left out.
   * False when the snapshot is of other questions.
   */
  restore(saved: SessionSnapshot): boolean {
    const quiz = this.quiz;
    if (saved.ids.join() !== quiz?.questions.map((q) => q.id).join()) return false;
    this.phase = saved.phase;
    this.answers = Object.fromEntries(
      quiz.questions.flatMap((q) => {
        const chosen = Object.hasOwn(saved.answers, q.id) ? restoredAnswer(q, saved.answers[q.id] ?? []) : undefined;
        return chosen ? [[q.id, chosen]] : [];
      }),
    );
    this.showQuestion(Math.min(Math.max(saved.index, 0), quiz.questions.length - 1));
    if (fitsDraft(this.question, saved.draft)) this.draft = [...saved.draft];
    this.host.changed();
    return true;
  }

  /** Reports an answer: the only place one is recorded. */
  private submit(q: Question): Step {
    const chosen = [...this.draft];
    if (chosen.length === 0) {
      this.notice = 'chooseFirst';
      this.host.changed();
      return 'choose-first';
    }
    this.answers = { ...this.answers, [q.id]: chosen };
    this.host.happened('fact-quiz-answer', { questionId: q.id, chosen: [...chosen], correct: isCorrect(q, chosen) });
    this.host.changed();
    return 'answered';
  }

  private showQuestion(index: number): void {
    this.index = index;
    this.draft = initialDraft(this.question);
    this.notice = undefined;
    this.turn++;
    this.host.changed();
  }
}

/** What a question starts with: an order question's options as shown, nothing chosen otherwise. */
function initialDraft(q: Question | undefined): string[] {
  return q?.kind === 'order' ? q.options.map((o) => o.id) : [];
}

/** An order question's draft must hold every option once; a choice, only options. */
function fitsDraft(q: Question | undefined, draft: readonly string[]): boolean {
  const ids = q?.options.map((o) => o.id) ?? [];
  return draft.every((id) => ids.includes(id)) && (q?.kind !== 'order' || (new Set(draft).size === draft.length && draft.length === ids.length));
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
