// The first test of the component: axe (WCAG 2.2 A and AA rules) in every state, light
// and dark, plus the structure axe can't judge: groups, names, focus, live regions, sizes.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { syntheticPack } from '../packs/synthetic.js';
import { axeViolations, blobUrl, contrast, expectAccessible, mount } from './helpers.js';

const builtIn = generateQuiz(stateVisitPack, { count: 5 });

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`<fact-quiz> axe, ${colorScheme} (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)`, () => {
    before(() => emulateMedia({ colorScheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));

    it('has no violations in any state of a practice quiz: intro, each kind, right and wrong feedback, results', async () => {
      const { el, quiz } = await mount(html`<fact-quiz></fact-quiz>`);
      await expectAccessible(el, 'intro');
      await quiz.start();
      for (const [i, question] of builtIn.questions.entries()) {
        await expectAccessible(el, `question ${String(i + 1)} (${question.kind}), unanswered`);
        if (question.kind !== 'order') {
          await quiz.check(); // nothing chosen yet: the "choose an answer" notice
          await expectAccessible(el, `question ${String(i + 1)} (${question.kind}), notice`);
        }
        await quiz.answer(question, i % 2 === 0);
        await expectAccessible(el, `question ${String(i + 1)} (${question.kind}), chosen`);
        await quiz.check();
        await expectAccessible(el, `question ${String(i + 1)} (${question.kind}), ${i % 2 === 0 ? 'right' : 'wrong'} feedback`);
        await quiz.next();
      }
      expect(quiz.heading()).to.equal('Your results');
      await expectAccessible(el, 'results');
    });

    it('has no violations in exam mode', async () => {
      const { el, quiz } = await mount(html`<fact-quiz mode="exam"></fact-quiz>`);
      await quiz.start();
      await quiz.answer(builtIn.questions[0]!);
      await expectAccessible(el, 'exam question');
      await quiz.next();
      for (const question of builtIn.questions.slice(1)) {
        await quiz.answer(question, false);
        await quiz.next();
      }
      await expectAccessible(el, 'exam results');
    });

    it('has no violations while loading and when a pack fails to load or validate', async () => {
      const { el: loading } = await mount(html`<fact-quiz src=${blobUrl('{}')}></fact-quiz>`);
      await expectAccessible(loading, 'loading');
      const { el: missing, quiz: missingQuiz } = await mount(html`<fact-quiz src="/test/browser/fixtures/no-such-pack.json"></fact-quiz>`);
      await waitForAlert(missingQuiz.alert.bind(missingQuiz));
      await expectAccessible(missing, 'HTTP error');
      const { el: invalid, quiz: invalidQuiz } = await mount(html`<fact-quiz src=${blobUrl('{"format":"nope"}')}></fact-quiz>`);
      await waitForAlert(invalidQuiz.alert.bind(invalidQuiz));
      await expectAccessible(invalid, 'validation problems');
      const { el: tooSmall } = await mount(html`<fact-quiz count="500"></fact-quiz>`);
      await expectAccessible(tooSmall, 'quiz error');
    });
  });
}

async function waitForAlert(alert: () => HTMLElement | null): Promise<void> {
  await waitUntil(() => alert() !== null, 'no alert shown', { timeout: 5000 });
}

describe('<fact-quiz> accessibility structure', () => {
  it('uses an axe check that does see into shadow roots (control)', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button'); // no accessible name
    const faint = document.createElement('p');
    faint.textContent = 'faint';
    faint.style.cssText = 'color: #ddd; background: #fff';
    root.append(button, faint);
    document.body.append(host);
    try {
      const violations = (await axeViolations(host)).map((v) => v.split(' ')[0]);
      expect(violations).to.include.members(['button-name', 'color-contrast']);
    } finally {
      host.remove();
    }
  });

  it('has no violations in French, right to left, with a pack in another language', async () => {
    const { el, quiz } = await mount(html`<fact-quiz lang="fr" dir="rtl" .pack=${syntheticPack({ facts: 60, lang: 'en-GB' })}></fact-quiz>`);
    await expectAccessible(el, 'French RTL intro');
    await quiz.start();
    await expectAccessible(el, 'French RTL question');
  });

  it('asks each question in a fieldset whose legend is the stem, with native inputs', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    expect(quiz.stemElement().parentElement).to.equal(quiz.fieldset());
    expect(quiz.stem()).to.equal(builtIn.questions[0]!.stem);
    const first = builtIn.questions[0]!;
    const type = first.kind === 'multiple' ? 'checkbox' : 'radio';
    expect(quiz.inputs().map((i) => i.type)).to.deep.equal(first.options.map(() => type));
    for (const input of quiz.inputs()) expect(input.closest('label')).to.not.equal(null);
  });

  it('gives every radio group one name, unique per question and per instance', async () => {
    const { quiz: first } = await mount(html`<fact-quiz></fact-quiz>`);
    const { quiz: second } = await mount(html`<fact-quiz></fact-quiz>`);
    await first.start();
    await second.start();
    const names = (q: typeof first): Set<string> => new Set(q.inputs().map((i) => i.name));
    expect(names(first).size).to.equal(1);
    expect(names(second).size).to.equal(1);
    expect([...names(first)][0]).to.not.equal([...names(second)][0]);
    const before = [...names(first)][0];
    await first.answer(builtIn.questions[0]!);
    await first.check();
    await first.next();
    expect([...names(first)][0]).to.not.equal(before);
  });

  it('moves focus to the heading on Start, Next and See results, and marks the heading focusable only by script', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    expect(quiz.headingIsFocused()).to.equal(true);
    expect(quiz.headingElement().tabIndex).to.equal(-1);
    expect(quiz.headingElement().tagName).to.equal('H2');
    await quiz.answer(builtIn.questions[0]!);
    await quiz.check();
    await quiz.next();
    expect(quiz.heading()).to.equal('Question 2 of 5');
    expect(quiz.headingIsFocused()).to.equal(true);
  });

  it('has a status region in the DOM, empty, before feedback fills it', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    const region = quiz.statusRegion();
    expect(region.getAttribute('role')).to.equal('status');
    expect(quiz.status()).to.equal('');
    await quiz.answer(builtIn.questions[0]!, false);
    await quiz.check();
    expect(quiz.statusRegion()).to.equal(region); // the same live region, now filled
    expect(quiz.status()).to.contain('Not quite.');
  });

  it('says right and wrong in words and with different icons, not colour alone', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    await quiz.answer(builtIn.questions[0]!, false);
    await quiz.check();
    expect(quiz.status()).to.match(/^✗ Not quite\./);
    const marks = quiz.optionElements().map((o) => o.querySelector('.mark')?.textContent.replace(/\s+/g, ' ').trim() ?? '');
    expect(marks.filter((m) => m === '✓(correct answer)')).to.have.length(1);
    expect(marks.filter((m) => m === '✗(your choice, wrong)')).to.have.length(1);
    await quiz.next();
    await quiz.answer(builtIn.questions[1]!, true);
    await quiz.check();
    expect(quiz.status()).to.match(/^✓ Right!/);
  });

  it("keeps the reader's choice visibly checked once locked: drawn in the accent, 3:1 on the option, light and dark", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
      await quiz.start();
      for (const [i, question] of builtIn.questions.slice(0, 3).entries()) {
        await quiz.answer(question, i !== 1);
        await quiz.check();
        const accent = getComputedStyle(quiz.primary()).backgroundColor;
        const what = `${colorScheme}, ${question.kind}`;
        for (const input of quiz.inputs()) {
          expect(input.disabled, `${what}: locked`).to.equal(true);
          const drawn = getComputedStyle(input);
          const option = getComputedStyle(input.closest('label')!).backgroundColor;
          if (input.checked) {
            // Chromium paints a disabled checked input grey whatever accent-color says.
            expect(drawn.borderTopColor, `${what}: the chosen input in the accent`).to.equal(accent);
            expect(drawn.backgroundImage, `${what}: a dot or tick drawn inside`).to.not.equal('none');
            expect(contrast(drawn.borderTopColor, option), `${what}: ${drawn.borderTopColor} on ${option}`).to.be.at.least(3);
          } else {
            expect(drawn.borderTopColor, `${what}: an input not chosen is not in the accent`).to.not.equal(accent);
            expect(drawn.backgroundImage, `${what}: nothing drawn inside an input not chosen`).to.equal('none');
          }
        }
        await quiz.next();
      }
    }
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows progress as a native progress bar with a name', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    expect(quiz.progress().max).to.equal(5);
    expect(quiz.progress().value).to.equal(0);
    expect(quiz.progress().getAttribute('aria-label')).to.equal('Progress');
    await quiz.answer(builtIn.questions[0]!);
    await quiz.check();
    expect(quiz.progress().value).to.equal(1);
  });

  it('makes every target at least 24 by 24 CSS pixels', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const big = (el: Element): void => {
      const box = el.getBoundingClientRect();
      expect(box.width, `${el.outerHTML.slice(0, 60)} width`).to.be.at.least(24);
      expect(box.height, `${el.outerHTML.slice(0, 60)} height`).to.be.at.least(24);
    };
    big(quiz.primary());
    await quiz.start();
    for (const input of quiz.inputs()) big(input);
    for (const question of builtIn.questions.slice(0, 3)) {
      await quiz.answer(question);
      await quiz.check();
      await quiz.next();
    }
    for (const button of quiz.buttons()) big(button);
  });

  it('draws a visible focus ring, 3:1 against the background, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
      await sendKeys({ press: 'Tab' }); // keyboard focus, so :focus-visible applies
      const button = quiz.primary();
      expect(quiz.focused()).to.equal(button);
      const ring = getComputedStyle(button);
      const background = getComputedStyle(quiz.part('base')).backgroundColor;
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(contrast(ring.outlineColor, background), `${colorScheme}: ${ring.outlineColor} on ${background}`).to.be.at.least(3);
      (document.activeElement as HTMLElement | null)?.blur();
    }
    await emulateMedia({ colorScheme: 'light' });
  });
});
