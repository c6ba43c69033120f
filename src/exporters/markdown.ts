/**
 * Markdown for handouts and slides: numbered questions with lettered options, then an
 * answer key with the explanation and the source a pupil can check.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { keyLetters } from './answer-key.js';
import { sourceLine } from './citation.js';
import { letter, questionSources } from '../engine/display.js';

export interface MarkdownOptions {
  /** Add the "Answer key" section after the questions. Default `true`. */
  answers?: boolean;
  /** A version letter for the title ("Version B"), when the quiz is one of several. */
  version?: string;
}

/**
 * Fact text as Markdown that shows it literally: every character CommonMark or GFM
 * could read as markup is backslash-escaped, line breaks become spaces, and a text that
 * starts like a list item or a heading underline (`- `, `+ `, `1. `, `2) `, `===`) has
 * that first mark escaped, since a text may start a line (after a hard line break).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[\\`*_[\]<>#|~&]/gu, (c) => `\\${c}`)
    .replace(/^( ?)([-+=]|\d{1,9}(?=[.)]))/u, (_, space: string, mark: string) => (/\d/u.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

/**
 * @example
 * toMarkdown(quiz)                      // questions, then the answer key
 * toMarkdown(quiz, { answers: false })  // a handout without the key
 */
export function toMarkdown(quiz: Quiz, options: MarkdownOptions = {}): string {
  const { answers = true, version } = options;
  const title = escapeMarkdown(quiz.pack.title) + (version === undefined ? '' : ` — version ${escapeMarkdown(version)}`);
  const blocks = [`# ${title}`, `Seed: ${escapeMarkdown(quiz.seed)} · ${String(quiz.questions.length)} questions · ${escapeMarkdown(quiz.generator)}`];
  quiz.questions.forEach((q, i) => blocks.push(...questionBlocks(q, i)));
  if (answers) {
    blocks.push('## Answer key');
    quiz.questions.forEach((q, i) => blocks.push(keyBlock(q, i)));
  }
  return `${blocks.join('\n\n')}\n`;
}

function questionBlocks(question: Question, index: number): string[] {
  const hint = { single: '', 'true-false': '', multiple: ' *(Tick every correct answer.)*', order: ' *(Write the letters in order.)*' }[question.kind];
  // GFM task-list boxes say "tick all that apply" without words.
  const box = question.kind === 'multiple' ? '[ ] ' : '';
  const blocks = [
    `**${String(index + 1)}.** ${escapeMarkdown(question.stem)}${hint}`,
    question.options.map((o, j) => `- ${box}${letter(j)}. ${escapeMarkdown(o.text)}`).join('\n'),
  ];
  if (question.kind === 'order') blocks.push(`Order: ${question.options.map((_, j) => `${String(j + 1)} \\_\\_\\_`).join(' · ')}`);
  return blocks;
}

function keyBlock(question: Question, index: number): string {
  const letters = keyLetters(question);
  const texts = question.kind === 'order' ? '' : ` (${question.answer.map((id) => escapeMarkdown(question.options.find((o) => o.id === id)?.text ?? '')).join('; ')})`;
  // A backslash at the end of a line is CommonMark's hard line break.
  const lines = [`**${String(index + 1)}.** **${letters.join(', ')}**${texts}`, escapeMarkdown(question.explanation), ...questionSources(question).map((s) => `Source: ${escapeMarkdown(sourceLine(s))}`)];
  return lines.join('\\\n');
}
