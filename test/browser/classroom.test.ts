// The teacher page, <fact-quiz-classroom> (src/classroom/, the package's
// `fact-quiz/classroom`, hosted by demo/classroom.html): versions previewed, every
// download a file its importer can read, the printed worksheet, and readable messages
// for bad packs and requests a pack can't meet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import { generateVersions, type Pack } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { DEFAULT_SETTINGS, FILE_FORMATS, makeDownload, newSeed, type ClassroomSettings, type FactQuizClassroom } from '../../src/classroom/define.js';
import { syntheticPack } from '../packs/synthetic.js';
import { expectAccessible } from './helpers.js';

const SEED = '7b-monday';

async function mountApp(settings: Partial<ClassroomSettings> = {}, builtinPack: Pack = stateVisitPack): Promise<FactQuizClassroom> {
  const el = await fixture<FactQuizClassroom>(html`<fact-quiz-classroom .builtinPack=${builtinPack} .settings=${{ ...DEFAULT_SETTINGS, seed: SEED, ...settings }}></fact-quiz-classroom>`);
  await el.updateComplete;
  return el;
}

/** The form control a label names, found as a user finds it: by the label's words. */
function control(el: FactQuizClassroom, labelText: string): HTMLInputElement {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent.trim() === labelText);
  // An <input> or a <select>: the two share what these tests use (value, change).
  const target = label === undefined ? null : el.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (target === null) throw new Error(`No control labelled "${labelText}"`);
  return target;
}

/** Sets a field as a user would (type or pick, then leave it) and waits for the render. */
async function change(el: FactQuizClassroom, labelText: string, value: string | boolean): Promise<void> {
  const input = control(el, labelText);
  if (typeof value === 'boolean') input.checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function alertText(el: FactQuizClassroom): string {
  return el.querySelector('[role="alert"]')?.textContent.replace(/\s+/gu, ' ').trim() ?? '';
}

function versionSections(el: FactQuizClassroom): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>('.preview .version')];
}

/** Chooses a file in the page's file input, as the browser's file dialog would. */
async function chooseFile(el: FactQuizClassroom, name: string, text: string): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  const input = control(el, 'Pack file (JSON)');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  expect(el.querySelector('[role="status"]')?.textContent).to.equal(`Reading ${name}…`);
  await waitUntil(() => !el.querySelector('[role="status"]')?.textContent.startsWith('Reading'), 'the file was not read', { timeout: 5000 });
  await el.updateComplete;
}

/** Replaces a property of an object for one test; returns the function that puts it back. */
function replace(target: object, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own === undefined) Reflect.deleteProperty(target, key);
    else Object.defineProperty(target, key, own);
  };
}

/** Downloads saved through the real `<a download>` path, with the Blob URL and the click intercepted. */
function interceptDownloads(): { saved: { name: string; blob: Blob }[]; restore: () => void } {
  const saved: { name: string; blob: Blob }[] = [];
  const urls = new Map<string, Blob>();
  const restoreCreate = replace(URL, 'createObjectURL', (blob: Blob) => {
    const url = `blob:test/${String(urls.size)}`;
    urls.set(url, blob);
    return url;
  });
  const restoreRevoke = replace(URL, 'revokeObjectURL', () => undefined);
  const onClick = (event: Event): void => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || link.download === '') return;
    event.preventDefault();
    const blob = urls.get(link.href);
    if (blob !== undefined) saved.push({ name: link.download, blob });
  };
  document.addEventListener('click', onClick, true);
  return {
    saved,
    restore: () => {
      document.removeEventListener('click', onClick, true);
      restoreCreate();
      restoreRevoke();
    },
  };
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.querySelector('parsererror');
  expect(error, error?.textContent ?? '').to.equal(null);
  return doc;
}

function parseWorksheet(text: string): Document {
  // The worksheet is also well-formed XML: parse it both ways.
  parseXml(text.replace(/^<!DOCTYPE html>/u, ''));
  return new DOMParser().parseFromString(text, 'text/html');
}

describe('the classroom page', () => {
  it('is accessible, with keys shown and several versions', async () => {
    const el = await mountApp({ versions: 3 });
    await change(el, 'Show answer keys', true);
    await expectAccessible(el, 'three versions, keys shown');
  });

  it('previews every version, each with the number of questions asked for', async () => {
    const el = await mountApp({ count: 10, versions: 1 });
    expect(versionSections(el)).to.have.length(1);
    await change(el, 'Number of versions', '3');
    const sections = versionSections(el);
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).to.deep.equal(['Version A', 'Version B', 'Version C']);
    expect(sections.map((s) => s.querySelector('.meta code')?.textContent)).to.deep.equal([SEED, `${SEED}-B`, `${SEED}-C`]);
    for (const section of sections) expect(section.querySelectorAll('.questions > li')).to.have.length(10);
    expect(el.querySelector('[role="status"]')?.textContent).to.contain('3 versions (A to C) of 10 questions');
  });

  it('shows the same quizzes as the engine makes for the settings', async () => {
    const el = await mountApp({ count: 6, versions: 2, distinct: true, kinds: ['single', 'true-false'], difficulty: 'mixed', options: 3 });
    const expected = generateVersions(stateVisitPack, { seed: SEED, count: 6, versions: 2, distinct: true, kinds: ['single', 'true-false'], options: 3 });
    const shown = versionSections(el).map((s) => [...s.querySelectorAll('.stem')].map((p) => p.textContent));
    expect(shown).to.deep.equal(expected.map((q) => q.questions.map((question) => question.stem)));
    const options = versionSections(el)[0]!.querySelectorAll('.question[data-kind="single"] .options')[0]!;
    expect(options.children).to.have.length(3);
  });

  it('hides the keys until asked, then marks them in words', async () => {
    const el = await mountApp({ count: 5, versions: 2 });
    expect(el.querySelectorAll('.answer, .key-mark')).to.have.length(0);
    await change(el, 'Show answer keys', true);
    expect(el.querySelectorAll('.answer')).to.have.length(10);
    expect(el.querySelector('.answer')?.textContent).to.match(/^Answer: [A-E]/u);
    await change(el, 'Show answer keys', false);
    expect(el.querySelectorAll('.answer')).to.have.length(0);
  });

  it('downloads every format as a file its importer can read', async () => {
    const el = await mountApp({ count: 8, versions: 3 });
    const downloads = interceptDownloads();
    try {
      for (const button of el.querySelectorAll<HTMLButtonElement>('.downloads button')) button.click();
    } finally {
      downloads.restore();
    }
    const byName = new Map(downloads.saved.map((d) => [d.name, d.blob]));
    expect([...byName.keys()].sort()).to.deep.equal(
      [
        `state-visit-${SEED}-A-to-C.html`,
        `state-visit-${SEED}-A-to-C.gift.txt`,
        `state-visit-${SEED}-A-to-C.xml`,
        `state-visit-${SEED}-A-to-C.zip`,
        `state-visit-${SEED}-A.xlsx`,
        `state-visit-${SEED}-A-to-C.md`,
        `state-visit-${SEED}-A-to-C.json`,
      ].sort(),
    );
    const text = (name: string): Promise<string> => (byName.get(`state-visit-${SEED}-${name}`) as Blob).text();
    const bytes = async (name: string): Promise<Uint8Array> => new Uint8Array(await (byName.get(`state-visit-${SEED}-${name}`) as Blob).arrayBuffer());

    const gift = await text('A-to-C.gift.txt');
    expect(gift).to.contain('::');
    expect(gift.match(/^\$CATEGORY:/gmu)).to.have.length(3);

    const moodle = parseXml(await text('A-to-C.xml'));
    expect(moodle.querySelectorAll('question:not([type="category"])')).to.have.length(24);

    const json = JSON.parse(await text('A-to-C.json')) as { seed: string }[];
    expect(json.map((q) => q.seed)).to.deep.equal([SEED, `${SEED}-B`, `${SEED}-C`]);
    expect(await text('A-to-C.md')).to.contain('---');

    const qti = await bytes('A-to-C.zip');
    expect(strFromU8(qti.subarray(0, 2))).to.equal('PK');
    const qtiFiles = unzipSync(qti);
    expect(Object.keys(qtiFiles)).to.include('imsmanifest.xml');
    parseXml(strFromU8(qtiFiles['imsmanifest.xml']!));

    const kahoot = await bytes('A.xlsx');
    expect(strFromU8(kahoot.subarray(0, 2))).to.equal('PK');
    expect(Object.keys(unzipSync(kahoot)).some((name) => name.startsWith('xl/worksheets/'))).to.equal(true);

    const worksheet = parseWorksheet(await text('A-to-C.html'));
    expect(worksheet.querySelectorAll('section.sheet')).to.have.length(3);
    expect(worksheet.querySelectorAll('section.key')).to.have.length(3);
    for (const sheet of worksheet.querySelectorAll('section.sheet')) expect(sheet.querySelectorAll('.question')).to.have.length(8);
    for (const key of worksheet.querySelectorAll('section.key')) expect(key.querySelectorAll('tbody tr')).to.have.length(8);
    expect(worksheet.querySelector('.pupil')?.textContent).to.match(/Name.*Class.*Date/su);
  });

  it('names one version’s files after version A alone', async () => {
    const el = await mountApp({ count: 4, versions: 1, seed: 'Year 9: Monday!' });
    const file = el.download('gift');
    expect(file?.fileName).to.equal('state-visit-Year-9-Monday-A.gift.txt');
  });

  it('lists the exporters’ warnings where the teacher sees them', async () => {
    const el = await mountApp({ count: 10, versions: 3 });
    const notes = el.querySelector<HTMLUListElement>('ul.warnings');
    expect(notes).to.not.equal(null);
    const heading = el.querySelector(`#${notes!.getAttribute('aria-labelledby')!}`);
    expect(heading?.textContent).to.equal('Notes on the files');
    expect(notes!.textContent).to.contain('Only version A is in the Kahoot file');
    expect(notes!.getBoundingClientRect().height).to.be.greaterThan(0);
    const expected = makeDownload(generateVersions(stateVisitPack, { seed: SEED, count: 10, versions: 3 }), 'kahoot').warnings;
    expect(notes!.querySelectorAll('li')).to.have.length(expected.length);
  });

  it('prints the worksheet (every version and its key) from a sandboxed frame', async () => {
    const el = await mountApp({ count: 5, versions: 3, paper: 'letter', title: 'Current affairs, 7B' });
    // Catch print() on the frame's window: the page calls it from outside the frame.
    const printed: Document[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const win = descriptor.get!.call(this) as Window | null;
        if (win !== null) {
          win.print = () => {
            printed.push(win.document);
          };
        }
        return win;
      },
    });
    try {
      el.querySelector<HTMLButtonElement>('button.primary')!.click();
      await waitUntil(() => printed.length === 1, 'print() was not called', { timeout: 5000 });
    } finally {
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', descriptor);
    }
    const frame = document.getElementById('classroom-print-frame') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).to.not.contain('allow-scripts');
    const doc = printed[0]!;
    expect(doc.querySelectorAll('section.sheet')).to.have.length(3);
    expect(doc.querySelectorAll('section.key')).to.have.length(3);
    expect(doc.querySelector('h1')?.textContent).to.equal('Current affairs, 7B');
    expect(doc.querySelector('style')?.textContent).to.contain('size: letter');
    frame.remove();
  });

  it('makes new seeds from crypto.getRandomValues, never Math.random', async () => {
    const el = await mountApp();
    let calls = 0;
    const real = crypto.getRandomValues.bind(crypto);
    const restoreCrypto = replace(crypto, 'getRandomValues', <T extends ArrayBufferView>(array: T): T => {
      calls++;
      return real(array as unknown as Uint8Array<ArrayBuffer>) as unknown as T;
    });
    const restoreMath = replace(Math, 'random', () => {
      throw new Error('Math.random was called');
    });
    try {
      el.querySelector<HTMLButtonElement>('.row button')!.click();
      await el.updateComplete;
    } finally {
      restoreMath();
      restoreCrypto();
    }
    expect(calls).to.equal(1);
    const seed = control(el, 'Seed').value;
    expect(seed).to.match(/^[0-9a-hjkmnp-tv-z]{6}$/u);
    expect(seed).to.not.equal(SEED);
    expect(versionSections(el)[0]!.querySelector('.meta code')?.textContent).to.equal(seed);
    expect(new Set(Array.from({ length: 50 }, newSeed)).size).to.equal(50);
  });

  it('shows the QuizError when the pack can’t make that many questions', async () => {
    const el = await mountApp({ versions: 3 });
    await change(el, 'Questions per version', '999');
    expect(alertText(el)).to.match(/can make only \d+ independent questions/u);
    expect(versionSections(el)).to.have.length(0);
    expect(el.querySelector('.downloads')).to.equal(null);
    // The form stays, and a smaller count brings everything back.
    await change(el, 'Questions per version', '4');
    expect(alertText(el)).to.equal('');
    expect(versionSections(el)).to.have.length(3);
  });

  it('says what to do when no kind of question is ticked', async () => {
    const el = await mountApp();
    for (const kind of ['One answer', 'Select all that apply', 'True or false', 'Put in order']) await change(el, kind, false);
    expect(alertText(el)).to.equal('Choose at least one kind of question.');
    await change(el, 'True or false', true);
    expect(alertText(el)).to.equal('');
    for (const stem of el.querySelectorAll('.question')) expect(stem.getAttribute('data-kind')).to.equal('true-false');
  });

  it('lists an invalid pack file’s problems with their JSON paths', async () => {
    const el = await mountApp();
    const bad = structuredClone(stateVisitPack) as unknown as { id: string; facts: Record<string, unknown>[] };
    bad.id = 'Bad Id';
    bad.facts[3]!.object = 'no-such-entity';
    delete bad.facts[5]!.quote;
    await chooseFile(el, 'broken-pack.json', JSON.stringify(bad));
    expect(alertText(el)).to.contain('broken-pack.json can’t be used as a fact pack');
    const paths = [...el.querySelectorAll('[role="alert"] .problems code')].map((c) => c.textContent);
    expect(paths).to.include.members(['id', 'facts[3].object', 'facts[5].quote']);
    const input = control(el, 'Pack file (JSON)');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')!}`)?.textContent).to.contain('broken-pack.json can’t be used: it has 3 problems');
    expect(versionSections(el)).to.have.length(0);
    // Back to the built-in pack: the quiz comes back and the alert goes.
    await change(el, 'Built-in: Trump\'s second state visit to the UK', true);
    expect(alertText(el)).to.equal('');
    expect(versionSections(el).length).to.be.greaterThan(0);
  });

  it('says when a file is not JSON at all', async () => {
    const el = await mountApp();
    await chooseFile(el, 'notes.json', 'Facts: the King invited the president');
    expect(alertText(el)).to.contain('(the whole file) This is not JSON');
  });

  it('makes quizzes from a valid pack file, its text shown as text', async () => {
    const el = await mountApp({ count: 3, versions: 2 });
    const pack = { ...syntheticPack({ facts: 40 }), id: 'my-pack', title: 'My pack <img src=x onerror="window.__pwned = true">' };
    await chooseFile(el, 'my-pack.json', JSON.stringify(pack));
    expect(alertText(el)).to.equal('');
    expect(el.querySelector('[role="status"]')?.textContent).to.contain(`“${pack.title}”`);
    expect(el.querySelector('img')).to.equal(null);
    expect(versionSections(el)).to.have.length(2);
    expect(el.download('md')?.fileName).to.equal(`my-pack-${SEED}-A-to-B.md`);
  });

  it('shows a pack too small for the request as a QuizError, not a blank page', async () => {
    const el = await mountApp({ count: 3 }, syntheticPack({ facts: 3 }));
    await change(el, 'Questions per version', '40');
    expect(alertText(el)).to.contain('can make only');
    expect(el.querySelector('form')).to.not.equal(null);
  });

  it('brings its own styles, once per document, in a layer any rule of the page overrides', async () => {
    const first = await mountApp();
    await mountApp();
    // this test page has no stylesheet of its own: the grid and the hidden empty alert are the element's
    expect(getComputedStyle(first).display).to.equal('grid');
    expect(first.querySelector<HTMLElement>('[role="alert"]')!.getBoundingClientRect().height).to.equal(0);
    const ours = document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSLayerBlockRule && rule.name === 'fact-quiz-classroom'));
    expect(ours).to.have.length(1);
    const print = first.querySelector<HTMLButtonElement>('button.primary')!;
    const accent = getComputedStyle(print).backgroundColor;
    // a bare type selector of the page beats the element's `button.primary`: layers before specificity
    const pageRule = document.createElement('style');
    pageRule.textContent = 'button { background-color: rgb(1, 2, 3); }';
    document.head.append(pageRule);
    try {
      expect(getComputedStyle(print).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      pageRule.remove();
    }
    expect(getComputedStyle(print).backgroundColor).to.equal(accent);
    expect(accent).to.equal('rgb(11, 87, 208)');
  });

  it('offers a Download button for every format', async () => {
    const el = await mountApp();
    const formats = [...el.querySelectorAll<HTMLButtonElement>('.downloads button')].map((b) => b.dataset.format);
    expect(formats).to.deep.equal(FILE_FORMATS.map((f) => f.format));
    expect(formats).to.have.members(['json', 'md', 'html', 'gift', 'moodle', 'qti', 'kahoot']);
  });
});
