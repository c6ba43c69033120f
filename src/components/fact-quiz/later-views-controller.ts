/**
 * The screens no reader needs before the first question (results, failure, print
 * worksheet): fetched once the first quiz screen is painted, before a print, or at once
 * when one is needed; their styles are adopted beside the element's own, and `prepare`
 * readies what else they need (the formatters of numbers and lists).
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type * as LaterViews from './views/later.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LaterViewsController implements ReactiveController {
  /** The views, once fetched. */
  views: typeof LaterViews | undefined;
  private loading: Promise<void> | undefined;

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
    if (this.quizShown() && !this.loading) setTimeout(() => void this.load(), 100);
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

  private readonly onPrint = (): void => {
    void this.load();
  };
}
