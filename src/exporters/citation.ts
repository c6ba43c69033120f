/**
 * How every export cites a question's source: the title, publisher and link, and the
 * quote a pupil checks the answer against, in plain text or as markup.
 */
import type { QuestionSource } from '../engine/quiz.js';
import { isHttpUrl } from '../engine/validate.js';
import { type Markup, html, join } from './markup.js';
import type { ExportWords } from '../locales/types.js';
import { exportWords as english } from '../locales/en/exports.js';

/** "Title (Publisher, https://…)": who said it, in plain text; only a link a reader may follow is shown. */
export function citation(source: QuestionSource): string {
  const details = [source.publisher, isHttpUrl(source.url) ? source.url : undefined].filter((d): d is string => d !== undefined && d !== '');
  return details.length === 0 ? source.title : `${source.title} (${details.join(', ')})`;
}

/** `Title (Publisher): “quote”`, the line a pupil checks the answer against, in the words' language. */
export function sourceLine(source: QuestionSource, words: ExportWords = english): string {
  return `${citation(source)}${words.colon} ${words.openQuote}${source.quote}${words.closeQuote}`;
}

/** How a markup format sets a source: the worksheet cites it in a styled paragraph, QTI quotes with `<q>`. */
export interface SourceMarkup {
  /** The paragraph's class. */
  className?: string;
  /** Put the title in `<cite>`. */
  cite?: boolean;
  /** Mark the quote with `<q>` instead of curly quotes. */
  quoteElement?: boolean;
}

/**
 * `<p>Source: <a href="…">Title (Publisher, https://…)</a>: “quote”</p>`: `sourceLine` as
 * markup for HTML and XML formats, the title a link when a reader may follow it.
 */
export function sourceParagraph(source: QuestionSource, style: SourceMarkup = {}, words: ExportWords = english): Markup {
  const title = isHttpUrl(source.url) ? html`<a href="${source.url}">${citation(source)}</a>` : citation(source);
  const name = style.cite === true ? html`<cite>${title}</cite>` : title;
  const quote = style.quoteElement === true ? html`<q>${source.quote}</q>` : `${words.openQuote}${source.quote}${words.closeQuote}`;
  const open = style.className === undefined ? html`<p>` : html`<p class="${style.className}">`;
  // join, not ${name}${colon}: the template would take a title ending in "=" for an unquoted attribute.
  return html`${open}${words.source} ${join([name, `${words.colon} `, quote])}</p>`;
}
