/** The start: an article to draft candidates from, or a pack to open from a file or the built-in one. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DraftLanguage } from '../dates.js';
import { valueOf, type WorkProps } from './work.js';

/** What the start form holds before an article is drafted: autosaved too. */
export interface ArticleForm {
  text: string;
  title: string;
  date: string;
  publisher: string;
  url: string;
  lang: DraftLanguage;
}

export interface StartProps {
  id: WorkProps['id'];
  form: ArticleForm;
  /** A field of the form was typed in or chosen. */
  onForm: (patch: Partial<ArticleForm>) => void;
  onDraft: (event: Event) => void;
  onFiles: (event: Event) => void;
  onOpenBuiltin: () => void;
}

export function startView({ id, form: f, onForm, onDraft, onFiles, onOpenBuiltin }: StartProps): TemplateResult {
  const field = (name: keyof ArticleForm, label: string, type = 'text', hint?: string): TemplateResult => html`
    <div class="field">
      <label for=${id(name)}>${label}</label>
      <input type=${type} id=${id(name)} .value=${live(f[name])} aria-describedby=${hint === undefined ? nothing : id(`${name}-hint`)} @input=${(e: Event) => {
        onForm({ [name]: valueOf(e) });
      }} />
      ${hint === undefined ? nothing : html`<p class="hint" id=${id(`${name}-hint`)}>${hint}</p>`}
    </div>
  `;
  return html`
    <form class="start" aria-labelledby=${id('start-heading')} @submit=${onDraft}>
      <h2 id=${id('start-heading')}>Start from an article</h2>
      <div class="field">
        <label for=${id('text')}>Article text</label>
        <textarea id=${id('text')} rows="12" .value=${live(f.text)} @input=${(e: Event) => {
          onForm({ text: valueOf(e) });
        }}></textarea>
      </div>
      ${field('title', 'Title')} ${field('date', 'Published on', 'text', 'YYYY-MM-DD: “last week” and “on Friday” count from this day.')} ${field('publisher', 'Publisher')}
      ${field('url', 'Link to the article', 'url')}
      <div class="field">
        <label for=${id('lang')}>Language</label>
        <select id=${id('lang')} @change=${(e: Event) => {
          onForm({ lang: valueOf(e) as DraftLanguage });
        }}>
          <option value="en" .selected=${f.lang === 'en'}>English</option>
          <option value="fr" .selected=${f.lang === 'fr'}>French</option>
        </select>
      </div>
      <button type="submit">Find candidate facts</button>
    </form>
    <section aria-labelledby=${id('open-heading')}>
      <h2 id=${id('open-heading')}>Or open a pack</h2>
      <div class="field">
        <label for=${id('file')}>Open a file: a pack (JSON) with its source texts, or an article (text)</label>
        <input type="file" id=${id('file')} multiple accept=".json,.txt,application/json,text/plain" @change=${onFiles} />
      </div>
      <button type="button" @click=${onOpenBuiltin}>Open the built-in pack</button>
    </section>
  `;
}
