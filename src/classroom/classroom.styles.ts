/**
 * The teacher page's own styles. The element renders into light DOM, so these go into
 * the document (or shadow root) it sits in, once. They sit in the cascade layer
 * `fact-quiz-classroom`, so any rule of the page's own wins over them, whatever its
 * specificity; `:where(fact-quiz-classroom)` keeps them inside the element. Colours come
 * from the `<fact-quiz>` custom properties a site may already set, with the page's
 * palette as defaults in light and dark.
 */
import { css, type CSSResult } from 'lit';

export const classroomStyles: CSSResult = css`
  @layer fact-quiz-classroom {
    :where(fact-quiz-classroom) {
      --classroom-bg: var(--fact-quiz-bg, #fff);
      --classroom-fg: var(--fact-quiz-fg, #1b1c1f);
      --classroom-muted: var(--fact-quiz-muted, #53575e);
      --classroom-border: var(--fact-quiz-border, #767a82);
      --classroom-accent: var(--fact-quiz-accent, #0b57d0);
      --classroom-accent-fg: var(--fact-quiz-accent-fg, #fff);
      --classroom-key: var(--fact-quiz-correct, #146c2e);
      --classroom-code-bg: #e9ecf1;
      --classroom-rule: #d5d8de;
      --classroom-error-bg: #fdecea;
      --classroom-error-fg: #8c1d18;
      --classroom-note-bg: #fff6e0;
      color: var(--classroom-fg);
    }
    @media (prefers-color-scheme: dark) {
      :where(fact-quiz-classroom) {
        --classroom-bg: var(--fact-quiz-bg, #1b1d21);
        --classroom-fg: var(--fact-quiz-fg, #e3e3e6);
        --classroom-muted: var(--fact-quiz-muted, #b4b7bd);
        --classroom-border: var(--fact-quiz-border, #8e929a);
        --classroom-accent: var(--fact-quiz-accent, #a8c7fa);
        --classroom-accent-fg: var(--fact-quiz-accent-fg, #0a1f44);
        --classroom-key: var(--fact-quiz-correct, #7fd6a0);
        --classroom-code-bg: #23262b;
        --classroom-rule: #34373d;
        --classroom-error-bg: #3b1714;
        --classroom-error-fg: #ffb4ab;
        --classroom-note-bg: #2e2712;
      }
    }
    :where(fact-quiz-classroom),
    :where(fact-quiz-classroom) * {
      box-sizing: border-box;
    }
    :where(fact-quiz-classroom) h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    :where(fact-quiz-classroom) h3 {
      margin: 0;
      font-size: 1.0625rem;
    }
    :where(fact-quiz-classroom) code {
      padding: 0 0.25em;
      border-radius: 0.25rem;
      background: var(--classroom-code-bg);
      font: 0.875em/1.4 ui-monospace, monospace;
      overflow-wrap: anywhere;
    }
    :where(fact-quiz-classroom) :focus-visible {
      outline: 3px solid var(--classroom-accent);
      outline-offset: 2px;
    }

    /* Layout: the form beside the results on a wide screen, above them on a phone. */
    :where(fact-quiz-classroom) {
      display: grid;
      gap: 1.5rem;
      align-items: start;
    }
    @media (min-width: 60rem) {
      :where(fact-quiz-classroom) {
        grid-template-columns: minmax(18rem, 22rem) minmax(0, 1fr);
      }
    }
    :where(fact-quiz-classroom) .settings,
    :where(fact-quiz-classroom) .output {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }

    /* The form's groups, the files and the preview: cards */
    :where(fact-quiz-classroom) .settings fieldset,
    :where(fact-quiz-classroom) .files,
    :where(fact-quiz-classroom) .preview {
      padding: 1rem;
      border: 1px solid var(--classroom-rule);
      border-radius: 0.5rem;
      background: var(--classroom-bg);
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }

    /* The form */
    :where(fact-quiz-classroom) .settings fieldset {
      margin: 0;
      padding-block-start: 0.75rem;
    }
    :where(fact-quiz-classroom) .settings legend {
      padding: 0 0.25rem;
      font-weight: 650;
    }
    :where(fact-quiz-classroom) .settings fieldset.group {
      padding: 0;
      border: 0;
      gap: 0.25rem;
      background: none;
    }
    :where(fact-quiz-classroom) .settings fieldset.group legend {
      padding: 0;
      margin-block-end: 0.25rem;
      font-weight: 500;
    }
    :where(fact-quiz-classroom) .field {
      display: grid;
      gap: 0.25rem;
    }
    :where(fact-quiz-classroom) .field > label {
      font-weight: 500;
    }
    :where(fact-quiz-classroom) .row {
      display: flex;
      gap: 0.5rem;
    }
    :where(fact-quiz-classroom) .row input {
      flex: 1;
      min-width: 0;
    }
    :where(fact-quiz-classroom) .check {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    :where(fact-quiz-classroom) .check input {
      flex: none;
      width: 1.125rem;
      height: 1.125rem;
      margin: 0.1875rem 0 0;
      accent-color: var(--classroom-accent);
    }
    :where(fact-quiz-classroom) .hint {
      margin: 0;
      color: var(--classroom-muted);
      font-size: 0.875rem;
    }
    :where(fact-quiz-classroom) input[type='text'],
    :where(fact-quiz-classroom) input[type='number'],
    :where(fact-quiz-classroom) select {
      min-height: 2.5rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--classroom-border);
      border-radius: 0.375rem;
      background: var(--classroom-bg);
      color: inherit;
      font: inherit;
    }
    :where(fact-quiz-classroom) input[type='number'] {
      max-width: 8rem;
    }
    :where(fact-quiz-classroom) select {
      max-width: 12rem;
    }
    :where(fact-quiz-classroom) input[type='file'] {
      max-width: 100%;
      font: inherit;
      font-size: 0.875rem;
    }
    :where(fact-quiz-classroom) button {
      min-height: 2.5rem;
      padding: 0.375rem 0.875rem;
      border: 1px solid var(--classroom-accent);
      border-radius: 0.375rem;
      background: var(--classroom-bg);
      color: var(--classroom-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    :where(fact-quiz-classroom) button:hover {
      background: var(--classroom-code-bg);
    }
    :where(fact-quiz-classroom) button.primary {
      background: var(--classroom-accent);
      color: var(--classroom-accent-fg);
    }
    :where(fact-quiz-classroom) button.primary:hover {
      filter: brightness(1.1);
    }
    :where(fact-quiz-classroom) button:disabled {
      border-color: var(--classroom-border);
      color: var(--classroom-muted);
      cursor: not-allowed;
    }

    /* Messages */
    :where(fact-quiz-classroom) .alert:empty,
    :where(fact-quiz-classroom) .alert:not(.alert--shown) {
      display: none;
    }
    :where(fact-quiz-classroom) .alert {
      padding: 0.75rem 1rem;
      border: 1px solid var(--classroom-error-fg);
      border-inline-start-width: 0.375rem;
      border-radius: 0.5rem;
      background: var(--classroom-error-bg);
      color: var(--classroom-error-fg);
    }
    :where(fact-quiz-classroom) .alert p {
      margin: 0;
    }
    :where(fact-quiz-classroom) .alert .problems {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
      max-height: 24rem;
      overflow: auto;
    }
    :where(fact-quiz-classroom) .alert .problems li + li {
      margin-block-start: 0.25rem;
    }
    :where(fact-quiz-classroom) .alert .path {
      color: var(--classroom-fg);
    }
    :where(fact-quiz-classroom) .summary {
      margin: 0;
      font-weight: 500;
    }
    :where(fact-quiz-classroom) .summary:empty {
      display: none;
    }

    /* Print and download */
    :where(fact-quiz-classroom) .print {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    :where(fact-quiz-classroom) .downloads {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.5rem 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* One column of buttons as wide as the widest, with the notes beside them. */
    :where(fact-quiz-classroom) .downloads li {
      grid-column: 1 / -1;
      display: grid;
      grid-template-columns: subgrid;
      align-items: center;
      row-gap: 0.25rem;
    }
    :where(fact-quiz-classroom) .downloads button {
      text-align: start;
    }
    @media (max-width: 34rem) {
      :where(fact-quiz-classroom) .downloads li {
        grid-template-columns: minmax(0, 1fr);
      }
      :where(fact-quiz-classroom) .downloads button {
        justify-self: start;
      }
    }
    :where(fact-quiz-classroom) .file-name {
      display: inline-block;
      color: var(--classroom-fg);
    }
    :where(fact-quiz-classroom) .warnings {
      margin: 0;
      padding: 0.75rem 1rem 0.75rem 2rem;
      border-radius: 0.375rem;
      background: var(--classroom-note-bg);
      font-size: 0.9375rem;
    }
    :where(fact-quiz-classroom) .warnings li + li {
      margin-block-start: 0.25rem;
    }

    /* Preview: versions side by side where they fit */
    :where(fact-quiz-classroom) .preview-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    :where(fact-quiz-classroom) .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr));
      gap: 1.25rem;
    }
    :where(fact-quiz-classroom) .version {
      min-width: 0;
    }
    :where(fact-quiz-classroom) .version .meta {
      margin: 0.125rem 0 0.5rem;
      color: var(--classroom-muted);
      font-size: 0.875rem;
    }
    :where(fact-quiz-classroom) .questions {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    :where(fact-quiz-classroom) .question {
      padding-block: 0.5rem;
      border-top: 1px solid var(--classroom-rule);
    }
    :where(fact-quiz-classroom) .question p {
      margin: 0;
    }
    :where(fact-quiz-classroom) .stem {
      font-weight: 600;
    }
    :where(fact-quiz-classroom) .kind {
      color: var(--classroom-muted);
      font-size: 0.8125rem;
    }
    :where(fact-quiz-classroom) .options {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.5rem;
    }
    :where(fact-quiz-classroom) .options .is-key {
      font-weight: 700;
    }
    :where(fact-quiz-classroom) .key-mark,
    :where(fact-quiz-classroom) .answer {
      color: var(--classroom-key);
      font-weight: 700;
    }
    :where(fact-quiz-classroom) .answer {
      margin-block-start: 0.25rem;
      font-size: 0.9375rem;
    }

    /* Printing the page prints the preview; the worksheet has its own Print button. */
    @media print {
      :where(fact-quiz-classroom) .settings,
      :where(fact-quiz-classroom) .files,
      :where(fact-quiz-classroom) .preview-head .check {
        display: none;
      }
      :where(fact-quiz-classroom) {
        display: block;
        color: inherit;
      }
      :where(fact-quiz-classroom) .preview {
        border: 0;
        padding: 0;
      }
      :where(fact-quiz-classroom) .question {
        break-inside: avoid;
      }
    }
  }
`;

/** Roots given a `<style>` where the browser adopts no constructed sheets. */
const rootsWithStyleElement = new WeakSet<Node>();

/**
 * Adds the styles to the root the element was connected in, once: the constructed sheet
 * where the browser adopts them, else one `<style>` whose text is the stylesheet.
 */
export function adoptClassroomStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const sheet = classroomStyles.styleSheet;
  if (sheet !== undefined) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!rootsWithStyleElement.has(root)) {
    rootsWithStyleElement.add(root);
    const style = document.createElement('style');
    style.textContent = classroomStyles.cssText;
    (root instanceof Document ? root.head : root).append(style);
  }
}
