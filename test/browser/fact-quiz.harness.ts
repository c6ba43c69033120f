/**
 * A page object for `<fact-quiz>`: what a reader sees and does, so tests never reach
 * into the element's shadow DOM with selectors of their own. Actions use the DOM's
 * own `click()` (a pointer or keyboard activation); the keyboard tests use `sendKeys`.
 */
import type { FactQuiz } from '../../src/components/index.js';
import type { Question, Quiz } from '../../src/engine/index.js';

const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

export class FactQuizHarness {
  constructor(readonly element: FactQuiz) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('<fact-quiz> has no shadow root');
    return root;
  }

  settle(): Promise<boolean> {
    return this.element.updateComplete;
  }

  // What the reader sees.

  /** The heading of the current screen: the title, `Question 2 of 5`, or `Your results`. */
  heading(): string {
    return normalise(this.headingElement().textContent);
  }

  headingElement(): HTMLElement {
    return this.required('.heading');
  }

  /** The element focused inside the widget, if any. */
  focused(): Element | null {
    return this.root.activeElement;
  }

  /** Whether a screen with a heading (intro, question, results) is shown: loading and errors have none. */
  hasHeading(): boolean {
    return this.root.querySelector('.heading') !== null;
  }

  headingIsFocused(): boolean {
    return this.focused() === this.headingElement();
  }

  /** The intro text (question count and mode) and anything else on the start screen. */
  text(): string {
    return normalise(this.required('.screen').textContent);
  }

  /** The question's stem (its fieldset's legend). */
  stem(): string {
    return normalise(this.stemElement().textContent);
  }

  stemElement(): HTMLElement {
    return this.required('legend');
  }

  /** The question's instruction: the text its fieldset is described by. */
  description(): string {
    const id = this.fieldset().getAttribute('aria-describedby');
    return id ? normalise(this.root.getElementById(id)?.textContent) : '';
  }

  /** The key of an order question in the feedback: the items in their right order. */
  feedbackKey(): string[] {
    return [...this.statusRegion().querySelectorAll('ol li')].map((li) => normalise(li.textContent));
  }

  /** The feedback region (`role="status"`), which exists before it is filled. */
  statusRegion(): HTMLElement {
    return this.required('[part~="feedback"]');
  }

  status(): string {
    return normalise(this.statusRegion().textContent);
  }

  /** What screen readers are told after an item of an order question moves. */
  announcement(): string {
    return normalise(this.required('.sr-only[role="status"]').textContent);
  }

  alert(): HTMLElement | null {
    return this.root.querySelector('[role="alert"]');
  }

  error(): string {
    return normalise(this.alert()?.textContent);
  }

  progress(): HTMLProgressElement {
    return this.required('progress') as HTMLProgressElement;
  }

  fieldset(): HTMLFieldSetElement {
    return this.required('fieldset') as HTMLFieldSetElement;
  }

  /** The options (or order items), as shown. */
  options(): string[] {
    return this.all('[part~="option"] .text').map((el) => normalise(el.textContent));
  }

  optionElements(): HTMLElement[] {
    return this.all('[part~="option"]');
  }

  inputs(): HTMLInputElement[] {
    return this.all('input');
  }

  input(text: string): HTMLInputElement {
    const label = this.all('label').find((l) => normalise(l.querySelector('.text')?.textContent) === text);
    const input = label?.querySelector('input');
    if (!input) throw new Error(`No option "${text}" among: ${this.options().join(' | ')}`);
    return input;
  }

  /** Texts of the options chosen now. */
  chosen(): string[] {
    return this.inputs()
      .filter((i) => i.checked)
      .map((i) => normalise(i.closest('label')?.querySelector('.text')?.textContent));
  }

  /**
   * After Check: each option as the reader sees and hears it. `tag` is the "Your answer"
   * tag on the reader's own options, `mark` the ✓ or ✗ with its words, `label` the whole
   * label (the input's accessible name).
   */
  optionMarks(): { text: string; tag: string; mark: string; label: string; checked: boolean }[] {
    return this.all('label[part~="option"]').map((label) => ({
      text: normalise(label.querySelector('.text')?.textContent),
      tag: normalise(label.querySelector('.tag')?.textContent),
      mark: normalise(label.querySelector('.mark')?.textContent),
      label: normalise(label.textContent),
      checked: label.querySelector('input')?.checked ?? false,
    }));
  }

  /** The order question's items, in their current order. */
  order(): string[] {
    return this.options();
  }

  buttons(): HTMLButtonElement[] {
    return this.all('button');
  }

  /** A button by its accessible name (its `aria-label`, else its text). */
  button(name: string): HTMLButtonElement {
    const button = this.findButton(name);
    if (!button) throw new Error(`No button "${name}" among: ${this.buttons().map((b) => this.nameOf(b)).join(' | ')}`);
    return button;
  }

  findButton(name: string): HTMLButtonElement | undefined {
    return this.buttons().find((b) => this.nameOf(b) === name);
  }

  nameOf(button: HTMLButtonElement): string {
    return normalise(button.getAttribute('aria-label') ?? button.textContent);
  }

  /** The main button: Start, Check answer, Next question, See results, Try again. */
  primary(): HTMLButtonElement {
    return this.required('button.primary') as HTMLButtonElement;
  }

  moveButton(text: string, direction: 'up' | 'down'): HTMLButtonElement {
    const item = this.optionElements().find((li) => normalise(li.querySelector('.text')?.textContent) === text);
    const button = item?.querySelector<HTMLButtonElement>(`button[data-step="${direction === 'up' ? '-1' : '1'}"]`);
    if (!button) throw new Error(`No move ${direction} button for "${text}"`);
    return button;
  }

  /** The drag handle of an order item (pointer only; hidden from assistive technology). */
  grip(text: string): HTMLElement {
    const item = this.optionElements().find((li) => normalise(li.querySelector('.text')?.textContent) === text);
    const grip = item?.querySelector<HTMLElement>('.grip');
    if (!grip) throw new Error(`No grip for "${text}"`);
    return grip;
  }

  score(): string {
    return normalise(this.required('.score').textContent);
  }

  shareText(): string {
    return normalise(this.required('.share-text').textContent);
  }

  /** The review: one entry per question, with the reader's answer, the key and the source. */
  reviewItems(): HTMLElement[] {
    return this.all('[part~="review-item"]');
  }

  links(): HTMLAnchorElement[] {
    return this.all('a');
  }

  worksheet(): HTMLElement {
    return this.required('[part~="worksheet"]');
  }

  part(name: string): HTMLElement {
    return this.required(`[part~="${name}"]`);
  }

  // What the reader does.

  async start(): Promise<void> {
    await this.click(this.primary());
  }

  async choose(text: string): Promise<void> {
    await this.click(this.input(text));
  }

  /** Check answer (practice mode); the same button then reads Next question. */
  async check(): Promise<void> {
    await this.click(this.primary());
  }

  /** Next question, or See results on the last one. */
  async next(): Promise<void> {
    await this.click(this.primary());
  }

  async moveUp(text: string): Promise<void> {
    await this.click(this.moveButton(text, 'up'));
  }

  async moveDown(text: string): Promise<void> {
    await this.click(this.moveButton(text, 'down'));
  }

  async click(element: HTMLElement): Promise<void> {
    element.click();
    await this.settle();
  }

  /**
   * Gives `question`'s key (or a wrong answer) with the widget's own controls:
   * radio, checkboxes, or Move up clicks for an order.
   */
  async answer(question: Question, right = true): Promise<void> {
    const text = (id: string): string => question.options.find((o) => o.id === id)?.text ?? id;
    if (question.kind === 'order') {
      const target = right ? question.answer.map(text) : [...question.answer].reverse().map(text);
      for (let i = 0; i < target.length; i++) {
        const item = target[i]!;
        while (this.order().indexOf(item) > i) await this.moveUp(item);
      }
    } else if (question.kind === 'multiple') {
      const ids = right ? question.answer : question.options.filter((o) => !question.answer.includes(o.id)).slice(0, 1).map((o) => o.id);
      for (const id of ids) await this.choose(text(id));
    } else {
      const id = right ? question.answer[0]! : question.options.find((o) => !question.answer.includes(o.id))!.id;
      await this.choose(text(id));
    }
  }

  /** Starts and answers every question; `right[i]` says whether question i is answered right. */
  async complete(quiz: Quiz, right: (index: number) => boolean = () => true, exam = false): Promise<void> {
    await this.start();
    for (const [i, question] of quiz.questions.entries()) {
      await this.answer(question, right(i));
      await this.check();
      if (!exam) await this.next();
    }
  }

  private required(selector: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`<fact-quiz> shows no ${selector} now; it shows: ${normalise(this.root.textContent).slice(0, 200)}`);
    return found;
  }

  private all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }
}
