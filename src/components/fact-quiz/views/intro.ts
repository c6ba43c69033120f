/** The start screen: the quiz's title, how many questions, the mode, the date of the facts. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Quiz } from '../../../engine/index.js';
import type { Localized } from '../localize.js';

export interface IntroProps {
  l: Localized;
  quiz: Quiz;
  exam: boolean;
  /** The day the pack's facts were true (`YYYY-MM-DD`), when it says. */
  asOf: string | undefined;
  onStart: () => void;
}

export function introView({ l, quiz, exam, asOf, onStart }: IntroProps): TemplateResult {
  const t = l.terms;
  const total = quiz.questions.length;
  return html`<header part="header">
        <h2 class="heading" tabindex="-1" lang=${quiz.pack.lang}>${quiz.pack.title}</h2>
      </header>
      <p>${t.questions(total, l.number(total))}. ${exam ? t.examIntro : t.practiceIntro}</p>
      ${asOf ? html`<p class="muted">${t.asOf(l.date(asOf))}</p>` : nothing}
      <slot name="intro"></slot>
      <div class="actions"><button part="button" class="primary" @click=${onStart}>${t.start}</button></div>`;
}
