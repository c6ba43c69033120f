// The player apart from the engine: pre-made quizzes from `src` and the `quiz` property
// (checked as strictly as packs), `no-intro`, the built-in quiz without the engine, the
// words of another language fetched before the first screen, and the space kept while
// loading.
import { expect, html, waitUntil } from '@open-wc/testing';
import { generateQuiz } from '../../src/engine/index.js';
import { builtInQuiz } from '../../src/built-in-quiz.js';
import { syntheticPack } from '../packs/synthetic.js';
import { blobUrl, mount, recordEvents } from './helpers.js';
import { LATIN_DIGITS } from '../../src/components/fact-quiz/localize.js';

const pack = syntheticPack({ facts: 60 });
const made = generateQuiz(pack, { seed: 'pre-made', count: 3 });

describe('<fact-quiz> as a player', () => {
  it('shows a pre-made quiz from src, the very questions of the file', async () => {
    const { quiz } = await mount(html`<fact-quiz src=${blobUrl(JSON.stringify(made))}></fact-quiz>`);
    await waitUntil(() => quiz.hasHeading(), 'no intro', { timeout: 5000 });
    expect(quiz.heading()).to.equal(made.pack.title);
    await quiz.start();
    expect(quiz.stem()).to.equal(made.questions[0]?.stem);
    // A quiz made already can't make new questions.
    await quiz.complete(made);
    expect(quiz.buttons().map((b) => b.textContent.trim())).to.not.include('New questions');
  });

  it('refuses a pre-made quiz that breaks the contract, with the JSON path, in a readable alert', async () => {
    const broken = { ...made, questions: [{ ...made.questions[0], answer: ['not-an-option'] }] };
    const { quiz } = await mount(html`<fact-quiz src=${blobUrl(JSON.stringify(broken))}></fact-quiz>`);
    await waitUntil(() => quiz.alert() !== null, 'no alert', { timeout: 5000 });
    expect(quiz.error()).to.match(/questions\[0\]\.answer/);
  });

  it('checks the quiz property as strictly: a javascript: source link is refused, not shown', async () => {
    const first = made.questions[0];
    expect(first).to.exist;
    const hostile = { ...made, questions: [{ ...first, sources: [{ ...first?.sources[0], url: 'javascript:alert(1)' }] }] };
    const { el, quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    el.quiz = hostile as typeof made;
    await el.updateComplete;
    expect(quiz.alert()).to.not.equal(null);
    expect(quiz.error()).to.match(/url/);
  });

  it('opens straight on the first question with no-intro, firing start, without taking the focus', async () => {
    const events = recordEvents();
    const { quiz } = await mount(html`<fact-quiz no-intro></fact-quiz>`);
    events.stop();
    expect(quiz.stem()).to.equal(builtInQuiz.questions[0]?.stem);
    expect(events.types()).to.deep.equal(['fact-quiz-start']);
    expect(quiz.focused()).to.equal(null);
  });

  it('makes other quizzes with the engine: another seed gives the engine\'s quiz', async () => {
    const { quiz } = await mount(html`<fact-quiz seed="other" no-intro></fact-quiz>`);
    const { stateVisitPack } = await import('../../src/default-pack.js');
    expect(quiz.stem()).to.equal(generateQuiz(stateVisitPack, { seed: 'other', count: 5 }).questions[0]?.stem);
  });

  it('speaks French from its first screen: the words are fetched before anything is shown', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="fr"></fact-quiz>`);
    expect(quiz.buttons().map((b) => b.textContent.trim())).to.deep.equal(['Commencer le quiz']);
  });

  it('shows a quiz error in the widget\'s language', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="fr" count="5" kinds="order" .pack=${pack}></fact-quiz>`);
    await waitUntil(() => quiz.alert() !== null, 'no alert', { timeout: 5000 });
    expect(quiz.error()).to.not.match(/\b(the|questions? of|could not)\b/i);
  });

  it('keeps --fact-quiz-min-height while loading and after', async () => {
    const never = new Promise<Response>(() => undefined);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
    const original = window.fetch;
    window.fetch = () => never;
    try {
      const { el } = await mount(html`<fact-quiz style="--fact-quiz-min-height: 30rem" src="never.json"></fact-quiz>`);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(30 * rem - 1);
    } finally {
      window.fetch = original;
    }
  });
});

describe('numbers written without Intl before the first question', () => {
  it('write a whole number under 1,000 as this browser’s Intl.NumberFormat does, in every region of each language', () => {
    const regions = ['', '-GB', '-US', '-IN', '-CA', '-CH', '-BE', '-MX', '-BR', '-AR', '-AT', '-LU', '-MA', '-DZ', '-TN', '-SN'];
    const differences: string[] = [];
    for (const language of LATIN_DIGITS) {
      for (const region of regions) {
        const tag = `${language}${region}`;
        const format = new Intl.NumberFormat(tag);
        for (let n = 0; n < 1000; n++) if (format.format(n) !== String(n)) differences.push(`${tag} ${String(n)}: ${format.format(n)}`);
      }
    }
    expect(differences.slice(0, 5)).to.deep.equal([]);
  });

  it('use Intl where digits differ: an Arabic-Egyptian widget shows the question number in Arabic-Indic digits', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="ar-EG" no-intro .quiz=${made}></fact-quiz>`);
    await waitUntil(() => quiz.stem() !== '', 'no question', { timeout: 5000 });
    expect(quiz.root.querySelector('h2')?.textContent).to.include('١');
  });
});
