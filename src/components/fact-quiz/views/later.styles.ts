import { css } from 'lit';

/**
 * The styles of the screens that load later (./later.ts): the results and the printed
 * worksheet. The element adopts them with the screens, so the first load carries only
 * what the first question needs.
 */
export const laterStyles = css`
  .results > * + * {
    margin-block-start: var(--fact-quiz-space);
  }
  .score {
    font-size: 1.25em;
    font-weight: 600;
  }
  .review {
    padding-inline-start: 1.5rem;
  }
  .review > li + li {
    margin-block-start: var(--fact-quiz-space);
    padding-block-start: var(--fact-quiz-space);
    border-block-start: 1px solid var(--fact-quiz-border);
  }
  .review > li > * + * {
    margin-block-start: 0.5rem;
  }
  .worksheet {
    display: none;
  }
  @media print {
    .base {
      color: #000;
      background: #fff;
      border: 0;
      padding: 0;
    }
    .screen {
      display: none;
    }
    .worksheet {
      display: block;
    }
    .worksheet > ol > li {
      break-inside: avoid;
      margin-block: 1em;
    }
    .worksheet ul {
      list-style: none;
      padding-inline-start: 0.5em;
    }
    .worksheet li li::before {
      content: '○ ';
    }
    .worksheet .multiple li::before {
      content: '☐ ';
    }
    .worksheet .order li::before {
      content: '___ ';
    }
  }
`;
