/**
 * The answer key as every export states it: the key's positions and letters, the
 * true-false statement. One place, so a handout, a Moodle file and a QTI package agree
 * on every letter (`letter` is the engine's, shared with the element).
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { letter } from '../engine/display.js';

/**
 * The position of each answer id among the options, in answer order (for `order`, the
 * correct sequence). Throws when the quiz is malformed, so no format prints a wrong key.
 */
export function keyPositions(question: Question): number[] {
  return question.answer.map((id) => {
    const index = question.options.findIndex((o) => o.id === id);
    if (index < 0) throw new Error(`Question "${question.id}": its answer "${id}" is not one of its options.`);
    return index;
  });
}

/** The key as letters: `['B']`, `['A', 'C']`, or the order `['B', 'C', 'A', 'D']`. */
export function keyLetters(question: Question): string[] {
  return keyPositions(question).map(letter);
}

/** True when the option at `index` is (one of) the key. */
export function isKey(question: Question, index: number): boolean {
  const option = question.options[index];
  return option !== undefined && question.answer.includes(option.id);
}

/**
 * The statement a true-false stem asks about, without the engine's closing question
 * ("True or false?", "Vrai ou faux ?"): the last sentence goes when it names both
 * options. Any other stem comes back whole.
 */
export function statementOf(question: Question): string {
  if (question.kind !== 'true-false') return question.stem;
  const match = /^(.*[.!…])\s+([^.!…]+)$/su.exec(question.stem);
  if (match === null) return question.stem;
  const [, statement = '', tail = ''] = match;
  const folded = tail.toLocaleLowerCase();
  return question.options.every((o) => folded.includes(o.text.toLocaleLowerCase())) ? statement : question.stem;
}

/**
 * Whether the first option of a true-false question is the key. The engine lists
 * "True" first in every language; the Quiz contract marks no option as "true", so
 * the formats with a native true/false type rely on that order.
 */
export function isTrueStatement(question: Question): boolean {
  return question.answer[0] === question.options[0]?.id;
}

/** Exporters need at least one version; one message for all of them. */
export function firstVersion(versions: readonly Quiz[]): Quiz {
  const first = versions[0];
  if (first === undefined) throw new Error('Nothing to export: no quiz was given.');
  return first;
}
