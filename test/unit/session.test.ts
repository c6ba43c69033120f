// The element's quiz session (src/components/fact-quiz/session.ts), in Node: real quizzes
// from the engine, answered the way the element's buttons answer them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz, grade, isCorrect, type Question, type QuestionKind, type Quiz } from '../../src/engine/index.js';
import { QuizSession, type SessionEvents, type SessionSnapshot } from '../../src/components/fact-quiz/session.js';
import { syntheticPack } from '../packs/synthetic.js';

const pack = syntheticPack({ facts: 60 });

function quizOf(kinds: QuestionKind[], count = 3, seed = 'session'): Quiz {
  return generateQuiz(pack, { seed, count, kinds });
}

/** A quiz holding every kind asked for: the first seed `base-N` that draws them all. */
function quizWithEach(kinds: QuestionKind[], count: number, base: string): Quiz {
  for (let n = 0; ; n++) {
    const quiz = quizOf(kinds, count, `${base}-${String(n)}`);
    if (kinds.every((kind) => quiz.questions.some((x) => x.kind === kind))) return quiz;
  }
}

/** The detail of the last event heard, which must be of `type`. */
function lastDetail<K extends keyof SessionEvents>(heard: readonly Heard[], type: K): SessionEvents[K] {
  const last = heard.at(-1);
  assert.ok(last, 'no event heard');
  assert.equal(last.type, type);
  return last.detail as SessionEvents[K];
}

type Heard = { [K in keyof SessionEvents]: { type: K; detail: SessionEvents[K] } }[keyof SessionEvents];

/** A session whose host records what it hears: the events, and how often it was told to render. */
function recorded(): { session: QuizSession; heard: Heard[]; renders: () => number } {
  const heard: Heard[] = [];
  let renders = 0;
  const session = new QuizSession({
    changed: () => {
      renders++;
    },
    happened: (type, detail) => {
      heard.push({ type, detail } as Heard);
    },
  });
  return { session, heard, renders: () => renders };
}

const q = (session: QuizSession): Question => {
  assert.ok(session.question, 'no current question');
  return session.question;
};

/** An option that is not the key of a one-answer question. */
const wrongOption = (question: Question): string => (question.options.find((o) => !question.answer.includes(o.id)) as { id: string }).id;

/** Answers the current question with `ids` as the reader would: tick each, then Check. */
function answer(session: QuizSession, ids: readonly string[]): void {
  for (const id of ids) session.choose(id, true);
  session.submitOrNext();
}

describe('QuizSession: practice mode', () => {
  it('starts, asks for a choice first, shows feedback, then goes on, and grades as the engine does', () => {
    const quiz = quizOf(['single', 'true-false'], 4);
    const { session, heard, renders } = recorded();
    session.show(quiz);
    assert.equal(session.phase, 'intro');
    assert.equal(session.snapshot(), undefined, 'nothing to save before the reader starts');
    session.begin(quiz);
    assert.deepEqual(heard.shift(), { type: 'fact-quiz-start', detail: { seed: 'session', total: 4 } });
    assert.equal(session.phase, 'question');

    assert.equal(session.submitOrNext(), 'choose-first');
    assert.equal(session.notice, 'chooseFirst');
    assert.equal(heard.length, 0, 'no answer without a choice');

    const wrong = wrongOption(q(session));
    session.choose(wrong, true);
    assert.equal(session.notice, undefined, 'a choice clears the notice');
    assert.equal(session.submitOrNext(), 'answered');
    assert.equal(session.index, 0, 'practice stays for the feedback');
    assert.deepEqual(heard.shift(), { type: 'fact-quiz-answer', detail: { questionId: q(session).id, chosen: [wrong], correct: false } });
    session.choose(q(session).answer[0] as string, true);
    assert.deepEqual(session.chosen, [wrong], 'an answer once given does not change');

    const before = renders();
    assert.equal(session.submitOrNext(), 'next');
    assert.ok(renders() > before, 'the host is told to render');
    assert.equal(session.index, 1);
    assert.deepEqual(session.draft, []);

    for (let i = 1; i < 4; i++) {
      answer(session, q(session).answer);
      assert.equal(session.submitOrNext(), i < 3 ? 'next' : 'finished');
    }
    assert.equal(session.phase, 'results');
    const complete = heard.at(-1);
    const expected = grade(quiz, session.answers);
    assert.deepEqual(complete, { type: 'fact-quiz-complete', detail: { score: expected.score, total: 4, seed: 'session', answers: expected.results } });
    assert.equal(expected.score, 3);
    assert.equal(session.submitOrNext(), undefined, 'nothing to submit on the results');
  });

  it('ticks and unticks the options of a multiple question in the order shown', () => {
    const { session } = recorded();
    session.begin(quizOf(['multiple'], 1));
    const [a, b, c] = q(session).options.map((o) => o.id) as [string, string, string];
    session.choose(c, true);
    session.choose(a, true);
    session.choose(b, true);
    session.choose(c, false);
    assert.deepEqual(session.draft, [a, b]);
  });
});

describe('QuizSession: exam mode', () => {
  it('records each answer and goes straight on, with no feedback stop', () => {
    const quiz = quizOf(['single'], 3);
    const { session, heard } = recorded();
    session.exam = true;
    session.begin(quiz);
    session.choose(wrongOption(q(session)), true);
    assert.equal(session.submitOrNext(), 'next');
    assert.equal(session.index, 1);
    answer(session, q(session).answer);
    assert.equal(session.index, 2);
    answer(session, q(session).answer);
    assert.equal(session.phase, 'results');
    assert.deepEqual(heard.map((e) => e.type), ['fact-quiz-start', 'fact-quiz-answer', 'fact-quiz-answer', 'fact-quiz-answer', 'fact-quiz-complete']);
    assert.equal(lastDetail(heard, 'fact-quiz-complete').score, 2);
  });
});

describe('QuizSession: order questions', () => {
  it('starts from the order shown, moves items within the list only, and grades the order given', () => {
    const { session, heard } = recorded();
    session.begin(quizOf(['order'], 2));
    const question = q(session);
    assert.deepEqual(session.draft, question.options.map((o) => o.id));
    const last = session.draft.length - 1;
    const first = session.draft[0] as string;
    assert.equal(session.move(first, last + 1), false, 'no place past the end');
    assert.equal(session.move(first, -1), false, 'no place before the start');
    assert.equal(session.move('not-an-option', 0), false);
    assert.equal(session.move(first, last), true);
    assert.equal(session.draft.at(-1), first);
    // Arrange the key by moves, as the buttons do.
    question.answer.forEach((id, place) => session.move(id, place));
    assert.deepEqual(session.draft, question.answer);
    session.submitOrNext();
    assert.equal(lastDetail(heard, 'fact-quiz-answer').correct, true);
    assert.equal(session.move(first, 0), false, 'an answered order is fixed');
  });

  it('counts a turn for each question shown, so an announcement can tell it is stale', () => {
    const { session } = recorded();
    const quiz = quizOf(['order'], 2);
    session.begin(quiz);
    const turn = session.turn;
    answer(session, []);
    session.submitOrNext();
    assert.ok(session.turn > turn);
    const later = session.turn;
    session.begin(quiz);
    assert.ok(session.turn > later, 'Try again is a new turn on the same question');
  });
});

describe('QuizSession: snapshot and restore', () => {
  it('round-trips through JSON onto a new session of the same quiz', () => {
    const quiz = quizWithEach(['single', 'multiple', 'order'], 5, 'round-trip');
    const { session } = recorded();
    session.begin(quiz);
    answer(session, q(session).answer);
    session.submitOrNext();
    answer(session, [wrongOption(q(session))]);
    session.submitOrNext();
    if (q(session).kind === 'order') session.move(session.draft[0] as string, 1);
    else session.choose(q(session).options[0]?.id as string, true);
    const saved = JSON.parse(JSON.stringify(session.snapshot())) as SessionSnapshot;

    const { session: again, heard } = recorded();
    again.show(quiz);
    assert.equal(again.restore(saved), true);
    assert.deepEqual(again.snapshot(), session.snapshot());
    assert.deepEqual([again.phase, again.index, again.chosen], [session.phase, session.index, session.chosen]);
    assert.equal(heard.length, 0, 'restoring fires no event');
  });

  it('refuses a snapshot of other questions', () => {
    const { session } = recorded();
    session.show(quizOf(['single'], 3, 'one'));
    const other = recorded().session;
    other.begin(quizOf(['single'], 3, 'two'));
    assert.equal(session.restore(other.snapshot() as SessionSnapshot), false);
    assert.equal(session.phase, 'intro');
  });

  it('keeps only the answers this widget could have written from a hostile snapshot', () => {
    const quiz = quizWithEach(['single', 'multiple', 'order'], 6, 'hostile');
    const byKind = (kind: QuestionKind): Question => quiz.questions.find((x) => x.kind === kind) as Question;
    const single = byKind('single');
    const multiple = byKind('multiple');
    const order = byKind('order');
    const unanswered = quiz.questions.filter((x) => x !== single && x !== multiple && x !== order);
    const answers: Record<string, string[]> = JSON.parse(JSON.stringify({
      __proto__: ['x'],
      'no-such-question': [single.options[0]?.id],
      [single.id]: [single.answer[0], single.answer[0], 'foreign'], // a duplicate and a foreign id: one answer kept
      [multiple.id]: ['foreign'],
      [order.id]: order.answer.slice(1), // an order missing an item
    })) as Record<string, string[]>;
    for (const other of unanswered) answers[other.id] = other.options.map((o) => o.id).slice(0, 2);
    const { session } = recorded();
    session.show(quiz);
    const ids = quiz.questions.map((x) => x.id);
    assert.equal(session.restore({ seed: quiz.seed, ids, phase: 'results', index: 999, answers, draft: ['foreign'] }), true);
    const kept = Object.fromEntries(unanswered.filter((x) => x.kind === 'multiple').map((x) => [x.id, x.options.slice(0, 2).map((o) => o.id)]));
    assert.deepEqual(session.answers, { [single.id]: [single.answer[0]], ...kept });
    assert.equal(Object.getPrototypeOf(session.answers), Object.prototype);
    assert.equal(session.index, quiz.questions.length - 1, 'an index past the end is the last question');
    assert.equal(session.phase, 'results');
    const lastQ = q(session);
    assert.deepEqual(session.draft, lastQ.kind === 'order' ? lastQ.options.map((o) => o.id) : [], 'a foreign draft is dropped');
    assert.equal(isCorrect(single, session.answers[single.id] ?? []), true);

    assert.equal(session.restore({ seed: quiz.seed, ids, phase: 'question', index: -3, answers: {}, draft: [] }), true);
    assert.equal(session.index, 0, 'a negative index is the first question');
  });
});
