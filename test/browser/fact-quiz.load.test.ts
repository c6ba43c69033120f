// Packs from `src`, and every way input can be bad: a readable message inside the
// widget, never a blank box or an uncaught error.
import { expect, html, waitUntil } from '@open-wc/testing';
import { generateQuiz } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';
import type { FactQuizHarness } from './fact-quiz.harness.js';
import { blobUrl, captureWarnings, mount, recordEvents } from './helpers.js';

const pack = syntheticPack({ facts: 60 });
const packUrl = (): string => blobUrl(JSON.stringify(pack));

async function alertShown(quiz: FactQuizHarness): Promise<string> {
  await waitUntil(() => quiz.alert() !== null, 'no alert', { timeout: 5000 });
  return quiz.error();
}

async function introShown(quiz: FactQuizHarness): Promise<void> {
  await waitUntil(() => quiz.hasHeading(), 'no intro', { timeout: 5000 });
}

/** Replaces `fetch` with `respond` for one test. */
function stubFetch(respond: (url: string, init: RequestInit | undefined) => Promise<Response>): { calls: string[]; restore: () => void } {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    return respond(url, init);
  };
  return {
    calls,
    restore: () => {
      window.fetch = original;
    },
  };
}

/** A fetch that never answers, but rejects as fetch does when its signal aborts. */
function hanging(init: RequestInit | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}

describe('<fact-quiz src>', () => {
  it('fetches and validates the pack, showing a loading state meanwhile', async () => {
    const { quiz } = await mount(html`<fact-quiz src=${packUrl()} count="3"></fact-quiz>`);
    expect(quiz.part('base').getAttribute('aria-busy')).to.equal('true');
    expect(quiz.text()).to.equal('Loading the quiz…');
    await introShown(quiz);
    expect(quiz.part('base').getAttribute('aria-busy')).to.equal('false');
    expect(quiz.heading()).to.equal(pack.title);
    await quiz.start();
    expect(quiz.stem()).to.equal(generateQuiz(pack, { count: 3 }).questions[0]!.stem);
  });

  it('says which HTTP status a failed request got (a real 404)', async () => {
    const { quiz } = await mount(html`<fact-quiz src="/test/browser/fixtures/no-such-pack.json"></fact-quiz>`);
    const message = await alertShown(quiz);
    expect(message).to.contain('This quiz could not be loaded.');
    expect(message).to.contain('The server answered with status 404.');
  });

  it('says which HTTP status a failed request got (500)', async () => {
    const fetch = stubFetch(() => Promise.resolve(new Response('oops', { status: 500 })));
    try {
      const { quiz } = await mount(html`<fact-quiz src="/pack.json"></fact-quiz>`);
      expect(await alertShown(quiz)).to.contain('The server answered with status 500.');
    } finally {
      fetch.restore();
    }
  });

  it('says when the file is not JSON', async () => {
    const { quiz } = await mount(html`<fact-quiz src=${blobUrl('{"format": "fact-quiz/pack@1",')}></fact-quiz>`);
    expect(await alertShown(quiz)).to.contain('The file is not valid JSON.');
  });

  it('lists the first problems of an invalid pack with their JSON paths', async () => {
    const broken = { ...pack, lang: 42, facts: pack.facts.map((f, i) => (i < 8 ? { ...f, relation: 'nope' } : f)) };
    const { quiz } = await mount(html`<fact-quiz src=${blobUrl(JSON.stringify(broken))}></fact-quiz>`);
    const message = await alertShown(quiz);
    expect(message).to.contain('The file is not a valid fact pack:');
    expect(message).to.match(/lang: /);
    expect(message).to.match(/facts\[0\]\.relation: /);
    const lines = [...quiz.alert()!.querySelectorAll('p')].filter((p) => /^[\w[\].]+: /.test(p.textContent));
    expect(lines.length).to.equal(5);
  });

  it('gives up after the timeout and says so', async () => {
    const fetch = stubFetch((_url, init) => hanging(init));
    try {
      const { quiz } = await mount(html`<fact-quiz src="/slow.json" timeout="50"></fact-quiz>`);
      expect(await alertShown(quiz)).to.contain('The server did not answer within 0.05 seconds.');
    } finally {
      fetch.restore();
    }
  });

  it('says when the server cannot be reached, and loads again on request', async () => {
    let fail = true;
    const body = JSON.stringify(pack);
    const fetch = stubFetch(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(body))));
    try {
      const { quiz } = await mount(html`<fact-quiz src="/offline.json"></fact-quiz>`);
      expect(await alertShown(quiz)).to.contain('The server could not be reached.');
      await quiz.click(quiz.button('Try loading again'));
      await waitUntil(() => quiz.alert() !== null && fetch.calls.length === 2);
      expect(quiz.focused(), 'focus back on the retry button after a second failure').to.equal(quiz.button('Try loading again'));
      fail = false;
      await quiz.click(quiz.button('Try loading again'));
      await introShown(quiz);
      expect(quiz.heading()).to.equal(pack.title);
      expect(quiz.headingIsFocused(), 'focus on the quiz once loaded').to.equal(true);
      expect(fetch.calls).to.have.length(3);
    } finally {
      fetch.restore();
    }
  });

  it('shows only the latest src when src changes while loading, and cancels the older request', async () => {
    const other = syntheticPack({ facts: 60, seed: 2 });
    const signals = new Map<string, AbortSignal>();
    let releaseFirst: (() => void) | undefined;
    const fetch = stubFetch((url, init) => {
      signals.set(url, init!.signal!);
      if (url.endsWith('/first.json')) {
        // answers late, even though it was cancelled
        return new Promise((resolve) => {
          releaseFirst = () => {
            resolve(new Response(JSON.stringify({ ...pack, title: 'First' })));
          };
        });
      }
      return Promise.resolve(new Response(JSON.stringify({ ...other, title: 'Second' })));
    });
    try {
      const { el, quiz } = await mount(html`<fact-quiz src="/first.json"></fact-quiz>`);
      await waitUntil(() => signals.has(`${location.origin}/first.json`) || signals.has('/first.json'));
      el.src = '/second.json';
      await introShown(quiz);
      expect(quiz.heading()).to.equal('Second');
      expect([...signals.entries()].find(([url]) => url.endsWith('/first.json'))![1].aborted).to.equal(true);
      releaseFirst?.();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await quiz.settle();
      expect(quiz.heading()).to.equal('Second');
    } finally {
      fetch.restore();
    }
  });

  it('loads again when taken out of the page mid-load and put back', async () => {
    const fetch = stubFetch((url, init) => (fetch.calls.length === 1 ? hanging(init) : Promise.resolve(new Response(JSON.stringify(pack)))));
    try {
      const { el, quiz } = await mount(html`<fact-quiz src="/again.json"></fact-quiz>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await introShown(quiz);
      expect(fetch.calls).to.have.length(2);
    } finally {
      fetch.restore();
    }
  });

  it('prefers the pack property to src, and fetches nothing', async () => {
    const fetch = stubFetch(() => Promise.reject(new Error('must not fetch')));
    try {
      const { quiz } = await mount(html`<fact-quiz src="/unused.json" .pack=${pack}></fact-quiz>`);
      expect(quiz.heading()).to.equal(pack.title);
      expect(fetch.calls).to.deep.equal([]);
    } finally {
      fetch.restore();
    }
  });
});

describe('<fact-quiz> bad input', () => {
  it('shows the engine\'s message when the pack is too small for count', async () => {
    const { quiz } = await mount(html`<fact-quiz count="500" .pack=${pack}></fact-quiz>`);
    const message = await alertShown(quiz);
    expect(message).to.contain('This quiz could not be made.');
    expect(message).to.match(/can make only \d+ independent questions/);
  });

  it('asks for as many questions as the pack allows, up to 5, when count is not set', async () => {
    const small = generateQuiz(pack, { kinds: ['order'], count: 2 });
    expect(() => generateQuiz(pack, { kinds: ['order'], count: 5 })).to.throw();
    const { quiz } = await mount(html`<fact-quiz kinds="order" .pack=${pack}></fact-quiz>`);
    expect(quiz.alert()).to.equal(null);
    const total = Number(/(\d+) questions?/.exec(quiz.text())?.[1]);
    expect(total).to.be.within(small.questions.length, 4);
  });

  it('replaces attributes that do not parse by their defaults, with a console warning', async () => {
    let harness: FactQuizHarness | undefined;
    const warnings = await captureWarnings(async () => {
      const { quiz } = await mount(
        html`<fact-quiz count="abc" kinds="single,bogus" difficulty="extreme" mode="quiz" timeout="-1" .pack=${pack}></fact-quiz>`,
      );
      harness = quiz;
    });
    expect(warnings).to.have.length(5);
    expect(warnings[0]).to.equal('<fact-quiz>: ignoring count="abc"; using 5 or as many as the pack allows.');
    expect(warnings.join('\n')).to.contain('kinds="single,bogus"; using single');
    expect(warnings.join('\n')).to.contain('difficulty="extreme"; using mixed');
    expect(warnings.join('\n')).to.contain('mode="quiz"; using practice');
    expect(warnings.join('\n')).to.contain('timeout="-1"; using 10000');
    expect(harness!.alert()).to.equal(null);
    expect(harness!.text()).to.contain('5 questions. You see the answer after each question.');
    await harness!.start();
    expect(harness!.inputs()[0]!.type).to.equal('radio');
  });

  it('treats count="0", "2.5" and "" as not set', async () => {
    for (const count of ['0', '2.5', '']) {
      const warnings = await captureWarnings(async () => {
        const { quiz } = await mount(html`<fact-quiz count=${count} .pack=${pack}></fact-quiz>`);
        expect(quiz.text()).to.contain('5 questions');
      });
      expect(warnings).to.have.length(1);
    }
  });

  it('survives a lang that is not a language tag', async () => {
    const { quiz } = await mount(html`<fact-quiz lang="not a tag!"></fact-quiz>`);
    expect(quiz.nameOf(quiz.primary())).to.equal('Start the quiz');
    expect(quiz.part('base').getAttribute('lang')).to.equal('en-GB'); // the pack's language
  });

  it('shows a message, not an exception, for a pack property that is not a pack', async () => {
    const notAPack = { id: 'x', facts: 'none' } as unknown as typeof pack;
    const { quiz } = await mount(html`<fact-quiz .pack=${notAPack}></fact-quiz>`);
    expect(await alertShown(quiz)).to.contain('This quiz could not be made.');
  });

  it('shows a message for a quiz property with no questions', async () => {
    const empty = { ...generateQuiz(pack, { count: 1 }), questions: [] };
    const { quiz } = await mount(html`<fact-quiz .quiz=${empty}></fact-quiz>`);
    expect(await alertShown(quiz)).to.contain('questions: must be a list of at least one question');
  });

  it('never throws out of the element on any of these, and fires no events', async () => {
    const recorded = recordEvents();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
      errors.push('reason' in event ? event.reason : event.error);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await captureWarnings(async () => {
        await mount(html`<fact-quiz count="abc" kinds="," difficulty="" mode="" seed=""></fact-quiz>`);
        const { quiz } = await mount(html`<fact-quiz src=${blobUrl('null')}></fact-quiz>`);
        await alertShown(quiz);
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      recorded.stop();
    }
    expect(errors).to.deep.equal([]);
    expect(recorded.events).to.deep.equal([]);
  });
});
