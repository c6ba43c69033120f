import { css } from 'lit';

// Logical properties throughout (inline/block), so `dir="rtl"` needs no rules of its own.
// Every default colour pair meets WCAG AA: text 4.5:1, borders, focus ring and progress 3:1.
// Inputs locked after Check are drawn (appearance: none): browsers paint a disabled input
// grey whatever accent-color says, and the reader's choice must stay plainly checked, in
// the accent (3:1 on the option). Forced colours keep the native ones.
export const styles = css`
  :host {
    --fact-quiz-accent: #0b57d0;
    --fact-quiz-accent-fg: #fff;
    --fact-quiz-bg: #fff;
    --fact-quiz-fg: #1b1c1f;
    --fact-quiz-muted: #53575e;
    --fact-quiz-border: #767a82;
    --fact-quiz-surface: #f1f3f6;
    --fact-quiz-correct: #146c2e;
    --fact-quiz-wrong: #b3261e;
    --fact-quiz-radius: 0.5rem;
    --fact-quiz-space: 1rem;
    display: block;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --fact-quiz-accent: #a8c7fa;
      --fact-quiz-accent-fg: #0a1f44;
      --fact-quiz-bg: #1b1c1f;
      --fact-quiz-fg: #e3e3e6;
      --fact-quiz-muted: #b4b8bf;
      --fact-quiz-border: #8e9199;
      --fact-quiz-surface: #2a2c31;
      --fact-quiz-correct: #7fdc98;
      --fact-quiz-wrong: #ffb4ab;
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    font-family: var(--fact-quiz-font, inherit);
    line-height: 1.5;
    color: var(--fact-quiz-fg);
    background: var(--fact-quiz-bg);
    border: 1px solid var(--fact-quiz-border);
    border-radius: var(--fact-quiz-radius);
    padding: calc(var(--fact-quiz-space) * 1.25);
    /* The box keeps its size while the quiz loads: nothing below it moves (layout shift). */
    min-block-size: var(--fact-quiz-min-height, 20rem);
  }
  .base > * + *,
  .screen > * + * {
    margin-block-start: var(--fact-quiz-space);
  }
  p,
  h2,
  h3,
  ol,
  ul,
  figure,
  blockquote {
    margin: 0;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.0625em;
  }
  .muted {
    color: var(--fact-quiz-muted);
  }
  header {
    display: grid;
    gap: calc(var(--fact-quiz-space) / 2);
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 1px solid var(--fact-quiz-border);
    border-radius: 1rem;
    background: var(--fact-quiz-surface);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--fact-quiz-surface);
  }
  progress::-webkit-progress-value {
    background: var(--fact-quiz-accent);
  }
  progress::-moz-progress-bar {
    background: var(--fact-quiz-accent);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--fact-quiz-space) * 0.75);
  }
  legend {
    padding: 0;
    font-size: 1.125em;
    font-weight: 600;
    margin-block-end: calc(var(--fact-quiz-space) * 0.75);
  }
  .options {
    display: grid;
    gap: calc(var(--fact-quiz-space) / 2);
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--fact-quiz-border);
    border-radius: calc(var(--fact-quiz-radius) * 0.75);
    background: var(--fact-quiz-surface);
  }
  label.option {
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--fact-quiz-accent);
    box-shadow: inset 0 0 0 1px var(--fact-quiz-accent);
  }
  .option:has(:disabled) {
    cursor: default;
  }
  .text {
    flex: 1;
  }
  input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--fact-quiz-accent);
  }
  input:disabled {
    appearance: none;
    border: 2px solid var(--fact-quiz-border);
    border-radius: 50%;
    background: var(--fact-quiz-bg);
  }
  input:disabled:checked {
    border-color: var(--fact-quiz-accent);
    background: radial-gradient(closest-side, var(--fact-quiz-accent) 50%, var(--fact-quiz-bg) 60%);
  }
  [type='checkbox']:disabled {
    border-radius: 0.25rem;
  }
  [type='checkbox']:disabled:checked {
    --t: #0000 calc(50% - 1.3px), var(--fact-quiz-accent-fg) 0 calc(50% + 1.3px), #0000 0;
    background:
      linear-gradient(to top right, var(--t)) 0.1875rem 0.5rem / 0.375rem 0.4375rem no-repeat,
      linear-gradient(to top left, var(--t)) 0.4375rem 0.25rem / 0.625rem 0.6875rem no-repeat,
      var(--fact-quiz-accent);
  }
  .tag {
    flex: none;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    input:disabled {
      appearance: auto;
    }
  }
  .grip {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 2.75rem;
    cursor: grab;
    touch-action: none;
    user-select: none;
    color: var(--fact-quiz-muted);
  }
  .dragging {
    border-style: dashed;
    border-color: var(--fact-quiz-accent);
  }
  .dragging .grip {
    cursor: grabbing;
  }
  .moves {
    display: flex;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--fact-quiz-accent);
    border-radius: var(--fact-quiz-radius);
    background: transparent;
    color: var(--fact-quiz-accent);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--fact-quiz-accent);
    color: var(--fact-quiz-accent-fg);
  }
  button.move {
    padding: 0;
    background: var(--fact-quiz-bg);
  }
  button[aria-disabled='true'] {
    border-color: var(--fact-quiz-border);
    color: var(--fact-quiz-muted);
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--fact-quiz-accent);
    outline-offset: 2px;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--fact-quiz-accent);
    outline-offset: 2px;
  }
  .heading:focus {
    outline-offset: 4px;
  }
  .heading:focus:not(:focus-visible) {
    outline: none;
  }
  .actions,
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--fact-quiz-space) / 2) var(--fact-quiz-space);
  }
  .feedback:not(:empty),
  .error {
    display: grid;
    gap: calc(var(--fact-quiz-space) / 2);
    padding: var(--fact-quiz-space);
    border-radius: var(--fact-quiz-radius);
    background: var(--fact-quiz-surface);
    border-inline-start: 4px solid var(--fact-quiz-border);
  }
  .is-right {
    --verdict: var(--fact-quiz-correct);
  }
  .is-wrong,
  .error {
    --verdict: var(--fact-quiz-wrong);
  }
  .feedback.is-right,
  .feedback.is-wrong,
  .error {
    border-color: var(--verdict);
  }
  .option.is-right,
  .option.is-wrong {
    border-color: var(--verdict);
    box-shadow: inset 0 0 0 1px var(--verdict);
  }
  .verdict {
    font-weight: 700;
  }
  .ok {
    color: var(--fact-quiz-correct);
  }
  .no,
  .error .verdict {
    color: var(--fact-quiz-wrong);
  }
  .mark {
    flex: none;
    font-weight: 700;
    font-size: 1.25em;
  }
  .key {
    margin-block-start: 0.25rem;
    padding-inline-start: 1.5rem;
  }
  blockquote {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--fact-quiz-border);
    font-style: italic;
  }
  blockquote::before {
    content: open-quote;
  }
  blockquote::after {
    content: close-quote;
  }
  figcaption {
    margin-block-start: 0.25rem;
    color: var(--fact-quiz-muted);
    font-size: 0.9375em;
  }
  a {
    color: var(--fact-quiz-accent);
  }
  .stem {
    font-weight: 600;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .option,
    progress::-webkit-progress-value {
      transition:
        background-color 0.15s,
        border-color 0.15s,
        inline-size 0.3s;
    }
  }
`;
