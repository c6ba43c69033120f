/** Shared test helpers: fixtures, the axe check, an event recorder. */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { FactQuiz } from '../../src/components/index.js';
import { FactQuizHarness } from './fact-quiz.harness.js';

/** The WCAG 2.2 AA rule sets the widget is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axe = (window as unknown as { axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } }).axe;

/** axe's violations inside `element` (its shadow root included), one readable line each. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary ?? ''}`).join('\n  ')}`,
  );
}

export async function expectAccessible(element: Element, state: string): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, `axe violations in ${state}:\n${violations.join('\n')}`).to.deep.equal([]);
}

/** A `<fact-quiz>` in the page, rendered, with its harness. */
export async function mount(template: TemplateResult): Promise<{ el: FactQuiz; quiz: FactQuizHarness }> {
  const el = await fixture<FactQuiz>(template);
  return { el, quiz: new FactQuizHarness(el) };
}

/** Records the widget's events (listening on the document: they bubble and are composed). */
export function recordEvents(): { events: CustomEvent[]; types: () => string[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event): void => {
    events.push(event as CustomEvent);
  };
  const types = ['fact-quiz-start', 'fact-quiz-answer', 'fact-quiz-complete'];
  for (const type of types) document.addEventListener(type, listener);
  return {
    events,
    types: () => events.map((e) => e.type),
    stop: () => {
      for (const type of types) document.removeEventListener(type, listener);
    },
  };
}

/** Replaces `console.warn` while `body` runs; returns the messages. */
export async function captureWarnings(body: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A URL serving `text` (a real fetch, no server needed). */
export function blobUrl(text: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** WCAG contrast ratio of two `rgb()`/`rgba()` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number): number => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
