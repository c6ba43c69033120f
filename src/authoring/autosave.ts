/**
 * Autosave for the authoring page: a change is written to localStorage shortly after it
 * is made, and at once when the page is hidden or left, so a reload loses nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SaveState } from './views/save-bar.js';

/** How long typing may go on before it is written to localStorage. */
const AUTOSAVE_DELAY = 300;

export class AutosaveController implements ReactiveController {
  /** Whether the work is kept: the save bar says it. */
  state: SaveState = 'saved';
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `write` stores the work, and throws when the browser refuses. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly write: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Something changed: write it shortly. */
  schedule(): void {
    this.#set('pending');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, AUTOSAVE_DELAY);
  }

  /** Writes what is pending now. */
  readonly flush = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.state !== 'pending') return;
    try {
      this.write();
      this.#set('saved');
    } catch {
      this.#set('failed');
    }
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  #set(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
