// Order questions: reordering by buttons (keyboard, mouse, touch) and by dragging.
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { generateQuiz, type Question } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';
import type { FactQuizHarness } from './fact-quiz.harness.js';
import { mount, recordEvents } from './helpers.js';

const orderQuiz = generateQuiz(syntheticPack({ facts: 60 }), { kinds: ['order'], count: 2 });
const question = orderQuiz.questions[0]!;
const texts = (q: Question, ids: readonly string[]): string[] => ids.map((id) => q.options.find((o) => o.id === id)!.text);
const shown = texts(question, question.options.map((o) => o.id));

async function orderQuestion(): Promise<FactQuizHarness> {
  const { quiz } = await mount(html`<fact-quiz .quiz=${orderQuiz}></fact-quiz>`);
  await quiz.start();
  return quiz;
}

/** The centre of an element, in the page's coordinates (what sendMouse takes). */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<fact-quiz> order questions', () => {
  afterEach(() => resetMouse());

  it('shows the items in the shuffled order of the quiz, as a list, with an instruction', async () => {
    const quiz = await orderQuestion();
    expect(quiz.order()).to.deep.equal(shown);
    expect(quiz.optionElements().every((item) => item.tagName === 'LI' && item.parentElement?.tagName === 'OL')).to.equal(true);
    expect(quiz.description()).to.contain('Move up and Move down');
  });

  it('names each move button with its item, and marks the ends as unavailable', async () => {
    const quiz = await orderQuestion();
    const names = quiz.buttons().filter((b) => b.classList.contains('move')).map((b) => quiz.nameOf(b));
    expect(names).to.deep.equal(shown.flatMap((t) => [`Move “${t}” up`, `Move “${t}” down`]));
    expect(quiz.moveButton(shown[0]!, 'up').getAttribute('aria-disabled')).to.equal('true');
    expect(quiz.moveButton(shown.at(-1)!, 'down').getAttribute('aria-disabled')).to.equal('true');
    expect(quiz.moveButton(shown[1]!, 'up').getAttribute('aria-disabled')).to.equal('false');
    await quiz.moveUp(shown[0]!); // unavailable: nothing moves
    expect(quiz.order()).to.deep.equal(shown);
  });

  it('moves an item, keeps focus on it and announces its new place', async () => {
    const quiz = await orderQuestion();
    const item = shown[0]!;
    quiz.moveButton(item, 'down').focus();
    await quiz.moveDown(item);
    expect(quiz.order()).to.deep.equal([shown[1], item, ...shown.slice(2)]);
    expect(quiz.focused()).to.equal(quiz.moveButton(item, 'down'));
    expect(quiz.announcement()).to.equal(`“${item}” moved to position 2 of ${String(shown.length)}.`);
    await quiz.moveDown(item);
    expect(quiz.order().indexOf(item)).to.equal(2);
    expect(quiz.announcement()).to.equal(`“${item}” moved to position 3 of ${String(shown.length)}.`);
    await quiz.moveUp(item);
    expect(quiz.focused()).to.equal(quiz.moveButton(item, 'up'));
    expect(quiz.announcement()).to.equal(`“${item}” moved to position 2 of ${String(shown.length)}.`);
  });

  it('grades the order the reader made, and shows each place right or wrong', async () => {
    const quiz = await orderQuestion();
    const recorded = recordEvents();
    await quiz.answer(question, true);
    expect(quiz.order()).to.deep.equal(texts(question, question.answer));
    await quiz.check();
    expect(quiz.status()).to.match(/^✓ Right!/);
    expect((recorded.events[0]!.detail as { chosen: string[] }).chosen).to.deep.equal(question.answer);
    expect(quiz.findButton(`Move “${shown[0]!}” up`), 'the order is locked once checked').to.equal(undefined);
    expect(quiz.optionElements().every((li) => li.querySelector('.mark')?.textContent.includes('✓'))).to.equal(true);
    recorded.stop();
  });

  it('reorders by dragging an item with the pointer, and announces where it landed', async () => {
    const quiz = await orderQuestion();
    const first = shown[0]!;
    const last = quiz.optionElements().at(-1)!;
    const [x, y] = centre(quiz.grip(first));
    const box = last.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    expect(quiz.optionElements()[0]!.classList.contains('dragging')).to.equal(true);
    await sendMouse({ type: 'move', position: [x, Math.round(box.top + box.height / 2 - 5)] });
    await sendMouse({ type: 'move', position: [x, Math.round(box.bottom - 2)] });
    await sendMouse({ type: 'up' });
    await quiz.settle();
    expect(quiz.order()).to.deep.equal([...shown.slice(1), first]);
    expect(quiz.announcement()).to.equal(`“${first}” moved to position ${String(shown.length)} of ${String(shown.length)}.`);
    expect(quiz.optionElements().some((li) => li.classList.contains('dragging'))).to.equal(false);
  });

  it('lets the buttons work by mouse too', async () => {
    const quiz = await orderQuestion();
    const [x, y] = centre(quiz.moveButton(shown[1]!, 'up'));
    await sendMouse({ type: 'click', position: [x, y] });
    await quiz.settle();
    expect(quiz.order()).to.deep.equal([shown[1], shown[0], ...shown.slice(2)]);
  });
});
