import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuizSession } from './session.js';

/** The element as the controller needs it: updates, and its rendered order list. */
type ReorderHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Rearranging an order question: dragging an item by its grip (pointer events, so
 * mouse, pen and touch alike) and the Move up / Move down buttons. Focus follows the
 * moved item; its new place is announced (`announcement`, for a live region).
 */
export class ReorderController implements ReactiveController {
  /** The item being dragged, if any. */
  dragging: string | undefined;
  /** The last move in words, for the turn (question shown) it was made in. */
  private said: { text: string; turn: number } | undefined;

  /** `describe(id, place, total)`: the words announcing that item `id` now stands at `place` (from 1) of `total`. */
  constructor(
    private readonly host: ReorderHost,
    private readonly session: QuizSession,
    private readonly describe: (id: string, place: number, total: number) => string,
  ) {
    host.addController(this);
  }

  /** What a screen reader hears after a move: nothing once another question is shown. */
  get announcement(): string {
    return this.said?.turn === this.session.turn ? this.said.text : '';
  }

  // A drag ends with the element's place in the page: its pointer capture is gone.
  hostDisconnected(): void {
    this.dragging = undefined;
  }

  readonly onMove = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    const { id = '', step = '' } = button.dataset;
    if (!this.moveItem(id, this.session.draft.indexOf(id) + Number(step))) return;
    await this.host.updateComplete;
    // The item moved, so its button is now another element: follow it.
    for (const other of this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.move')) {
      if (other.dataset.id === id && other.dataset.step === step) other.focus();
    }
  };

  readonly onGrab = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const grip = event.currentTarget as HTMLElement;
    this.dragging = grip.closest('li')?.dataset.id;
    this.host.requestUpdate();
    grip.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  readonly onDrag = (event: PointerEvent): void => {
    const id = this.dragging;
    if (id === undefined) return;
    // The new place: after every other item whose middle is above the pointer.
    let to = 0;
    for (const item of this.host.renderRoot.querySelectorAll<HTMLElement>('.item')) {
      const box = item.getBoundingClientRect();
      if (item.dataset.id !== id && box.top + box.height / 2 < event.clientY) to++;
    }
    // Quiet while the item is still under way: the drop announces where it lands.
    if (to !== this.session.draft.indexOf(id)) this.session.move(id, to);
  };

  readonly onDrop = (): void => {
    const id = this.dragging;
    if (id === undefined) return;
    this.dragging = undefined;
    this.host.requestUpdate();
    this.moveItem(id, this.session.draft.indexOf(id));
  };

  /** Puts item `id` at place `to` and announces it; false when there is no such place. */
  private moveItem(id: string, to: number): boolean {
    if (!this.session.move(id, to)) return false;
    this.said = { text: this.describe(id, to + 1, this.session.draft.length), turn: this.session.turn };
    this.host.requestUpdate();
    return true;
  }
}
