// The hostile corpus in Chromium: packs with script in every string loaded by `src`,
// oversized and endless responses, a BOM, tampered saved progress, and every export of a
// hostile quiz opened as a browser would open the downloaded file: nothing runs, nothing
// freezes, and messages stay short.
import { expect, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { VERSION, generateQuiz, type Pack, type Quiz } from '../../src/engine/index.js';
import { MAX_PACK_BYTES } from '../../src/engine/limits.js';
import { FORMATS, exportQuiz, toWorksheetHtml } from '../../src/exporters/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { syntheticPack } from '../packs/synthetic.js';
import type { FactQuizHarness } from './fact-quiz.harness.js';
import { blobUrl, mount } from './helpers.js';

/** Markup that sets `pwned` on the top window if it ever runs, from any frame. */
const ATTACKS = [
  '<img src=x onerror="top.pwned=1">',
  '<script>top.pwned=1</script>',
  '"><svg onload="top.pwned=1">',
  "'><iframe srcdoc=\"<script>top.pwned=1</script>\"></iframe>",
  ']]><script>top.pwned=1</script>',
  '<a href="javascript:top.pwned=1">x</a>',
  '\u001b[2J\u202e<b onmouseover="top.pwned=1">bidi</b>',
  '- list <style>*{display:none}</style>',
];

const pwned = (): unknown => (window as { pwned?: unknown }).pwned;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function alertShown(quiz: FactQuizHarness): Promise<string> {
  await waitUntil(() => quiz.alert() !== null, 'no alert', { timeout: 5000 });
  return quiz.alert()?.textContent ?? '';
}

/** A valid pack whose every label, title, quote and template word carries an attack. */
function hostilePack(attack: (i: number) => string): Pack {
  const pack = syntheticPack({ facts: 80 });
  let n = 0;
  const next = (): string => attack(n++);
  pack.title = `Title ${next()}`;
  pack.description = `About ${next()}`;
  for (const e of pack.entities) e.label = `${e.label} ${next()}`;
  for (const f of pack.facts) f.quote = `synthetic ${next()}`;
  for (const s of pack.sources) s.title = `Source ${next()}`;
  return pack;
}

/** A real quiz with attacks in its stems, options, explanations and sources. */
function hostileQuiz(attack: (i: number) => string): Quiz {
  const quiz = generateQuiz(syntheticPack({ facts: 120 }), { seed: 'hostile', count: 8 });
  let n = 0;
  const next = (): string => attack(n++);
  return {
    ...quiz,
    seed: `seed ${next()}`,
    pack: { ...quiz.pack, title: `Title ${next()}` },
    questions: quiz.questions.map((q) => ({
      ...q,
      stem: q.kind === 'true-false' ? `Stem ${next()}. True or false?` : `Stem ${next()}`,
      options: q.kind === 'true-false' ? q.options : q.options.map((o) => ({ ...o, text: `${o.text} ${next()}` })),
      explanation: `Why ${next()}`,
      sources: q.sources.map((s) => ({ ...s, title: `T ${next()}`, publisher: `P ${next()}`, quote: `Q ${next()}` })),
    })),
  };
}

/** Opens `text` in an iframe as a browser opens a downloaded file of `type`, scripts allowed; resolves once loaded and settled. */
async function open(text: string, type: string): Promise<void> {
  const frame = document.createElement('iframe');
  const url = URL.createObjectURL(new Blob([text], { type }));
  const loaded = new Promise<void>((resolve) => {
    frame.addEventListener('load', () => {
      resolve();
    });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  await pause(50); // image errors and onload handlers fire after load
  frame.remove();
  URL.revokeObjectURL(url);
}

describe('hostile input in the browser', () => {
  beforeEach(() => {
    delete (window as { pwned?: unknown }).pwned;
    localStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
  });

  describe('exports opened in Chromium', () => {
    it('the control: a page that does run script is caught by this check', async () => {
      await open('<img src=x onerror="top.pwned=1">', 'text/html');
      expect(pwned()).to.equal(1);
    });

    it('no worksheet of a hostile quiz runs script, over many quizzes', async () => {
      const runs: Quiz[] = fc.sample(fc.array(fc.constantFrom(...ATTACKS), { minLength: 3, maxLength: 3 }).map((picked) => hostileQuiz((i) => picked[i % picked.length] as string)), 8);
      for (const quiz of runs) {
        await open(toWorksheetHtml([quiz]), 'text/html');
        expect(pwned(), 'worksheet ran script').to.equal(undefined);
      }
    });

    it('no text export (json, md, gift, moodle) runs script when opened as the type it is served as', async () => {
      const quiz = hostileQuiz((i) => ATTACKS[i % ATTACKS.length] as string);
      for (const format of FORMATS) {
        const { data, mediaType } = exportQuiz([quiz], format);
        if (typeof data !== 'string') continue; // zips are not opened by a browser
        await open(data, mediaType);
        expect(pwned(), `${format} ran script`).to.equal(undefined);
      }
    });

    it('a tampered kind can not put script in the worksheet', async () => {
      const quiz = hostileQuiz(() => 'x');
      (quiz.questions[0] as { kind: string }).kind = '"><img src=x onerror="top.pwned=1">';
      await open(toWorksheetHtml([quiz]), 'text/html');
      expect(pwned()).to.equal(undefined);
      expect(() => exportQuiz([quiz], 'html')).to.throw(/Not a valid quiz: questions\[0\]\.kind/);
    });
  });

  describe('the element with src', () => {
    it('shows a hostile pack as text: no script runs, no element is made from it', async () => {
      const pack = hostilePack((i) => ATTACKS[i % ATTACKS.length] as string);
      const { quiz } = await mount(html`<fact-quiz src=${blobUrl(JSON.stringify(pack))} count="3"></fact-quiz>`);
      await waitUntil(() => quiz.hasHeading(), 'no intro', { timeout: 5000 });
      expect(quiz.heading()).to.contain('Title <');
      await quiz.start();
      await pause(50);
      expect(quiz.root.querySelectorAll('img, script, iframe, svg:not([aria-hidden]), style:not(:first-of-type)').length).to.be.lessThan(2);
      expect(quiz.root.querySelectorAll('img, script, iframe, b, a[href^="javascript"]')).to.have.length(0);
      expect(pwned()).to.equal(undefined);
    });

    it('accepts a pack that starts with a UTF-8 byte-order mark', async () => {
      const { quiz } = await mount(html`<fact-quiz src=${blobUrl(`\ufeff${JSON.stringify(stateVisitPack)}`)}></fact-quiz>`);
      await waitUntil(() => quiz.hasHeading(), 'no intro', { timeout: 5000 });
      expect(quiz.heading()).to.equal(stateVisitPack.title);
    });

    it('quotes at most a short excerpt of a 1 MB value, and counts the problems it does not list', async () => {
      const pack = { ...stateVisitPack, title: `<b>${'x'.repeat(1024 * 1024)}</b>`, facts: stateVisitPack.facts.map((f) => ({ ...f, relation: 'nope' })) };
      const { quiz } = await mount(html`<fact-quiz src=${blobUrl(JSON.stringify(pack))}></fact-quiz>`);
      await alertShown(quiz);
      const lines = [...(quiz.alert()?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
      expect(Math.max(...lines.map((l) => l.length))).to.be.lessThan(400);
      expect(lines.length).to.be.lessThan(10);
      expect(lines.at(-1)).to.match(/^…and \d+ more problems\.$/);
    });

    it('refuses a response past the size limit without reading it whole', async () => {
      const { quiz } = await mount(html`<fact-quiz src=${blobUrl(' '.repeat(MAX_PACK_BYTES + 10))}></fact-quiz>`);
      expect(await alertShown(quiz)).to.contain('The file is larger than 2 MB');
    });

    it('stops reading an endless response at the limit and cancels it', async () => {
      let sent = 0;
      let cancelled = false;
      const chunk = new Uint8Array(64 * 1024).fill(32);
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
      const original = window.fetch;
      window.fetch = () => Promise.resolve(new Response(endless, { headers: { 'content-type': 'application/json' } }));
      try {
        const { quiz } = await mount(html`<fact-quiz src="/endless.json"></fact-quiz>`);
        expect(await alertShown(quiz)).to.contain('larger than');
      } finally {
        window.fetch = original;
      }
      expect(cancelled).to.equal(true);
      expect(sent).to.be.lessThan(MAX_PACK_BYTES + 4 * chunk.byteLength);
    });
  });

  describe('tampered saved progress', () => {
    const key = `fact-quiz:${VERSION}:${stateVisitPack.id}:fact-quiz`;
    const builtIn = generateQuiz(stateVisitPack, { count: 5 });

    /** What the widget itself saved after one answer, as an object to tamper with. */
    async function savedByWidget(): Promise<Record<string, unknown>> {
      const { el, quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
      await quiz.start();
      await quiz.answer(builtIn.questions[0]!);
      await quiz.check();
      el.remove();
      return JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown>;
    }

    it('never lets a stored seed override the seed attribute', async () => {
      const saved = await savedByWidget();
      const other = generateQuiz(stateVisitPack, { count: 5, seed: 'someone-else' });
      localStorage.setItem(key, JSON.stringify({ ...saved, seed: 'someone-else', ids: other.questions.map((q) => q.id), answers: {}, index: 0, phase: 'question' }));
      const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
      await quiz.start();
      expect(quiz.stem()).to.equal(builtIn.questions[0]!.stem);
      expect(JSON.parse(localStorage.getItem(key) ?? '{}')).to.include({ seed: 'fact-quiz' });
    });

    it('ignores progress saved with other options (count, kinds, difficulty)', async () => {
      const saved = await savedByWidget();
      const { quiz } = await mount(html`<fact-quiz persist count="3"></fact-quiz>`);
      expect(quiz.heading()).to.equal(stateVisitPack.title);
      expect(saved.options).to.be.a('string');
    });

    it('ignores a stored value over the size limit without parsing it', async () => {
      const saved = await savedByWidget();
      localStorage.setItem(key, JSON.stringify({ ...saved, phase: 'results', padding: 'x'.repeat(4 * 1024 * 1024) }));
      const parse = JSON.parse;
      let parsedLong = false;
      JSON.parse = ((text: string, ...rest: []) => {
        if (text.length > 1024 * 1024) parsedLong = true;
        return parse(text, ...rest) as unknown;
      }) as typeof JSON.parse;
      try {
        const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
        expect(quiz.heading()).to.equal(stateVisitPack.title);
      } finally {
        JSON.parse = parse;
      }
      expect(parsedLong).to.equal(false);
    });

    it('drops restored answers that are not options of their question', async () => {
      const saved = await savedByWidget();
      const answers = Object.fromEntries(builtIn.questions.map((q, i) => [q.id, i === 0 ? ['nope'] : i === 1 ? ['<b>made up</b>'] : [q.answer[0]!]]));
      localStorage.setItem(key, JSON.stringify({ ...saved, phase: 'results', index: 4, answers }));
      const { quiz } = await mount(html`<fact-quiz persist></fact-quiz>`);
      expect(quiz.heading()).to.equal('Your results');
      expect(quiz.root.textContent).not.to.contain('nope');
      expect(quiz.root.textContent).not.to.contain('made up');
    });
  });
});
