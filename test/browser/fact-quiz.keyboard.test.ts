// Keyboard only: real key presses (sendKeys goes through the browser's input pipeline),
// no clicks and no script focus, through a whole quiz of every kind.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateQuiz, type Question } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import type { FactQuizHarness } from './fact-quiz.harness.js';
import { mount, recordEvents } from './helpers.js';

// A seed whose five questions hold every kind, a four-option single first: the default
// seed's quiz need not (facts are drawn first, kinds follow them).
const SEED = 'keys-0';
const builtIn = generateQuiz(stateVisitPack, { count: 5, seed: SEED });

async function press(quiz: FactQuizHarness, key: string): Promise<void> {
  await sendKeys({ press: key });
  await quiz.settle();
}

/** Presses Tab until `target()` has focus; fails after `max` presses. Returns the presses. */
async function tabTo(quiz: FactQuizHarness, target: () => Element, what: string, max = 20): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await press(quiz, 'Tab');
    if (quiz.focused() === target()) return presses;
  }
  throw new Error(`${String(max)} Tabs never reached ${what}; focus is on ${quiz.focused()?.outerHTML.slice(0, 80) ?? 'nothing in the widget'}`);
}

/** Answers the current question right with keys only; leaves focus on the Check button. */
async function answerByKeyboard(quiz: FactQuizHarness, question: Question): Promise<void> {
  const text = (id: string): string => question.options.find((o) => o.id === id)?.text ?? id;
  if (question.kind === 'single' || question.kind === 'true-false') {
    await press(quiz, 'Tab');
    expect(quiz.focused()).to.equal(quiz.inputs()[0]); // the group's one tab stop
    const key = question.options.findIndex((o) => o.id === question.answer[0]);
    if (key === 0) await press(quiz, 'Space');
    for (let i = 0; i < key; i++) await press(quiz, 'ArrowDown');
    expect(quiz.chosen()).to.deep.equal([text(question.answer[0]!)]);
    await press(quiz, 'Tab');
    expect(quiz.focused(), 'one Tab leaves the radio group').to.equal(quiz.primary());
  } else if (question.kind === 'multiple') {
    for (const [i, option] of question.options.entries()) {
      await press(quiz, 'Tab');
      expect(quiz.focused()).to.equal(quiz.inputs()[i]);
      if (question.answer.includes(option.id)) await press(quiz, 'Space');
    }
    expect(quiz.chosen()).to.have.members(question.answer.map(text));
    await press(quiz, 'Tab');
    expect(quiz.focused()).to.equal(quiz.primary());
  } else {
    const total = question.options.length;
    for (const [i, id] of question.answer.entries()) {
      const item = text(id);
      await tabTo(quiz, () => quiz.moveButton(item, 'up'), `Move up for ${item}`);
      while (quiz.order().indexOf(item) > i) {
        await press(quiz, 'Enter');
        const position = quiz.order().indexOf(item);
        expect(quiz.focused(), 'focus follows the moved item').to.equal(quiz.moveButton(item, 'up'));
        expect(quiz.announcement()).to.equal(`“${item}” moved to position ${String(position + 1)} of ${String(total)}.`);
      }
    }
    expect(quiz.order()).to.deep.equal(question.answer.map(text));
    await tabTo(quiz, () => quiz.primary(), 'the Check button');
  }
}

describe('<fact-quiz> with the keyboard only', () => {
  it('runs a whole practice quiz of every kind: Tab, arrows, Space and Enter', async () => {
    const { quiz } = await mount(html`<fact-quiz seed=${SEED}></fact-quiz>`);
    const recorded = recordEvents();
    expect(new Set(builtIn.questions.map((q) => q.kind)), `pick a seed whose quiz holds every kind, not ${SEED}`).to.have.keys('single', 'multiple', 'true-false', 'order');

    await press(quiz, 'Tab');
    expect(quiz.focused(), 'Start is the first tab stop').to.equal(quiz.primary());
    await press(quiz, 'Enter');
    for (const [i, question] of builtIn.questions.entries()) {
      expect(quiz.heading()).to.equal(`Question ${String(i + 1)} of 5`);
      expect(quiz.headingIsFocused(), 'focus on the question heading').to.equal(true);
      await answerByKeyboard(quiz, question);
      expect(quiz.nameOf(quiz.primary())).to.equal('Check answer');
      await press(quiz, 'Enter');
      expect(quiz.status()).to.match(/^✓ Right!/);
      expect(quiz.focused(), 'focus stays on the button, which now says Next').to.equal(quiz.primary());
      expect(quiz.nameOf(quiz.primary())).to.equal(i === 4 ? 'See results' : 'Next question');
      await press(quiz, 'Enter');
    }
    expect(quiz.heading()).to.equal('Your results');
    expect(quiz.headingIsFocused()).to.equal(true);
    expect(quiz.score()).to.equal('You scored 5 out of 5 (100%).');

    await tabTo(quiz, () => quiz.button('Try again'), 'Try again');
    await press(quiz, 'Enter');
    expect(quiz.heading()).to.equal('Question 1 of 5');
    expect(quiz.headingIsFocused()).to.equal(true);
    expect(recorded.types().filter((t) => t === 'fact-quiz-start')).to.have.length(2);
    recorded.stop();
  });

  it('keeps one tab stop per radio group, forwards and backwards', async () => {
    const { quiz } = await mount(html`<fact-quiz seed=${SEED}></fact-quiz>`);
    await press(quiz, 'Tab');
    await press(quiz, 'Enter');
    await press(quiz, 'Tab');
    await press(quiz, 'ArrowDown');
    await press(quiz, 'ArrowDown');
    const checked = quiz.inputs()[2];
    expect(quiz.focused()).to.equal(checked);
    await press(quiz, 'Tab');
    expect(quiz.focused()).to.equal(quiz.primary());
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(quiz.focused(), 'Shift+Tab returns to the checked radio').to.equal(checked);
    await press(quiz, 'ArrowUp');
    expect(quiz.focused()).to.equal(quiz.inputs()[1]);
    expect(quiz.inputs()[1]!.checked).to.equal(true);
  });

  it('runs an exam with Enter on Next, and says nothing until the results', async () => {
    const { quiz } = await mount(html`<fact-quiz mode="exam" seed=${SEED}></fact-quiz>`);
    await press(quiz, 'Tab');
    await press(quiz, 'Enter');
    for (const question of builtIn.questions) {
      await answerByKeyboard(quiz, question);
      expect(quiz.nameOf(quiz.primary())).to.equal(question === builtIn.questions[4] ? 'See results' : 'Next question');
      await press(quiz, 'Enter');
      if (question !== builtIn.questions[4]) {
        expect(quiz.status()).to.equal('');
        expect(quiz.headingIsFocused()).to.equal(true);
      }
    }
    expect(quiz.heading()).to.equal('Your results');
    expect(quiz.score()).to.equal('You scored 5 out of 5 (100%).');
  });

  it('asks for an answer when Check is pressed with nothing chosen, without moving focus', async () => {
    const { quiz } = await mount(html`<fact-quiz seed=${SEED}></fact-quiz>`);
    await press(quiz, 'Tab');
    await press(quiz, 'Enter');
    await tabTo(quiz, () => quiz.primary(), 'Check');
    await press(quiz, 'Enter');
    expect(quiz.status()).to.equal('Choose an answer first.');
    expect(quiz.focused()).to.equal(quiz.primary());
    expect(quiz.heading()).to.equal('Question 1 of 5');
  });
});
