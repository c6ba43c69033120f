// `persist`: progress survives a reload; storage that fails only turns persistence off.
import { expect, html } from '@open-wc/testing';
import { VERSION, generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import type { FactQuizStartEvent } from '../../src/components/index.js';
import { syntheticPack } from '../packs/synthetic.js';
import { captureWarnings, mount, recordEvents } from './helpers.js';

const builtIn = generateQuiz(stateVisitPack, { count: 5 });
const key = `fact-quiz:${VERSION}:${stateVisitPack.id}:fact-quiz`;

describe('<fact-quiz persist>', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
  });

  it('resumes where the reader was after a reload, with the answers given, firing nothing', async () => {
    const { el, quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
    await quiz.start();
    await quiz.answer(builtIn.questions[0]!, false);
    await quiz.check();
    await quiz.next();
    await quiz.answer(builtIn.questions[1]!);
    await quiz.check();
    el.remove();
    expect(Object.keys(localStorage)).to.deep.equal([key]); // keyed by version, pack id and seed

    const recorded = recordEvents();
    const { quiz: reloaded } = await mount(html`<fact-quiz persist></fact-quiz>`);
    expect(reloaded.heading()).to.equal('Question 2 of 5');
    expect(reloaded.status()).to.match(/^✓ Right!/); // question 2 was checked: its feedback is back
    await reloaded.next();
    for (const q of builtIn.questions.slice(2)) {
      await reloaded.answer(q);
      await reloaded.check();
      await reloaded.next();
    }
    expect(reloaded.score()).to.equal('You scored 4 out of 5 (80%).'); // question 1's wrong answer was kept
    expect(recorded.types()[0]).to.equal('fact-quiz-answer');
    recorded.stop();

    const { quiz: again } = await mount(html`<fact-quiz persist></fact-quiz>`);
    expect(again.heading()).to.equal('Your results');
  });

  it('keeps an order question\'s arrangement in progress', async () => {
    const pack = syntheticPack({ facts: 60 });
    const { el, quiz } = await mount(html`<fact-quiz persist kinds="order" count="2" .pack=${pack}></fact-quiz>`);
    await quiz.start();
    const first = quiz.order()[0]!;
    await quiz.moveDown(first);
    const arranged = quiz.order();
    el.remove();
    const { quiz: reloaded } = await mount(html`<fact-quiz persist kinds="order" count="2" .pack=${pack}></fact-quiz>`);
    expect(reloaded.order()).to.deep.equal(arranged);
  });

  it('brings back the seed drawn for seed="random" and for New questions', async () => {
    const pack = syntheticPack({ facts: 60 });
    const recorded = recordEvents();
    const { el, quiz } = await mount(html`<fact-quiz persist seed="random" .pack=${pack}></fact-quiz>`);
    await quiz.start();
    const stem = quiz.stem();
    const seed = (recorded.events[0] as FactQuizStartEvent).detail.seed;
    el.remove();
    recorded.stop();
    const { quiz: reloaded } = await mount(html`<fact-quiz persist seed="random" .pack=${pack}></fact-quiz>`);
    expect(reloaded.stem()).to.equal(stem);
    expect(localStorage.getItem(`fact-quiz:${VERSION}:${pack.id}:random`)).to.contain(`"seed":"${seed}"`);
  });

  it('saves nothing without persist', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    await quiz.answer(builtIn.questions[0]!);
    await quiz.check();
    expect(localStorage.length).to.equal(0);
  });

  it('ignores saved progress for other questions, and saved text that is not progress', async () => {
    localStorage.setItem(key, JSON.stringify({ seed: 'fact-quiz', ids: ['other'], phase: 'results', index: 0, answers: {}, draft: [] }));
    const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
    expect(quiz.heading()).to.equal(stateVisitPack.title);
    localStorage.setItem(key, '{"seed": 3, "phase": "results"');
    const { quiz: corrupt } = await mount(html`<fact-quiz persist></fact-quiz>`);
    expect(corrupt.heading()).to.equal(stateVisitPack.title);
    localStorage.setItem(key, JSON.stringify({ seed: 'fact-quiz', ids: builtIn.questions.map((q) => q.id), phase: 'question', index: 99, answers: { x: 'no' }, draft: [] }));
    const { quiz: odd } = await mount(html`<fact-quiz persist></fact-quiz>`);
    expect(odd.heading()).to.equal(stateVisitPack.title);
  });

  it('goes on without persistence, with one warning, when storage throws (private mode, full quota)', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.error);
    };
    window.addEventListener('error', onError);
    try {
      const warnings = await captureWarnings(async () => {
        const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
        await quiz.complete(builtIn);
        expect(quiz.score()).to.equal('You scored 5 out of 5 (100%).');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('progress cannot be saved');
    } finally {
      Storage.prototype.setItem = setItem;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('goes on when reading storage throws (storage blocked)', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const warnings = await captureWarnings(async () => {
        const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
        await quiz.start();
        expect(quiz.heading()).to.equal('Question 1 of 5');
      });
      expect(warnings).to.have.length(1);
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });
});
