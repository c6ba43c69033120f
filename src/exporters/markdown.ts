/**
 * Markdown for handouts and slides: numbered questions with lettered options, then an
 * answer key with the explanation and the source a pupil can check.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { keyLetters } from './answer-key.js';
import { sourceLine } from './citation.js';
import { letter, questionSources } from '../engine/display.js';
import { localeFor, type ExportWords } from '../locales/index.js';

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
  const words = localeFor(quiz.pack.lang).exports;
  const title = escapeMarkdown(quiz.pack.title) + (version === undefined ? '' : ` — ${words.version(escapeMarkdown(version))}`);
  const blocks = [`# ${title}`, words.markdown.meta(escapeMarkdown(quiz.seed), quiz.questions.length, escapeMarkdown(quiz.generator))];
  quiz.questions.forEach((q, i) => blocks.push(...questionBlocks(q, i, words.markdown)));
  if (answers) {
    blocks.push(`## ${words.markdown.answerKey}`);
    quiz.questions.forEach((q, i) => blocks.push(keyBlock(q, i, words)));
  }
  return `${blocks.join('\n\n')}\n`;
}

function questionBlocks(question: Question, index: number, words: ExportWords['markdown']): string[] {
  const hint = question.kind === 'multiple' || question.kind === 'order' ? ` *(${words.hints[question.kind]})*` : '';
  // GFM task-list boxes say "tick all that apply" without words.
  const box = question.kind === 'multiple' ? '[ ] ' : '';
  const blocks = [
    `**${String(index + 1)}.** ${escapeMarkdown(question.stem)}${hint}`,
    question.options.map((o, j) => `- ${box}${letter(j)}. ${escapeMarkdown(o.text)}`).join('\n'),
  ];
  if (question.kind === 'order') blocks.push(`${words.order} ${question.options.map((_, j) => `${String(j + 1)} \\_\\_\\_`).join(' · ')}`);
  return blocks;
}

function keyBlock(question: Question, index: number, words: ExportWords): string {
  const letters = keyLetters(question);
  const texts = question.kind === 'order' ? '' : ` (${question.answer.map((id) => escapeMarkdown(question.options.find((o) => o.id === id)?.text ?? '')).join('; ')})`;
  // A backslash at the end of a line is CommonMark's hard line break.
  const lines = [`**${String(index + 1)}.** **${letters.join(', ')}**${texts}`, escapeMarkdown(question.explanation), ...questionSources(question).map((s) => `${words.source} ${escapeMarkdown(sourceLine(s, words))}`)];
  return lines.join('\\\n');
}
