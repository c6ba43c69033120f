// The demo page (`npm start`, demo/): its pack loads through `src`, its themes keep
// WCAG AA contrast in light and dark, and it builds no markup from strings.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateQuiz, validatePack } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { expectAccessible, mount } from './helpers.js';

const THEMES = ['theme-gazette', 'theme-night', 'theme-playful', 'theme-minimal'];

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.ok, `${url}: HTTP ${String(response.status)}`).to.equal(true);
  return response.text();
}

/** The demo's stylesheets in this test page, as on the demo page. */
async function loadDemoStyles(): Promise<() => void> {
  const links = ['/demo/demo.css', '/demo/themes.css'].map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return link;
  });
  await Promise.all(
    links.map(
      (link) =>
        new Promise((resolve, reject) => {
          link.addEventListener('load', resolve);
          link.addEventListener('error', reject);
          document.head.append(link);
        }),
    ),
  );
  return () => {
    for (const link of links) link.remove();
  };
}

describe('demo page', () => {
  it('ships a valid pack, its quotes found in the source texts, that makes the 4 questions the page asks for', async () => {
    const json: unknown = JSON.parse(await text('/demo/packs/kings-letter.json'));
    const sources = new Map<string, string>();
    for (const source of (json as { sources: { text?: string }[] }).sources) {
      if (source.text) sources.set(source.text, await text(`/questions/sources/${source.text}`));
    }
    const result = validatePack(json, { sourceText: (name) => sources.get(name) });
    expect(result.problems).to.deep.equal([]);
    if (!result.ok) return;
    expect(generateQuiz(result.pack, { count: 4 }).questions).to.have.length(4);
  });

  it('ships the quiz made from that pack at build time, as `fact-quiz generate` makes it, and plays it from src', async () => {
    const pack = validatePack(JSON.parse(await text('/demo/packs/kings-letter.json')));
    if (!pack.ok) throw new Error('the demo pack is invalid');
    const shipped: unknown = JSON.parse(await text('/demo/packs/kings-letter.quiz.json'));
    expect(shipped, 'demo/packs/kings-letter.quiz.json is stale: run the command the demo shows').to.deep.equal(generateQuiz(pack.pack, { seed: 'week-12', count: 4 }));
    const { quiz } = await mount(html`<fact-quiz src="/demo/packs/kings-letter.quiz.json" no-intro></fact-quiz>`);
    await waitUntil(() => quiz.hasHeading(), 'the quiz did not load', { timeout: 5000 });
    expect(quiz.stem()).to.equal((shipped as { questions: { stem: string }[] }).questions[0]?.stem);
  });

  it('loads that pack with src', async () => {
    const { quiz } = await mount(html`<fact-quiz src="/demo/packs/kings-letter.json" count="4"></fact-quiz>`);
    await waitUntil(() => quiz.hasHeading(), 'the pack did not load', { timeout: 5000 });
    expect(quiz.heading()).to.equal("The King's letter and the venues of the state visit");
    expect(quiz.text()).to.contain('4 questions');
  });

  it('builds no markup from strings and shows the documented embeds', async () => {
    const page = await text('/demo/index.html');
    const script = await text('/demo/demo.ts');
    for (const source of [page, script]) expect(source).to.not.match(/innerHTML|outerHTML|insertAdjacentHTML|unsafeHTML|document\.write|\beval\(/);
    expect(page).to.contain('&lt;script type="module" src="https://cdn.jsdelivr.net/npm/fact-quiz/dist/fact-quiz.embed.js"&gt;&lt;/script&gt;');
    expect(page).to.contain("import 'fact-quiz/define';");
  });

  describe('theme gallery', () => {
    let unload: () => void = () => undefined;
    before(async () => {
      unload = await loadDemoStyles();
    });
    after(() => {
      unload();
    });
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const theme of THEMES) {
        it(`${theme} passes axe (${colorScheme}): a question with feedback, then the results`, async () => {
          await emulateMedia({ colorScheme });
          const { el, quiz } = await mount(html`<fact-quiz class=${theme} seed=${theme} count="3"></fact-quiz>`);
          const made = generateQuiz(stateVisitPack, { seed: theme, count: 3 });
          await quiz.start();
          await quiz.answer(made.questions[0]!, false);
          await quiz.check();
          await expectAccessible(el, `${theme}, ${colorScheme}, feedback`);
          await quiz.next();
          for (const question of made.questions.slice(1)) {
            await quiz.answer(question, true);
            await quiz.check();
            await quiz.next();
          }
          expect(quiz.heading()).to.equal('Your results');
          await expectAccessible(el, `${theme}, ${colorScheme}, results`);
        });
      }
    }
  });
});
