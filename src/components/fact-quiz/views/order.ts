/** The order question's list: items to drag by their grip or move with the ↑ ↓ buttons, marked once answered. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../../engine/quiz.js';
import type { ReorderController } from '../reorder-controller.js';
import { textOf, verdictClass } from './feedback.js';
import { markView, type QuestionProps } from './question.js';

/** The drag and move handlers of the order list, and the item being dragged. */
export type Reordering = Pick<ReorderController, 'dragging' | 'onMove' | 'onGrab' | 'onDrag' | 'onDrop'>;

export function orderView(q: Question, marked: boolean, p: QuestionProps, reorder: Reordering): TemplateResult {
  const { chosen: order, done } = p;
  const t = p.l.terms;
  return html`<ol class="options order" lang=${p.quizLang}>
      ${order.map((id, i) => {
        const text = textOf(q, id);
        const placed = q.answer[i] === id;
        return html`<li part="option" class="option item ${marked ? verdictClass(placed) : ''} ${reorder.dragging === id ? 'dragging' : ''}" data-id=${id}>
          ${done
            ? nothing
            : html`<span
                class="grip"
                aria-hidden="true"
                @pointerdown=${reorder.onGrab}
                @pointermove=${reorder.onDrag}
                @pointerup=${reorder.onDrop}
                @pointercancel=${reorder.onDrop}
                >⠿</span
              >`}
          <span class="text">${text}</span>${marked ? markView(placed, true, p) : nothing}
          ${done
            ? nothing
            : html`<span class="moves">
                <button part="button move" class="move" data-id=${id} data-step="-1" aria-label=${t.moveUp(text)}
                  aria-disabled=${i === 0} @click=${reorder.onMove}>↑</button>
                <button part="button move" class="move" data-id=${id} data-step="1" aria-label=${t.moveDown(text)}
                  aria-disabled=${i === order.length - 1} @click=${reorder.onMove}>↓</button>
              </span>`}
        </li>`;
      })}
    </ol>`;
}
