/**
 * The screens no reader needs before the first question (results, print worksheet):
 * fetched once the first quiz screen is painted, before a print, or at once when one is
 * needed; their styles are adopted beside the element's own, and `prepare` readies what
 * else they need (the formatters of numbers and lists). The failure screen, with every
 * problem sentence, is fetched only when there is a failure to show.
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type * as LaterViews from './views/later.js';
import type * as FailureView from './views/failure.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LaterViewsController implements ReactiveController {
  /** The views, once fetched. */
  views: typeof LaterViews | undefined;
  /** The failure screen, once a failure has fetched it. */
  failure: typeof FailureView | undefined;
  /** The failure screen could not be fetched either (offline): the element says so in its own words. */
  failureUnreachable = false;
  private loading: Promise<void> | undefined;
  private loadingFailure: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly styles: CSSResultOrNative,
    /** Whether a quiz screen is shown, after which fetching them costs the reader nothing. */
    private readonly quizShown: () => boolean,
    private readonly prepare: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
  }

  hostUpdated(): void {
    // One timer, however many updates come before it fires.
    if (this.quizShown() && !this.loading && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.load();
      }, 100);
    }
  }

  /** Fetches the views once; after a failure (offline) the next call tries again. */
  load(): Promise<void> {
    this.loading ??= import('./views/later.js').then(
      (views) => {
        this.views = views;
        this.prepare();
        adoptStyles(this.host.renderRoot as ShadowRoot, [this.styles, views.laterStyles]);
        this.host.requestUpdate();
      },
      () => {
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  /** Fetches the failure screen once; after a failure to fetch it (offline) the next call tries again. */
  loadFailure(): Promise<void> {
    this.loadingFailure ??= import('./views/failure.js').then(
      (view) => {
        this.failure = view;
        this.host.requestUpdate();
      },
      () => {
        this.loadingFailure = undefined;
        this.failureUnreachable = true;
        this.host.requestUpdate();
      },
    );
    return this.loadingFailure;
  }

  private readonly onPrint = (): void => {
    void this.load();
  };
}
