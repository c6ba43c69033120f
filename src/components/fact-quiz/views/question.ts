/** The question screen: the stem, the choices or the order list, their marks, and Check / Next. */
import { html, nothing, type TemplateResult } from 'lit';
import { isCorrect } from '../../../engine/grade.js';
import type { Question, Quiz } from '../../../engine/quiz.js';
import type { OrderSupport } from '../order.js';
import { feedbackView, verdictClass, type Wording } from './feedback.js';

export interface QuestionProps extends Wording {
  quiz: Quiz;
  index: number;
  /** The answer given, else the choice being made. */
  chosen: readonly string[];
  /** Answered: the choice can no longer change. */
  done: boolean;
  exam: boolean;
  /** A notice in the feedback region (Choose an answer first). */
  notice: string | undefined;
  /** Unique to the element: radio names and the hint's id must not meet another quiz's. */
  uid: string;
  /** The order list and its controller, fetched with a quiz that has an order question. */
  order: OrderSupport | undefined;
  onChoose: (event: Event) => void;
  onNext: () => void;
}

export function questionView(p: QuestionProps): TemplateResult {
  const { quiz, index, chosen, done } = p;
  const t = p.l.terms;
  const q = quiz.questions[index] as Question;
  const total = quiz.questions.length;
  const feedback = done && !p.exam;
  const last = index === total - 1;
  const hint = q.kind === 'multiple' ? t.selectAll : q.kind === 'order' && !done ? t.orderHint : '';
  return html`<header part="header">
        <p class="muted" lang=${quiz.pack.lang}>${quiz.pack.title}</p>
        <h2 class="heading" tabindex="-1">${t.questionOf(p.l.number(index + 1), p.l.number(total))}</h2>
        <progress part="progress" max=${total} value=${index + (done ? 1 : 0)} aria-label=${t.progress}></progress>
      </header>
      <fieldset part="question" class="question" aria-describedby=${hint ? `${p.uid}-hint` : nothing}>
        <legend class="stem" lang=${quiz.pack.lang}>${q.stem}</legend>
        ${hint ? html`<p class="muted" id="${p.uid}-hint">${hint}</p>` : nothing}
        ${q.kind !== 'order' ? choicesView(q, feedback, p) : p.order ? p.order.view(q, feedback, p, p.order.controller) : html`<p class="muted">${t.loading}</p>`}
      </fieldset>
      <div part="feedback" class="feedback ${feedback ? verdictClass(isCorrect(q, chosen)) : ''}" role="status">${feedback
        ? feedbackView(q, chosen, p)
        : p.notice
          ? html`<p>${p.notice}</p>`
          : nothing}</div>
      <div class="actions">
        <button part="button" class="primary" @click=${p.onNext}>${done || p.exam ? (last ? t.finish : t.next) : t.check}</button>
      </div>
      <p class="sr-only" role="status">${p.order?.controller.announcement ?? ''}</p>`;
}

function choicesView(q: Question, marked: boolean, p: QuestionProps): TemplateResult {
  const { chosen, done } = p;
  const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
  const name = `${p.uid}-${String(p.index)}`;
  return html`<div class="options" lang=${p.quizLang}>
      ${q.options.map((o) => {
        const on = chosen.includes(o.id);
        const key = q.answer.includes(o.id);
        return html`<label part="option" class="option ${marked && (key || on) ? verdictClass(key) : ''}">
          <input type=${type} name=${name} .value=${o.id} .checked=${on} ?disabled=${done} @change=${p.onChoose} />
          <span class="text">${o.text}</span>${marked && on ? html`<span class="tag" lang=${p.l.lang}>${p.l.terms.yourChoice}</span>` : nothing}${marked ? markView(key, on, p) : nothing}
        </label>`;
      })}
    </div>`;
}

/** ✓ on a key, ✗ on a wrong choice, each with words for screen readers. */
export function markView(key: boolean, chosen: boolean, p: Wording): TemplateResult | typeof nothing {
  const t = p.l.terms;
  if (!key && !chosen) return nothing;
  return html`<span class="mark ${key ? 'ok' : 'no'}" lang=${p.l.lang}
      ><span aria-hidden="true">${key ? '✓' : '✗'}</span><span class="sr-only">(${key ? t.isKey : t.isWrongChoice})</span></span
    >`;
}
