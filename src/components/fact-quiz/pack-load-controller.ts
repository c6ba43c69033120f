import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loaded, LoadFailure } from './loader.js';

/** What becomes of a load: the pack or quiz, or why there is none. */
export interface PackLoadOutcome {
  loaded(source: Loaded): void;
  failed(failure: LoadFailure): void;
}

interface Load {
  src: string;
  timeout: number;
  request: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Loads the pack or quiz at `src`: one load at a time (a newer `src` cancels the older), cut
 * short when the element leaves the page and started again when it comes back. The
 * loader (and with it the validator) is imported only when a `src` is loaded.
 */
export class PackLoadController implements ReactiveController {
  private pending: Load | undefined;
  /** The load a disconnection cut short, to start again on reconnection. */
  private interrupted: Load | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly outcome: PackLoadOutcome,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const again = this.interrupted;
    if (again) this.load(again.src, again.timeout);
  }

  hostDisconnected(): void {
    const pending = this.pending;
    this.cancel();
    this.interrupted = pending;
  }

  /** Starts loading `src`, giving up after `timeout` ms; cancels any earlier load. */
  load(src: string, timeout: number): void {
    this.cancel();
    const request = new AbortController();
    const timer = setTimeout(() => {
      request.abort(new DOMException('', 'TimeoutError'));
    }, timeout);
    const load: Load = { src, timeout, request, timer };
    this.pending = load;
    // The file is asked for at once, while the loader's chunk is still on its way.
    const response = fetch(src, { signal: request.signal, headers: { accept: 'application/json' } });
    response.catch(() => undefined); // read by loadSource; unhandled until then
    import('./loader.js')
      .then(({ loadSource }) => loadSource(response, request.signal, timeout))
      .then(
        (source) => {
          if (this.settle(load)) this.outcome.loaded(source);
        },
        (error: unknown) => {
          if (this.settle(load)) this.outcome.failed((error as { failure?: LoadFailure } | null)?.failure ?? { reason: 'network' });
        },
      );
  }

  /** Cancels the load under way, if any: its outcome is not reported. */
  cancel(): void {
    this.pending?.request.abort();
    clearTimeout(this.pending?.timer);
    this.pending = undefined;
    this.interrupted = undefined;
  }

  /** True when `load` is still the one wanted, which it then stops being. */
  private settle(load: Load): boolean {
    clearTimeout(load.timer);
    if (load !== this.pending) return false;
    this.pending = undefined;
    return true;
  }
}
