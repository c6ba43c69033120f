// The authoring page, <fact-quiz-author> (src/authoring/, the package's `fact-quiz/author`,
// hosted by demo/author.html): an article taken to a saved pack that validates and plays
// in <fact-quiz>, the built-in pack opened, a reload mid-edit that loses nothing, a
// keyboard-only run, and axe in every state reached. The article is written here.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validatePack } from '../../src/engine/index.js';
import { packOf, type FactQuizAuthor, type SavedFile } from '../../src/authoring/define.js';
import { updateFact } from '../../src/authoring/workbench.js';
import { expectAccessible } from './helpers.js';

const ARTICLE = 'Chancellor Angela Merkel will visit Lisbon on 3 June, the city hall said. Mayor Carlos Moedas will host a dinner for 200 guests at the Belem Palace.\nThe visit will last three days.';
const QUOTE = 'Chancellor Angela Merkel will visit Lisbon on 3 June';

let keys = 0;

/** A fresh page in a storage key of its own (or `key`, to come back to saved work). */
async function mountAuthor(key = `author-test-${String(++keys)}-${String(Date.now())}`): Promise<FactQuizAuthor> {
  const el = await fixture<FactQuizAuthor>(html`<fact-quiz-author storage-key=${key} sources-url="/questions/sources/"></fact-quiz-author>`);
  await el.updateComplete;
  return el;
}

const root = (el: FactQuizAuthor): ShadowRoot => el.shadowRoot as ShadowRoot;
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

/** The control a label names, found as a user finds it: by the label's words. */
function control(el: FactQuizAuthor, labelText: string): HTMLInputElement {
  const label = [...root(el).querySelectorAll('label')].find((l) => squash(l.textContent) === labelText);
  const target = label === undefined ? null : root(el).getElementById(label.htmlFor);
  if (target === null) throw new Error(`No control labelled "${labelText}"`);
  return target as HTMLInputElement;
}

/** The textarea a label names. */
const textArea = (el: FactQuizAuthor, labelText: string): HTMLTextAreaElement => control(el, labelText) as unknown as HTMLTextAreaElement;

/** A button by its accessible name (its aria-label, else its text). */
function button(el: FactQuizAuthor, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? squash(b.textContent)) === name);
  if (found === undefined) throw new Error(`No button "${name}"`);
  return found;
}

/** Types into a field as a user would (the value, then an input event) and waits for the render. */
async function type(el: FactQuizAuthor, labelText: string, value: string, event = 'input'): Promise<void> {
  const input = control(el, labelText);
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await el.updateComplete;
}

async function click(el: FactQuizAuthor, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

async function draftArticle(el: FactQuizAuthor): Promise<void> {
  await type(el, 'Article text', ARTICLE);
  await type(el, 'Title', 'Merkel in Lisbon');
  await type(el, 'Published on', '2024-03-13');
  await click(el, 'Find candidate facts');
  expect(el.bench, 'the article was drafted').to.not.equal(undefined);
}

/** A page with the article drafted and its "200 guests" candidate accepted, in the editor. */
async function guestsFact(): Promise<FactQuizAuthor> {
  const el = await mountAuthor();
  await draftArticle(el);
  await click(el, 'Accept candidate: 200 guests');
  return el;
}

const stem = (el: FactQuizAuthor): string => squash(root(el).querySelector('.wording .stem')?.textContent);
const statement = (el: FactQuizAuthor): string => squash(root(el).querySelector('.wording .statement')?.textContent);

/** Records what Save gives the browser instead of downloading it. */
function recordSaves(el: FactQuizAuthor): { name: string; text: Promise<string> }[] {
  const saved: { name: string; text: Promise<string> }[] = [];
  el.saveFile = (blob, name) => saved.push({ name, text: blob.text() });
  return saved;
}

/** The first question the preview's <fact-quiz> shows, once it shows one. */
async function previewStem(el: FactQuizAuthor): Promise<string> {
  const quiz = (): Element | null => root(el).querySelector('fact-quiz');
  await waitUntil(() => quiz()?.shadowRoot?.querySelector('legend') != null, 'the preview showed no question', { timeout: 10_000 });
  return squash(quiz()?.shadowRoot?.querySelector('legend')?.textContent);
}

describe('<fact-quiz-author>: from an article to a saved pack', () => {
  it('drafts, reviews, edits, previews and saves a pack that validates, axe-clean at every step', async () => {
    const el = await mountAuthor();
    await expectAccessible(el, 'the start form');
    await draftArticle(el);
    const bench = () => el.bench!;
    expect(bench().pack.drafts.length).to.be.greaterThan(3);
    const marks = [...root(el).querySelectorAll('.article mark')].map((m) => m.textContent);
    expect(marks.join(' '), 'candidates are marked in the article').to.include('on 3 June');
    await expectAccessible(el, 'the candidates');

    // Reject one, accept another: it becomes a fact, open in the editor.
    await click(el, 'Reject candidate: last three days');
    expect(bench().pack.drafts.map((d) => d.written)).to.not.include('last three days');
    await click(el, 'Accept candidate: on 3 June');
    expect(bench().pack.facts).to.have.length(1);
    const fact = () => bench().pack.facts[0]!;
    expect(bench().selected).to.equal(fact().id);
    expect(root(el).querySelector('mark.fact'), 'the accepted quote is marked as a fact').to.not.equal(null);
    await expectAccessible(el, 'a fact in the editor');

    // A class and an entity of it, picked as the subject.
    await type(el, 'New class (a singular noun)', 'visit');
    root(el).querySelector<HTMLFormElement>('form[aria-label="New class"]')!.requestSubmit();
    await el.updateComplete;
    await type(el, 'New entity’s name', 'the Lisbon visit');
    await type(el, 'Its class', 'visit', 'change');
    root(el).querySelector<HTMLFormElement>('form[aria-label="New entity"]')!.requestSubmit();
    await el.updateComplete;
    expect(bench().pack.entities.find((e) => e.id === 'the-lisbon-visit')).to.deep.equal({ id: 'the-lisbon-visit', label: 'the Lisbon visit', class: 'visit' });
    await type(el, 'Subject', 'the-lisbon-visit', 'change');
    expect(fact().subject).to.equal('the-lisbon-visit');

    // The templates, with the stem and statement rendered as they are typed.
    await type(el, 'Question template', 'When will {subject} begin?');
    expect(stem(el)).to.equal('When will the Lisbon visit begin?');
    await type(el, 'Statement template', '{subject} will begin {object}.');
    expect(statement(el)).to.equal('The Lisbon visit will begin on June 3.'); // the pack is in English ('en'): US dates

    // The quote, by selecting the article's words.
    const area = textArea(el, 'Select the quote in the article');
    area.setSelectionRange(ARTICLE.indexOf(QUOTE), ARTICLE.indexOf(QUOTE) + QUOTE.length);
    await click(el, 'Use the selected text as the quote');
    expect(fact().quote).to.equal(QUOTE);

    // The pack validates, quotes checked against the text, and plays in <fact-quiz>.
    expect(el.problems).to.deep.equal([]);
    const checked = validatePack(packOf(bench()), { sourceText: (file) => bench().texts[file], requireSourceTexts: true });
    expect(checked.problems).to.deep.equal([]);
    expect(squash(root(el).querySelector('.yield')?.textContent)).to.match(/single \(medium\) ×1/u);
    const shown = await previewStem(el);
    expect(['When will the Lisbon visit begin?', 'The Lisbon visit will begin on June 3. True or false?']).to.include(shown);
    await expectAccessible(el, 'the preview');

    // Save: the pack JSON naming its text, and the text.
    const saved = recordSaves(el);
    let detail: SavedFile[] = [];
    el.addEventListener('fact-quiz-author-save', (e) => (detail = e.detail.files));
    await click(el, 'Save pack and text');
    expect(saved.map((f) => f.name)).to.deep.equal(['merkel-in-lisbon.json', 'merkel-in-lisbon.txt']);
    expect(detail.map((f) => f.name)).to.deep.equal(saved.map((f) => f.name));
    const [packText, articleText] = await Promise.all(saved.map((f) => f.text));
    expect(articleText).to.equal(ARTICLE);
    const savedPack = JSON.parse(packText!) as unknown;
    const result = validatePack(savedPack, { sourceText: (file) => (file === 'merkel-in-lisbon.txt' ? articleText : undefined), requireSourceTexts: true });
    expect(result.problems).to.deep.equal([]);
    expect(result.ok && result.pack.facts.map((f) => [f.subject, f.quote])).to.deep.equal([['the-lisbon-visit', QUOTE]]);
    await expectAccessible(el, 'after saving');
  });

  it('shows a problem next to its field, and leaves the fact out of the preview until it is fixed', async () => {
    const el = await mountAuthor();
    await draftArticle(el);
    await click(el, 'Accept candidate: on 3 June');
    await type(el, 'Question template', 'When will it begin');
    const field = control(el, 'Question template');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const problems = root(el).getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(squash(problems?.textContent)).to.match(/\{subject\}|\?/u);
    expect(root(el).querySelector('fact-quiz'), 'no fact is left to preview').to.equal(null);
    await expectAccessible(el, 'a problem shown');
    await type(el, 'Question template', 'When will {subject} take place?');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).querySelector('fact-quiz')).to.not.equal(null);
  });

  it('edits typed objects (a number with its qualifier, tolerance and bounds), a relation’s closed world and an entity’s class', async () => {
    const el = await guestsFact();
    const fact = () => el.bench!.pack.facts[0]!;
    const relation = () => el.bench!.pack.relations.find((r) => r.id === fact().relation)!;
    expect(fact().object).to.equal(200);
    await type(el, 'As the text gives it', 'about', 'change');
    expect(fact().object).to.deep.equal({ value: 200, qualifier: 'about' });
    await type(el, 'Tolerance (blank: 10%)', '20');
    await type(el, 'Object 1: number', '250');
    expect(fact().object).to.deep.equal({ value: 250, qualifier: 'about', tolerance: 20 });
    expect(statement(el)).to.include('about 250 guests');
    await type(el, 'Wrong answers no lower than', '50');
    await type(el, 'Wrong answers no higher than', '400');
    expect(fact().bounds).to.deep.equal({ min: 50, max: 400 });
    await type(el, 'Wrong answers no higher than', '');
    expect(fact().bounds).to.deep.equal({ min: 50 });
    await expectAccessible(el, 'a number being edited');

    await type(el, 'Objects per subject', 'many', 'change');
    const closed = control(el, 'The pack lists every true object (closed)');
    closed.checked = true;
    closed.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([relation().cardinality, relation().closed]).to.deep.equal(['many', true]);

    await type(el, 'Belem Palace', 'person', 'change');
    expect(el.bench!.pack.entities.find((e) => e.id === 'belem-palace')?.class).to.equal('person');
    await expectAccessible(el, 'classes edited');
  });

  it('opens the built-in pack with its texts: valid, every quote checked, playable', async () => {
    const el = await mountAuthor();
    await click(el, 'Open the built-in pack');
    await waitUntil(() => el.bench !== undefined, 'the built-in pack did not open', { timeout: 10_000 });
    await el.updateComplete;
    const bench = el.bench!;
    expect(bench.pack.facts.length).to.be.greaterThan(50);
    expect(Object.keys(bench.texts)).to.have.length(2);
    expect(el.problems).to.deep.equal([]);
    expect(el.playable?.left).to.deep.equal([]);
    await previewStem(el);
    const preview = el.playable;
    await click(el, `Edit ${bench.pack.facts[0]!.id}`);
    expect(stem(el)).to.match(/\?$/u);
    expect(el.playable, 'selecting a fact leaves the preview as it is').to.equal(preview);
    await expectAccessible(el, 'the built-in pack open');
  });
});

describe('<fact-quiz-author>: files', () => {
  /** Chooses files in the page's file input, as the browser's file dialog would, and waits for them to be read. */
  async function chooseFiles(el: FactQuizAuthor, files: File[]): Promise<void> {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    const input = control(el, 'Open a file: a pack (JSON) with its source texts, or an article (text)');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => /^(Opened|Read) /u.test(squash(root(el).querySelector('[role="status"]')?.textContent)), 'the files were not read');
    await el.updateComplete;
  }

  it('opens what it saved (the pack and its text) as it was, and an article’s text into the form', async () => {
    const el = await mountAuthor();
    await draftArticle(el);
    await click(el, 'Accept candidate: on 3 June');
    const saved = recordSaves(el);
    await click(el, 'Save pack and text');
    const files = await Promise.all(saved.map(async (f) => new File([await f.text], f.name)));
    const before = el.bench!;
    await click(el, 'Start over');
    await click(el, 'Discard and start over');

    await chooseFiles(el, files);
    expect(el.bench?.pack.facts).to.deep.equal(before.pack.facts);
    expect(el.bench?.pack.drafts).to.deep.equal(before.pack.drafts);
    expect(el.bench?.texts).to.deep.equal({ 'merkel-in-lisbon.txt': ARTICLE });
    expect(el.problems).to.deep.equal([]);

    await click(el, 'Start over');
    await click(el, 'Discard and start over');
    await chooseFiles(el, [new File([ARTICLE], 'lisbon.txt')]);
    expect(textArea(el, 'Article text').value).to.equal(ARTICLE);
    expect(control(el, 'Title').value).to.equal('lisbon');
  });
});

describe('<fact-quiz-author>: autosave', () => {
  it('loses nothing on a reload mid-edit: the article, the facts, the template being typed, the selection', async () => {
    const key = `author-reload-${String(Date.now())}`;
    let el = await mountAuthor(key);
    await type(el, 'Article text', 'Half pasted');
    el.remove(); // a reload before drafting: the text typed so far comes back
    el = await mountAuthor(key);
    expect(textArea(el, 'Article text').value).to.equal('Half pasted');

    await draftArticle(el);
    await click(el, 'Accept candidate: on 3 June');
    await type(el, 'Question template', 'When will {subject} open its doors?');
    expect(squash(root(el).querySelector('.saved')?.textContent)).to.equal('Saving…');
    window.dispatchEvent(new Event('pagehide')); // the page goes: what is pending is written now
    await el.updateComplete;
    expect(squash(root(el).querySelector('.saved')?.textContent)).to.equal('Saved in this browser');
    const before = structuredClone(el.bench);
    el.remove();

    const again = await mountAuthor(key);
    expect(again.bench).to.deep.equal(before);
    expect(control(again, 'Question template').value).to.equal('When will {subject} open its doors?');
    expect(stem(again)).to.equal('When will Lisbon open its doors?');

    // Start over asks first, then clears what was kept.
    await click(again, 'Start over');
    await click(again, 'Discard and start over');
    expect(again.bench).to.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
    await expectAccessible(again, 'started over');
  });
});

// ---- keyboard only ----

/** The element focused, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
  return active;
}

async function press(el: FactQuizAuthor, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function withShift(el: FactQuizAuthor, key: string, times = 1): Promise<void> {
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
  await el.updateComplete;
}

/** Presses Tab (Shift+Tab backwards) until `target()` has focus; fails after `max` presses. */
async function tabTo(el: FactQuizAuthor, target: () => Element, what: string, backwards = false, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (focused() === target()) return;
    if (backwards) await withShift(el, 'Tab');
    else await press(el, 'Tab');
  }
  throw new Error(`${String(max)} Tabs never reached ${what}; focus is on ${focused()?.outerHTML.slice(0, 80) ?? 'nothing'}`);
}

describe('<fact-quiz-author>: keyboard only', () => {
  it('drafts an article, accepts a candidate, sets its quote by keyboard selection and saves, with no clicks', async function () {
    // Hundreds of real key presses, each a round trip to the browser: slow on a busy 2-core machine.
    this.timeout(60_000);
    const el = await mountAuthor();
    const saved = recordSaves(el);
    const short = 'Angela Merkel will visit Lisbon on 3 June.';
    await tabTo(el, () => control(el, 'Article text'), 'the article text');
    await sendKeys({ type: short });
    await el.updateComplete;
    await tabTo(el, () => control(el, 'Published on'), 'the date');
    await press(el, 'End');
    await withShift(el, 'Home');
    await sendKeys({ type: '2024-03-13' });
    await el.updateComplete;
    await tabTo(el, () => button(el, 'Find candidate facts'), 'Find candidate facts');
    await press(el, 'Enter');
    expect(el.bench?.pack.drafts.length).to.be.greaterThan(0);

    await tabTo(el, () => button(el, 'Accept candidate: on 3 June'), 'the candidate');
    await press(el, 'Space');
    expect(el.bench?.pack.facts).to.have.length(1);
    expect(squash(focused()?.textContent), 'focus moves to the fact just accepted').to.match(/^Fact /u);
    await expectAccessible(el, 'accepted by keyboard');

    // The quote: the textarea holds the current quote selected; keys narrow it to its first words.
    const area = textArea(el, 'Select the quote in the article');
    await tabTo(el, () => area, 'the article to select in');
    await press(el, 'x');
    await press(el, 'Backspace');
    expect(area.value, 'keys do not change the article').to.equal(short);
    await press(el, 'Home'); // to the line's start
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, 0]);
    await withShift(el, 'ArrowRight', 'Angela Merkel will visit Lisbon'.length);
    expect([area.selectionStart, area.selectionEnd], 'Shift+arrows select in the article').to.deep.equal([0, 'Angela Merkel will visit Lisbon'.length]);
    await tabTo(el, () => button(el, 'Use the selected text as the quote'), 'the quote button');
    await press(el, 'Enter');
    expect(el.bench?.pack.facts[0]?.quote).to.equal('Angela Merkel will visit Lisbon');

    await tabTo(el, () => button(el, 'Save pack and text'), 'Save', true, 120);
    await press(el, 'Enter');
    expect(saved.map((f) => f.name)).to.have.length(2);
    const pack = JSON.parse(await saved[0]!.text) as { facts: { quote: string }[] };
    expect(pack.facts.map((f) => f.quote)).to.deep.equal(['Angela Merkel will visit Lisbon']);
    await expectAccessible(el, 'saved by keyboard');
  });
});

describe('<fact-quiz-author>: a fact by hand, a relation that changes type', () => {
  it('makes a fact the draft did not find, and takes its quote from the selection', async () => {
    const el = await mountAuthor();
    await draftArticle(el);
    await click(el, 'New fact');
    const fact = el.bench?.pack.facts.at(-1);
    expect(fact, 'a new fact').to.not.equal(undefined);
    expect(el.bench?.selected).to.equal(fact?.id);
    const area = textArea(el, 'Select the quote in the article');
    const from = ARTICLE.indexOf('The visit will last');
    area.setSelectionRange(from, ARTICLE.length);
    await click(el, 'Use the selected text as the quote');
    expect(el.bench?.pack.facts.at(-1)?.quote).to.equal('The visit will last three days.');
    await expectAccessible(el, 'a fact by hand');
  });

  it('gives a number fact a date when its relation becomes a date relation: no "undefined", no error', async () => {
    const el = await guestsFact();
    const fact = el.bench?.pack.facts[0];
    expect(fact).to.not.equal(undefined);
    await type(el, 'Object 1: number', '2022');
    const select = control(el, 'Object type') as unknown as HTMLSelectElement;
    select.value = 'date';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.bench?.pack.facts[0]?.object).to.deep.equal({ date: '2022', precision: 'year' });
    expect(control(el, 'Object 1: date (YYYY-MM-DD)').value).to.equal('2022');
  });
});

describe('<fact-quiz-author>: a closed relation', () => {
  it('asks why the list is complete at its own field, and the problem goes once it is said', async () => {
    const el = await guestsFact();
    const cardinality = control(el, 'Objects per subject') as unknown as HTMLSelectElement;
    cardinality.value = 'many';
    cardinality.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const closed = control(el, 'The pack lists every true object (closed)');
    closed.checked = true;
    closed.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const note = control(el, 'Why the list is complete');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    const problems = root(el).getElementById(note.getAttribute('aria-describedby') ?? '');
    expect(squash(problems?.textContent)).to.not.equal('');
    await expectAccessible(el, 'a closed relation without its note');
    await type(el, 'Why the list is complete', 'The article names every guest.');
    expect(control(el, 'Why the list is complete').getAttribute('aria-invalid')).to.equal('false');
    expect(el.bench?.pack.relations.find((r) => r.id === el.bench?.pack.facts[0]?.relation)?.note).to.equal('The article names every guest.');
  });
});

describe('<fact-quiz-author>: no problem goes unseen', () => {
  it('lists at the top of the editor a problem whose field has no control of its own, and offers the event template', async () => {
    const el = await guestsFact();
    const bench = el.bench;
    const fact = bench?.pack.facts[0];
    expect(fact).to.not.equal(undefined);
    if (bench === undefined || fact === undefined) return;
    // A weight past 10: a field the editor has no control for.
    el.bench = updateFact(bench, fact.id, { weight: 99 });
    await el.updateComplete;
    const top = root(el).querySelector('section ul.problems');
    expect(squash(top?.textContent)).to.match(/weight|10/iu);
    expect(control(el, 'The event, as a timeline names it (optional)')).to.not.equal(null);
    await expectAccessible(el, 'a problem with no field of its own');
  });
});

describe('<fact-quiz-author>: a quote from typed words', () => {
  it('sets the quote from words typed and found in the article, and says so when they are not there', async () => {
    const el = await guestsFact();
    await type(el, 'Or type the quote’s words', 'mayor carlos moedas will host a dinner');
    await click(el, 'Find these words in the article');
    expect(el.bench?.pack.facts[0]?.quote).to.equal('Mayor Carlos Moedas will host a dinner');
    await type(el, 'Or type the quote’s words', 'words that are not there');
    await click(el, 'Find these words in the article');
    expect(el.bench?.pack.facts[0]?.quote).to.equal('Mayor Carlos Moedas will host a dinner');
    expect(squash(root(el).querySelector('.status')?.textContent)).to.contain('not in the article');
    await expectAccessible(el, 'a quote from typed words');
  });
});
