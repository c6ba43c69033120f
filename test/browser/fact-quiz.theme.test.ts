// Theming (custom properties, parts, dark, print, reduced motion, RTL) and words
// (French, overrides, Intl numbers and dates).
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { syntheticPack } from '../packs/synthetic.js';
import { FactQuizHarness } from './fact-quiz.harness.js';
import { mount } from './helpers.js';

const builtIn = generateQuiz(stateVisitPack, { count: 5 });

describe('<fact-quiz> theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' }));

  it('declares its custom properties with defaults on :host', async () => {
    const { el } = await mount(html`<fact-quiz></fact-quiz>`);
    const style = getComputedStyle(el);
    for (const name of ['accent', 'accent-fg', 'bg', 'fg', 'muted', 'border', 'surface', 'correct', 'wrong', 'radius', 'space']) {
      expect(style.getPropertyValue(`--fact-quiz-${name}`), name).to.not.equal('');
    }
  });

  it('takes colours, font, radius and spacing from custom properties set by the page', async () => {
    const { quiz } = await mount(html`<fact-quiz
      style="--fact-quiz-accent: rgb(1, 2, 3); --fact-quiz-bg: rgb(250, 240, 230); --fact-quiz-font: monospace; --fact-quiz-radius: 3px; --fact-quiz-space: 10px"
    ></fact-quiz>`);
    const base = getComputedStyle(quiz.part('base'));
    expect(base.backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(base.fontFamily).to.equal('monospace');
    expect(base.borderTopLeftRadius).to.equal('3px');
    expect(base.paddingTop).to.equal('12.5px');
    expect(getComputedStyle(quiz.primary()).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the page font unless told otherwise', async () => {
    // (not through fixture(): for a plain div it waits for an animation frame, which a background tab never gets)
    const wrapper = document.createElement('div');
    wrapper.style.fontFamily = 'serif';
    const el = document.createElement('fact-quiz');
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      const quiz = new FactQuizHarness(el);
      await quiz.settle();
      expect(getComputedStyle(quiz.part('base')).fontFamily).to.equal('serif');
    } finally {
      wrapper.remove();
    }
  });

  it('exposes parts for the page to style', async () => {
    const style = document.createElement('style');
    style.textContent = 'fact-quiz::part(button) { text-transform: uppercase } fact-quiz::part(option) { letter-spacing: 2px }';
    document.head.append(style);
    try {
      const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
      for (const part of ['base', 'header']) expect(quiz.part(part), part).to.not.equal(null);
      expect(getComputedStyle(quiz.primary()).textTransform).to.equal('uppercase');
      await quiz.start();
      for (const part of ['header', 'progress', 'question', 'option', 'feedback', 'button']) expect(quiz.part(part), part).to.not.equal(null);
      expect(getComputedStyle(quiz.optionElements()[0]!).letterSpacing).to.equal('2px');
      await quiz.complete(builtIn, () => true);
    } finally {
      style.remove();
    }
  });

  it('switches to dark colours with prefers-color-scheme', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    const light = getComputedStyle(quiz.part('base')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(quiz.part('base')).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.not.equal(light);
    expect(getComputedStyle(quiz.part('base')).colorScheme).to.equal('dark');
  });

  it('prints a worksheet: every question with its options, and no buttons', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    // The worksheet is not part of the first load: it comes with the later screens, before any print.
    await waitUntil(() => quiz.root.querySelector('[part~="worksheet"]') !== null, 'no worksheet', { timeout: 5000 });
    expect(getComputedStyle(quiz.worksheet()).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    const sheet = quiz.worksheet();
    expect(getComputedStyle(sheet).display).to.equal('block');
    const questions = [...sheet.querySelectorAll(':scope > ol > li')];
    expect(questions).to.have.length(5);
    for (const [i, item] of questions.entries()) {
      const q = builtIn.questions[i]!;
      expect(item.querySelector('p')?.textContent).to.equal(q.stem);
      expect([...item.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(q.options.map((o) => o.text));
    }
    for (const button of quiz.buttons()) expect(button.getBoundingClientRect().height, 'buttons hidden').to.equal(0);
  });

  it('animates nothing with prefers-reduced-motion', async () => {
    const { quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    const option = quiz.optionElements()[0]!;
    expect(getComputedStyle(option).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(option).transitionDuration).to.equal('0s');
  });

  it('lays out right to left with dir="rtl" (logical properties)', async () => {
    const { quiz } = await mount(html`<fact-quiz dir="rtl"></fact-quiz>`);
    await quiz.start();
    await quiz.answer(builtIn.questions[0]!);
    await quiz.check();
    const feedback = getComputedStyle(quiz.statusRegion());
    expect(feedback.direction).to.equal('rtl');
    expect(feedback.borderRightWidth).to.equal('4px');
    expect(feedback.borderLeftWidth).to.equal('0px');
    const [first] = quiz.optionElements();
    const input = first!.querySelector('input')!.getBoundingClientRect();
    const text = first!.querySelector('.text')!.getBoundingClientRect();
    expect(input.left, 'the radio sits on the right').to.be.greaterThan(text.left);
  });
});

describe('<fact-quiz> words', () => {
  it('speaks French with lang="fr", numbers and dates through Intl', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="fr"></fact-quiz>`);
    expect(quiz.nameOf(quiz.primary())).to.equal('Commencer le quiz');
    expect(quiz.text()).to.contain('5 questions. La réponse s’affiche après chaque question.');
    const day = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${stateVisitPack.asOf}T00:00:00Z`));
    expect(quiz.text()).to.contain(`Faits au ${day}.`);
    await quiz.start();
    expect(quiz.heading()).to.equal('Question 1 sur 5');
    expect(quiz.nameOf(quiz.primary())).to.equal('Vérifier');
    await quiz.answer(builtIn.questions[0]!, false);
    await quiz.check();
    expect(quiz.status()).to.contain('Pas tout à fait.');
    expect(quiz.statusRegion().textContent).to.contain('Réponse\u202f:'); // French spacing before the colon
    const mine = quiz.optionMarks().filter((o) => o.checked);
    expect(mine.map((o) => o.tag)).to.deep.equal(['Votre réponse']);
    expect(mine[0]!.mark).to.equal('✗(votre choix, faux)');
    for (const q of builtIn.questions.slice(1)) {
      await quiz.next();
      await quiz.answer(q);
      await quiz.check();
    }
    await quiz.next();
    expect(quiz.heading()).to.equal('Vos résultats');
    const percent = new Intl.NumberFormat('fr', { style: 'percent' }).format(0.8).replace(/\s/g, ' '); // the harness folds spaces
    expect(quiz.score()).to.equal(`Vous avez obtenu 4 sur 5 (${percent}).`);
  });

  it("follows the pack's language when the element has none", async () => {
    const { quiz } = await mount(html`<fact-quiz .pack=${syntheticPack({ facts: 60, lang: 'fr-FR' })}></fact-quiz>`);
    expect(quiz.nameOf(quiz.primary())).to.equal('Commencer le quiz');
    expect(quiz.part('base').lang).to.equal('fr-FR');
  });

  it('marks the quiz text with its own language when the interface speaks another', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="fr"></fact-quiz>`);
    await quiz.start();
    expect(quiz.part('base').lang).to.equal('fr');
    expect(quiz.stemElement().lang).to.equal(stateVisitPack.lang);
  });

  it('switches language when lang changes, without losing the reader\'s place', async () => {
    const { el, quiz } = await mount(html`<fact-quiz></fact-quiz>`);
    await quiz.start();
    el.setAttribute('lang', 'fr');
    await quiz.settle();
    expect(quiz.heading()).to.equal('Question 1 sur 5');
    el.removeAttribute('lang');
    await quiz.settle();
    expect(quiz.heading()).to.equal('Question 1 of 5');
  });

  it('merges a partial strings override over the language\'s words', async () => {
    const { el, quiz } = await mount(html`<fact-quiz .strings=${{ start: 'Begin', questionOf: (n: string, t: string) => `${n}/${t}` }}></fact-quiz>`);
    expect(quiz.nameOf(quiz.primary())).to.equal('Begin');
    await quiz.start();
    expect(quiz.heading()).to.equal('1/5');
    expect(quiz.nameOf(quiz.primary())).to.equal('Check answer');
    el.setAttribute('lang', 'fr');
    await quiz.settle();
    expect(quiz.heading()).to.equal('1/5');
    expect(quiz.nameOf(quiz.primary())).to.equal('Vérifier');
  });

  it('formats numbers in the language: Arabic digits for ar-EG', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="ar-EG"></fact-quiz>`);
    await quiz.start();
    expect(quiz.heading()).to.equal(`Question ${new Intl.NumberFormat('ar-EG').format(1)} of ${new Intl.NumberFormat('ar-EG').format(5)}`);
  });
});
