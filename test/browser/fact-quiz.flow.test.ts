// The reader's way through a quiz, and the events the page hears on the way.
import { expect, html, waitUntil } from '@open-wc/testing';
import { generateQuiz, grade, type Quiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import type { FactQuizAnswerEvent, FactQuizCompleteEvent, FactQuizStartEvent } from '../../src/components/index.js';
import { syntheticPack } from '../packs/synthetic.js';
import { mount, recordEvents } from './helpers.js';

const builtIn = generateQuiz(stateVisitPack, { count: 5 });
const text = (quiz: Quiz, q: number, id: string): string => quiz.questions[q]!.options.find((o) => o.id === id)!.text;

describe('<fact-quiz> with no attributes', () => {
  it('shows the built-in quiz: its title, 5 questions, the same for every reader (default seed)', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const { quiz: other } = await mount(html`<fact-quiz></fact-quiz>`);
    expect(quiz.heading()).to.equal(stateVisitPack.title);
    expect(quiz.text()).to.contain('5 questions. You see the answer after each question.');
    expect(quiz.nameOf(quiz.primary())).to.equal('Start the quiz');
    await quiz.start();
    await other.start();
    expect(quiz.stem()).to.equal(builtIn.questions[0]!.stem);
    expect(quiz.options()).to.deep.equal(builtIn.questions[0]!.options.map((o) => o.text));
    expect(other.stem()).to.equal(quiz.stem());
    expect(other.options()).to.deep.equal(quiz.options());
  });

  it("dates the facts with the pack's asOf day, written out by Intl", async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${stateVisitPack.asOf}T00:00:00Z`));
    expect(quiz.text()).to.contain(`Facts as of ${day}.`);
  });
});

describe('<fact-quiz> practice mode', () => {
  it('shows "Question n of N", the progress, then after Check: right or wrong, the key, the explanation and the quote', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    const q = builtIn.questions[0]!;
    expect(quiz.heading()).to.equal('Question 1 of 5');
    await quiz.answer(q, false);
    await quiz.check();
    const status = quiz.status();
    expect(status).to.contain('Not quite.');
    expect(status).to.contain(`Answer: ${text(builtIn, 0, q.answer[0]!)}`);
    expect(status).to.contain(q.explanation);
    expect(status).to.contain(q.sources[0]!.quote);
    expect(status).to.contain(`Source: ${q.sources[0]!.title}`);
    for (const input of quiz.inputs()) expect(input.disabled, 'options are locked once checked').to.equal(true);
    expect(quiz.nameOf(quiz.primary())).to.equal('Next question');
  });

  it('lists every key of a select-all question, and an order question\'s key in order', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    for (const [i, q] of builtIn.questions.entries()) {
      await quiz.answer(q, false);
      await quiz.check();
      if (q.kind === 'multiple') {
        const keys = new Intl.ListFormat('en', { type: 'conjunction' }).format(q.answer.map((id) => text(builtIn, i, id)));
        expect(quiz.status()).to.contain(`Answer: ${keys}`);
      }
      if (q.kind === 'order') {
        expect(quiz.feedbackKey()).to.deep.equal(q.answer.map((id) => text(builtIn, i, id)));
      }
      await quiz.next();
    }
  });

  it('keeps the reader\'s own options marked after Check, in words: "Your answer" beside the ✗ or ✓, the key ✓', async () => {
    for (const right of [false, true]) {
      const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
      await quiz.start();
      for (const [i, q] of builtIn.questions.entries()) {
        await quiz.answer(q, right);
        const picked = quiz.chosen();
        await quiz.check();
        if (q.kind !== 'order') {
          const keys = q.answer.map((id) => text(builtIn, i, id));
          const what = `question ${String(i + 1)} (${q.kind}), answered ${right ? 'right' : 'wrong'}`;
          expect(picked, what).to.not.be.empty;
          for (const option of quiz.optionMarks()) {
            const mine = picked.includes(option.text);
            const key = keys.includes(option.text);
            expect(option.checked, `${what}: "${option.text}" stays checked only if chosen`).to.equal(mine);
            expect(option.tag, `${what}: "${option.text}"`).to.equal(mine ? 'Your answer' : '');
            // The tag is inside the label: part of the input's accessible name.
            expect(option.label.includes('Your answer'), `${what}: name of "${option.text}"`).to.equal(mine);
            expect(option.mark, `${what}: mark of "${option.text}"`).to.equal(key ? '✓(correct answer)' : mine ? '✗(your choice, wrong)' : '');
          }
        }
        await quiz.next();
      }
    }
  });

  it('shows the results: score, a review of every question with the answer given, the key, why and the source', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.complete(builtIn, (i) => i !== 1);
    expect(quiz.heading()).to.equal('Your results');
    expect(quiz.score()).to.equal('You scored 4 out of 5 (80%).');
    const items = quiz.reviewItems();
    expect(items).to.have.length(5);
    for (const [i, item] of items.entries()) {
      const q = builtIn.questions[i]!;
      const words = item.textContent.replace(/\s+/g, ' ');
      expect(words).to.contain(q.stem);
      expect(words).to.contain(i === 1 ? '✗ Not quite.' : '✓ Right!');
      expect(words).to.contain('Your answer:');
      expect(words).to.contain('Answer:');
      expect(words).to.contain(q.explanation);
      expect(words).to.contain(q.sources[0]!.quote);
    }
  });
});

describe('<fact-quiz> exam mode', () => {
  it('gives no feedback until the end, then the whole review', async () => {
    const { quiz } = await mount(html`<fact-quiz mode="exam"></fact-quiz>`);
    expect(quiz.text()).to.contain('You see your answers at the end.');
    await quiz.start();
    for (const [i, q] of builtIn.questions.entries()) {
      await quiz.answer(q, i % 2 === 0);
      expect(quiz.nameOf(quiz.primary())).to.equal(i === 4 ? 'See results' : 'Next question');
      await quiz.next();
      if (i < 4) {
        expect(quiz.status()).to.equal('');
        expect(quiz.heading()).to.equal(`Question ${String(i + 2)} of 5`);
      }
    }
    expect(quiz.score()).to.equal('You scored 3 out of 5 (60%).');
    const items = quiz.reviewItems();
    expect(items).to.have.length(5);
    // The review shows no options: it names the reader's answer and the key in words.
    const wrong = builtIn.questions[1]!;
    const words = items[1]!.textContent.replace(/\s+/g, ' ');
    const chosen = wrong.options.find((o) => !wrong.answer.includes(o.id))!.text;
    const keys = new Intl.ListFormat('en', { type: 'conjunction' }).format(wrong.answer.map((id) => text(builtIn, 1, id)));
    expect(words).to.contain(`✗ Not quite. Your answer: ${chosen} Answer: ${keys}`);
  });
});

describe('<fact-quiz> events', () => {
  it('fires start, answer and complete, typed, bubbling and composed, with their details', async () => {
    const { el, quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const recorded = recordEvents();
    const starts: FactQuizStartEvent[] = [];
    const answers: FactQuizAnswerEvent[] = [];
    let complete: FactQuizCompleteEvent | undefined;
    // typed through HTMLElementEventMap: no casts needed
    el.addEventListener('fact-quiz-start', (e) => starts.push(e));
    el.addEventListener('fact-quiz-answer', (e) => answers.push(e));
    el.addEventListener('fact-quiz-complete', (e) => (complete = e));

    await quiz.complete(builtIn, (i) => i < 3);
    recorded.stop();

    expect(recorded.types()).to.deep.equal(['fact-quiz-start', ...Array<string>(5).fill('fact-quiz-answer'), 'fact-quiz-complete']);
    for (const event of recorded.events) {
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    }
    expect(starts[0]!.detail).to.deep.equal({ seed: 'fact-quiz', total: 5 });
    expect(answers.map((a) => a.detail.questionId)).to.deep.equal(builtIn.questions.map((q) => q.id));
    expect(answers.map((a) => a.detail.correct)).to.deep.equal([true, true, true, false, false]);
    expect(answers[0]!.detail.chosen).to.deep.equal(builtIn.questions[0]!.answer);
    builtIn.questions.forEach((q, i) => {
      // An order question's answer names every option.
      if (q.kind === 'order') expect(answers[i]!.detail.chosen).to.have.members(q.options.map((o) => o.id));
    });
    const responses = Object.fromEntries(answers.map((a) => [a.detail.questionId, a.detail.chosen]));
    const expected = grade(builtIn, responses);
    expect(complete!.detail).to.deep.equal({ score: 3, total: 5, seed: 'fact-quiz', answers: expected.results });
  });

  it('fires nothing when code sets properties or attributes', async () => {
    const recorded = recordEvents();
    const { el, quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    el.seed = 'another';
    el.setAttribute('count', '3');
    el.mode = 'exam';
    el.setAttribute('kinds', 'single,true-false');
    el.setAttribute('lang', 'fr');
    el.pack = syntheticPack({ facts: 60 });
    await quiz.settle();
    el.quiz = generateQuiz(syntheticPack({ facts: 60 }), { count: 2 });
    await quiz.settle();
    el.persist = true;
    el.strings = { start: 'Go' };
    await quiz.settle();
    expect(quiz.nameOf(quiz.primary())).to.equal('Go');
    expect(recorded.events).to.deep.equal([]);
    recorded.stop();
  });

  it('fires start again on Try again (same seed) and New questions (a new seed)', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const recorded = recordEvents();
    await quiz.complete(builtIn);
    await quiz.click(quiz.button('Try again'));
    expect(quiz.heading()).to.equal('Question 1 of 5');
    expect(quiz.stem()).to.equal(builtIn.questions[0]!.stem);
    expect(quiz.headingIsFocused()).to.equal(true);
    const starts = recorded.events.filter((e) => e.type === 'fact-quiz-start');
    expect(starts.map((e) => (e as FactQuizStartEvent).detail.seed)).to.deep.equal(['fact-quiz', 'fact-quiz']);
    recorded.stop();
  });
});

describe('<fact-quiz> seeds', () => {
  it('New questions draws a seed with crypto.getRandomValues, never Math.random', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const recorded = recordEvents();
    const random = Math.random;
    let mathRandomCalls = 0;
    Math.random = () => {
      mathRandomCalls++;
      return random();
    };
    const getRandomValues = crypto.getRandomValues.bind(crypto);
    let cryptoCalls = 0;
    Object.defineProperty(crypto, 'getRandomValues', {
      configurable: true,
      value: (array: Uint32Array) => {
        cryptoCalls++;
        return getRandomValues(array);
      },
    });
    try {
      await quiz.complete(builtIn);
      await quiz.click(quiz.button('New questions'));
    } finally {
      Math.random = random;
      delete (crypto as Partial<Crypto>).getRandomValues;
    }
    expect(mathRandomCalls).to.equal(0);
    expect(cryptoCalls).to.equal(1);
    const seeds = recorded.events.filter((e) => e.type === 'fact-quiz-start').map((e) => (e as FactQuizStartEvent).detail.seed);
    expect(seeds).to.have.length(2);
    expect(seeds[1]).to.not.equal('fact-quiz');
    expect(quiz.heading()).to.equal('Question 1 of 5');
    expect(quiz.stem()).to.equal(generateQuiz(stateVisitPack, { seed: seeds[1], count: 5 }).questions[0]!.stem);
    recorded.stop();
  });

  it('seed="random" gives each load its own quiz; a fixed seed gives the engine\'s quiz for it', async () => {
    const recorded = recordEvents();
    const pack = syntheticPack({ facts: 60 });
    const { quiz: a } = await mount(html`<fact-quiz seed="random" .pack=${pack}></fact-quiz>`);
    const { quiz: b } = await mount(html`<fact-quiz seed="random" .pack=${pack}></fact-quiz>`);
    const { quiz: fixed } = await mount(html`<fact-quiz seed="class-7b" count="3" .pack=${pack}></fact-quiz>`);
    await a.start();
    await b.start();
    await fixed.start();
    const seeds = recorded.events.map((e) => (e as FactQuizStartEvent).detail.seed);
    expect(seeds[0]).to.not.equal(seeds[1]);
    expect(seeds[2]).to.equal('class-7b');
    expect(fixed.stem()).to.equal(generateQuiz(pack, { seed: 'class-7b', count: 3 }).questions[0]!.stem);
    expect(fixed.heading()).to.equal('Question 1 of 3');
    recorded.stop();
  });

  it('honours count, kinds and difficulty', async () => {
    const pack = syntheticPack({ facts: 60 });
    const { quiz } = await mount(html`<fact-quiz count="4" kinds="true-false, single" difficulty="medium" .pack=${pack}></fact-quiz>`);
    const expected = generateQuiz(pack, { count: 4, kinds: ['true-false', 'single'], difficulty: 'medium' });
    await quiz.start();
    for (const q of expected.questions) {
      expect(quiz.stem()).to.equal(q.stem);
      await quiz.answer(q);
      await quiz.check();
      await quiz.next();
    }
    expect(quiz.score()).to.equal('You scored 4 out of 4 (100%).');
  });

  it('shows a ready quiz given as the quiz property, which wins over pack and src', async () => {
    const pack = syntheticPack({ facts: 60 });
    const given = generateQuiz(pack, { seed: 'given', count: 2 });
    const { quiz } = await mount(html`<fact-quiz src="/never-fetched.json" .pack=${stateVisitPack} .quiz=${given}></fact-quiz>`);
    expect(quiz.heading()).to.equal(pack.title);
    expect(quiz.text()).to.contain('2 questions');
    await quiz.complete(given);
    expect(quiz.findButton('New questions'), 'a ready quiz has no pack to draw new questions from').to.equal(undefined);
  });
});

describe('<fact-quiz> share', () => {
  it('offers a share text with the score and title that gives no answer away, and copies it', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.complete(builtIn, (i) => i !== 0);
    const share = quiz.shareText();
    expect(share).to.equal(`I scored 4/5 on the fact-quiz “${stateVisitPack.title}”.`);
    for (const [i, q] of builtIn.questions.entries()) {
      for (const id of q.answer) if (q.kind !== 'true-false') expect(share).to.not.contain(text(builtIn, i, id));
    }
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    try {
      await quiz.click(quiz.button('Copy'));
      await waitUntil(() => quiz.text().includes('Copied.'), 'no confirmation');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(copied).to.deep.equal([share]);
    expect(quiz.text()).to.contain('Copied.');
  });

  it('says so when copying fails, and offers no Copy button without the clipboard API (insecure pages)', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.complete(builtIn);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      await quiz.click(quiz.button('Copy'));
      await waitUntil(() => quiz.text().includes('Could not copy: select the text instead.'), 'no failure message');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Reflect.deleteProperty(Navigator.prototype, 'clipboard');
    try {
      const { quiz: insecure } = await mount(html`<fact-quiz></fact-quiz>`);
      await insecure.complete(builtIn);
      expect(insecure.findButton('Copy')).to.equal(undefined);
      expect(insecure.shareText()).to.contain('I scored 5/5');
    } finally {
      Object.defineProperty(Navigator.prototype, 'clipboard', descriptor);
    }
  });
});
