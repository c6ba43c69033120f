import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadWidgetWords, widgetWords } from '../../locales/widget.js';
import { widget as english } from '../../locales/en/widget.js';
import type { FactQuizStrings } from './strings.js';
import { languageOf } from '../../locales/lookup.js';

/**
 * Languages whose numbers are written in Latin digits in every region (CLDR's default
 * numbering system `latn`): there a whole number under 1,000 reads as `String(n)` does,
 * with no grouping, so it needs no `Intl.NumberFormat`, whose first use in a page loads
 * ICU's number data (30-60 ms on a fast machine) before the first question could paint.
 */
export const LATIN_DIGITS: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'cs']);

/** A BCP 47 tag `Intl` accepts, or undefined: a bad `lang` must not break the widget. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** What the screens need of the language: its tag, its words, and how numbers, dates and lists are written. */
export interface Localized {
  readonly lang: string;
  readonly terms: FactQuizStrings;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(day: string): string;
  list(items: readonly string[]): string;
}

/**
 * The widget's language and words. The language is the host's own `lang`, else the
 * quiz's language (so the buttons speak the language of the questions), else the
 * nearest `lang` in the page, else English. `strings` overrides are merged over the
 * language's built-in words. (The host re-renders when its `lang` changes: it is a
 * reactive property.)
 */
export class LocalizeController implements ReactiveController, Localized {
  /** The language settled for this render: resolved once per update, not at every word. */
  private settled: string | undefined;
  private wordsLoading: Promise<void> | undefined;
  private readonly failed = new Set<string>();
  private cache?: { base: FactQuizStrings; overrides: Partial<FactQuizStrings> | undefined; terms: FactQuizStrings };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly contentLang: () => string | undefined,
    private readonly overrides: () => Partial<FactQuizStrings> | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.settled = this.resolve();
    if (!this.wordsHere) {
      const lang = this.settled;
      this.wordsLoading ??= loadWidgetWords(lang).then(
        () => {
          this.wordsLoading = undefined;
          this.host.requestUpdate();
        },
        () => {
          // Offline: English words rather than none.
          this.wordsLoading = undefined;
          this.failed.add(lang);
          this.host.requestUpdate();
        },
      );
    }
  }

  /** Resolves when the words of the language are here (fetched on first use). */
  get ready(): Promise<void> {
    return this.wordsLoading ?? Promise.resolve();
  }

  /** Whether the language's own words are here to show (English stands in only if they can't be fetched). */
  get wordsHere(): boolean {
    return widgetWords(this.lang) !== undefined || this.failed.has(this.lang);
  }

  /** The resolved language tag, for `lang` attributes and `Intl`. */
  get lang(): string {
    return this.settled ?? this.resolve();
  }

  private resolve(): string {
    return (
      canonical(this.host.getAttribute('lang')) ??
      canonical(this.contentLang()) ??
      canonical(this.host.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
      'en'
    );
  }

  /** The words to show: the language's translation (English when there is none) with the overrides on top. */
  get terms(): FactQuizStrings {
    const base = widgetWords(this.lang) ?? english;
    const overrides = this.overrides();
    if (this.cache?.base !== base || this.cache.overrides !== overrides) {
      this.cache = { base, overrides, terms: { ...base, ...overrides } };
    }
    return this.cache.terms;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    if (options === undefined && Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGITS.has(languageOf(this.lang))) return String(value);
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  /** A calendar day `YYYY-MM-DD` in words; anything else is shown as given. */
  date(day: string): string {
    const time = Date.parse(`${day}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time)
      ? new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(time)
      : day;
  }

  /** `A, B and C` in the widget's language. */
  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.lang, { type: 'conjunction' }).format(items);
  }

  /**
   * Loads the ICU data of numbers and lists (the first formatter of each in a page costs
   * tens of ms; later ones almost nothing) while the reader reads the first question, so
   * that the first answer to a multiple-answer question or the score shows at once.
   */
  prepare(): void {
    this.number(0.5, { style: 'percent' });
    this.list([]);
  }
}
