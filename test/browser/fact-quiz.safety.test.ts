// Pack text is data, links only go to http(s), a strict CSP with Trusted Types holds,
// registration twice is harmless, and instances keep to themselves.
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { generateQuiz, type Quiz } from '../../src/engine/index.js';
import { FactQuiz } from '../../src/components/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { syntheticPack } from '../packs/synthetic.js';
import type { CspReport } from './fixtures/csp-page.js';
import { mount } from './helpers.js';
import { explanationView } from '../../src/components/fact-quiz/views/feedback.js';
import type { Localized } from '../../src/components/fact-quiz/localize.js';
import { widget as english } from '../../src/locales/en/widget.js';

const attack = '<img src=x onerror="window.__pwned = true">';

/** The hostile quiz with its script and data links taken out: what the element's check lets through. */
function markupQuiz(): Quiz {
  const quiz = hostileQuiz();
  const [first, second] = quiz.questions;
  return { ...quiz, questions: [{ ...first!, sources: first!.sources.map(({ url, ...s }) => (url?.startsWith('http') ? { ...s, url } : s)) }, second!] };
}

/** Words and formats as the element's screens get them, for rendering one screen alone. */
const englishWords: Localized = { lang: 'en', terms: english, number: String, date: String, list: (items) => items.join(', ') };

/** A quiz whose every text is markup, and whose sources have hostile and harmless URLs. */
function hostileQuiz(): Quiz {
  const quiz = generateQuiz(syntheticPack({ facts: 60 }), { count: 2, kinds: ['single'] });
  const question = quiz.questions[0]!;
  return {
    ...quiz,
    pack: { ...quiz.pack, title: `Title ${attack}` },
    questions: [
      {
        ...question,
        stem: `Stem ${attack}?`,
        options: question.options.map((o) => ({ ...o, text: `${o.text} ${attack}` })),
        explanation: `Why ${attack}`,
        sources: [
          { id: 's1', title: `Script ${attack}`, url: 'javascript:window.__pwned=true', quote: `Quote ${attack}` },
          { id: 's2', title: 'Data', url: 'data:text/html,<script>parent.__pwned=true</script>', quote: 'q2' },
          { id: 's3', title: 'The article', publisher: 'The Paper', url: 'https://example.org/article', quote: 'q3' },
          { id: 's4', title: 'Plain', url: 'http://example.org/plain', quote: 'q4' },
        ],
      },
      quiz.questions[1]!,
    ],
  };
}

describe('<fact-quiz> safety', () => {
  it('renders markup in pack text as text, on every screen', async () => {
    const hostile = markupQuiz();
    const { quiz } = await mount(html`<fact-quiz .quiz=${hostile}></fact-quiz>`);
    expect(quiz.heading()).to.equal(`Title ${attack}`);
    await quiz.start();
    expect(quiz.stem()).to.equal(`Stem ${attack}?`);
    await quiz.answer(hostile.questions[0]!);
    await quiz.check();
    expect(quiz.status()).to.contain(`Why ${attack}`);
    await quiz.next();
    await quiz.answer(hostile.questions[1]!);
    await quiz.check();
    await quiz.next();
    expect(quiz.root.textContent).to.contain(`Quote ${attack}`);
    expect(quiz.root.querySelectorAll('img, script, iframe')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('refuses a quiz with a script or data link: nothing of it is shown', async () => {
    const { quiz } = await mount(html`<fact-quiz .quiz=${hostileQuiz()}></fact-quiz>`);
    expect(quiz.alert()).to.not.equal(null);
    expect(quiz.error()).to.contain('sources[0].url');
    expect(quiz.links()).to.deep.equal([]);
  });

  it('links sources only to http(s) URLs, in a new tab, without opener or referrer, even in a quiz nobody checked', () => {
    const question = hostileQuiz().questions[0]!;
    const box = document.createElement('div');
    document.body.append(box);
    render(explanationView(question, { l: englishWords, quizLang: 'en' }), box);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/article', 'http://example.org/plain']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(box.textContent).to.contain(`Script ${attack}`); // named, not linked
    expect(box.textContent).to.contain('The article, The Paper');
    box.remove();
  });

  it('runs under script-src \'self\' and require-trusted-types-for \'script\' with no violation', async () => {
    const iframe = document.createElement('iframe');
    const report = new Promise<CspReport>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent<CspReport>) {
        if (event.source !== iframe.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    iframe.src = new URL('./fixtures/csp.html', import.meta.url).href;
    iframe.style.cssText = 'width: 600px; height: 400px';
    document.body.append(iframe);
    try {
      const { violations, screens, control, error } = await report;
      expect(error).to.equal(undefined);
      expect(violations).to.deep.equal([]);
      expect(screens[0]).to.equal(stateVisitPack.title);
      expect(screens).to.include('Your results');
      expect(screens.filter((s) => s.startsWith('Question '))).to.have.length(5);
      expect(screens).to.include('Synthetic pack of 60 facts');
      expect(screens.at(-1)).to.contain('This quiz could not be loaded');
      expect(control.some((v) => v.startsWith('require-trusted-types-for')), `control: ${control.join()}`).to.equal(true);
    } finally {
      iframe.remove();
    }
  });

  it('lets the registration module run twice (two bundles on a page) without throwing', async () => {
    await import('../../src/define.js');
    const copy = '../../src/define.ts?second-copy';
    await import(/* @vite-ignore */ copy);
    expect(customElements.get('fact-quiz')).to.equal(FactQuiz);
    expect(document.createElement('fact-quiz')).to.be.instanceOf(FactQuiz);
  });

  it('keeps three instances on one page apart', async () => {
    const pack = syntheticPack({ facts: 60 });
    const { quiz: a } = await mount(html`<fact-quiz></fact-quiz>`);
    const { quiz: b } = await mount(html`<fact-quiz></fact-quiz>`);
    const { quiz: c } = await mount(html`<fact-quiz mode="exam" seed="other" .pack=${pack}></fact-quiz>`);
    await a.start();
    await b.start();
    await c.start();
    await a.choose(a.options()[0]!);
    // Every question has two options at least (a true/false one has no third).
    await b.choose(b.options()[1]!);
    expect(a.chosen()).to.deep.equal([a.options()[0]]);
    expect(b.chosen()).to.deep.equal([b.options()[1]]);
    await a.check();
    expect(a.status()).to.not.equal('');
    expect(b.status()).to.equal('');
    expect(b.heading()).to.equal('Question 1 of 5');
    await b.check();
    await b.next();
    expect(b.heading()).to.equal('Question 2 of 5');
    expect(a.heading()).to.equal('Question 1 of 5');
    expect(c.stem()).to.equal(generateQuiz(pack, { seed: 'other', count: 5 }).questions[0]!.stem);
    const names = [a, b, c].map((q) => q.inputs()[0]!.name);
    expect(new Set(names).size).to.equal(3);
  });
});
