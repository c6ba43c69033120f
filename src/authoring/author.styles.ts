/**
 * The authoring page's styles, in its shadow root. Colours come from the `<fact-quiz>`
 * custom properties a site may already set; every pair keeps WCAG AA contrast.
 */
import { css, type CSSResult } from 'lit';

export const authorStyles: CSSResult = css`
  :host {
    --author-bg: var(--fact-quiz-bg, #fff);
    --author-fg: var(--fact-quiz-fg, #1b1c1f);
    --author-muted: var(--fact-quiz-muted, #53575e);
    --author-border: var(--fact-quiz-border, #767a82);
    --author-accent: var(--fact-quiz-accent, #0b57d0);
    --author-accent-fg: var(--fact-quiz-accent-fg, #fff);
    --author-draft-bg: #fff1b8;
    --author-fact-bg: #c8ecd2;
    --author-error-fg: #8c1d18;
    --author-error-bg: #fdecea;
    display: block;
    color: var(--author-fg);
    background: var(--author-bg);
    font: inherit;
    line-height: 1.45;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4 {
    margin: 0.2em 0 0.5em;
    line-height: 1.2;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--author-border);
    padding-bottom: 0.5rem;
    margin-bottom: 1rem;
  }
  .bar .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .saved,
  .hint,
  .meta {
    color: var(--author-muted);
    font-size: 0.9em;
  }
  .columns {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  section,
  fieldset {
    border: 1px solid var(--author-border);
    border-radius: 0.4rem;
    padding: 0.75rem;
    margin: 0 0 1rem;
    min-width: 0;
  }
  .article {
    white-space: pre-wrap;
    max-height: 32rem;
    overflow: auto;
    padding: 0.5rem;
    border: 1px solid var(--author-border);
  }
  mark {
    color: #1b1c1f;
    background: var(--author-draft-bg);
    border-bottom: 2px solid #8a6d00;
  }
  mark.fact {
    background: var(--author-fact-bg);
    border-bottom-color: #146c2e;
  }
  mark.selected {
    outline: 2px solid var(--author-accent);
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 28rem;
    overflow: auto;
  }
  ul.items > li {
    border-top: 1px solid var(--author-border);
    padding: 0.5rem 0;
  }
  ul.items > li.current {
    background: color-mix(in srgb, var(--author-accent) 8%, var(--author-bg));
  }
  .quote {
    margin: 0 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0 0 0.6rem;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    margin: 0 0 0.6rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='number'],
  input[type='url'],
  select,
  textarea {
    background: var(--author-bg);
    border: 1px solid var(--author-border);
    border-radius: 0.25rem;
    padding: 0.3rem 0.4rem;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
  }
  button {
    background: var(--author-accent);
    color: var(--author-accent-fg);
    border: 1px solid var(--author-accent);
    border-radius: 0.25rem;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button.secondary {
    background: var(--author-bg);
    color: var(--author-accent);
  }
  :focus-visible {
    outline: 3px solid var(--author-accent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--author-error-fg);
    border-width: 2px;
  }
  .problems {
    color: var(--author-error-fg);
    background: var(--author-error-bg);
    margin: 0.2rem 0 0;
    padding: 0.2rem 0.5rem 0.2rem 1.5rem;
    font-size: 0.9em;
  }
  .wording {
    background: color-mix(in srgb, var(--author-accent) 6%, var(--author-bg));
    border-left: 3px solid var(--author-accent);
    padding: 0.3rem 0.6rem;
    margin: 0 0 0.6rem;
  }
  .wording p {
    margin: 0.2rem 0;
  }
  .object {
    border-style: dashed;
  }
`;
