/** A fact's quote: as it stands, and the article to select a new one in. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Fact } from '../../engine/pack.js';
import { articleText, problemsAt } from '../workbench.js';
import { checked } from './problems.js';
import type { WorkProps } from './work.js';

export interface QuoteProps extends Omit<WorkProps, 'commit'> {
  fact: Fact;
  /** Use the text selected in the article (`id('quote-text')`) as the quote. */
  onUseSelection: (fact: Fact) => void;
  /** Use the article's words that `typed` matches as the quote. */
  onQuoteWords: (fact: Fact, typed: string) => void;
}

/** The article a quote is selected in is read-only to the author, whatever the keys pressed. */
const refuseEdit = (e: Event): void => {
  e.preventDefault();
};

export function quoteView({ bench, problems, id, fact, onUseSelection, onQuoteWords }: QuoteProps): TemplateResult {
  const quote = checked(id, problemsAt(problems, 'fact', fact.id, 'quote'), 'quote');
  const text = articleText(bench);
  return html`<fieldset>
    <legend>Quote</legend>
    <blockquote class="current-quote" id=${id('quote-now')}>${fact.quote}</blockquote>
    ${quote.list}
    ${text === ''
      ? nothing
      : html`<div class="field">
            <label for=${id('quote-text')}>Select the quote in the article</label>
            <!-- Not readonly: Chromium moves no caret in a readonly textarea, so the keyboard could not select. Edits are refused instead. -->
            <textarea id=${id('quote-text')} aria-readonly="true" spellcheck="false" rows="6" @beforeinput=${refuseEdit} @input=${(e: Event) => {
              (e.target as HTMLTextAreaElement).value = text;
            }} aria-invalid=${quote.invalid} aria-describedby=${quote.describedBy === nothing ? id('quote-hint') : `${id('quote-hint')} ${quote.describedBy}`} .value=${text}></textarea>
            <p class="hint" id=${id('quote-hint')}>The article’s words can’t be changed here. With the keyboard: move with the arrow keys, hold Shift to select, then use the button.</p>
          </div>
          <button type="button" aria-describedby=${id('quote-now')} @click=${() => {
            onUseSelection(fact);
          }}>Use the selected text as the quote</button>
          <form class="quote-words" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const words = new FormData(e.target as HTMLFormElement).get('words');
            onQuoteWords(fact, typeof words === 'string' ? words : '');
          }}>
            <div class="field">
              <label for=${id('quote-words')}>Or type the quote’s words</label>
              <input type="text" name="words" id=${id('quote-words')} aria-describedby=${id('quote-words-hint')} />
              <p class="hint" id=${id('quote-words-hint')}>Found in the article whatever the case and spacing; the quote is then the article’s own words.</p>
            </div>
            <button type="submit">Find these words in the article</button>
          </form>`}
  </fieldset>`;
}
