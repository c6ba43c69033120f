/** The words of the English classroom exports: worksheet, Markdown, GIFT, Moodle, QTI. */
import type { ExportWords } from '../types.js';

export const exportWords: ExportWords = {
  source: 'Source:',
  colon: ':',
  openQuote: '“',
  closeQuote: '”',
  version: (letter) => `version ${letter}`,
  versionCategory: (title, letter, seed) => `${title}, version ${letter} (seed ${seed})`,
  // "1 questions" as the sheets have always printed it: English output stays byte for byte.
  questionCount: (count) => `${String(count)} questions`,
  worksheet: {
    title: (title) => `${title}: worksheet`,
    sheetFooter: (title, letter, seed) => `${title} · version ${letter} · seed ${seed}`,
    keyFooter: (title, letter, seed) => `${title} · answer key, version ${letter} · seed ${seed}`,
    version: 'Version',
    seed: 'seed',
    name: 'Name',
    className: 'Class',
    date: 'Date',
    instructions: 'Write your answers in the boxes. Each question says what to write.',
    hints: {
      single: 'Write one letter.',
      'true-false': 'Write one letter.',
      multiple: 'Write the letter of every correct answer; there may be more than one.',
      order: 'Write the letters in order, earliest first.',
    },
    answerBox: 'Your answer',
    position: (n) => `Position ${String(n)}`,
    keyTitle: (title) => `${title}: answer key`,
    number: 'No.',
    answer: 'Answer',
    why: 'Why, and where to check',
  },
  markdown: {
    meta: (seed, count, generator) => `Seed: ${seed} · ${String(count)} questions · ${generator}`,
    hints: { multiple: 'Tick every correct answer.', order: 'Write the letters in order.' },
    order: 'Order:',
    answerKey: 'Answer key',
  },
  gift: {
    header: (title, count, seed, generator) => `${title}: ${String(count)} questions, seed "${seed}", ${generator}.`,
    orderNote: 'Order questions are matching questions: match each event to its position, 1 = earliest.',
    skipped: (id, reason) => `skipped: ${id}: ${reason}`,
    formatName: 'one of its texts starts with a GIFT format name like [html].',
    arrow: 'an option on a "=" line contains "->", which GIFT reads as a matching pair.',
  },
  qti: {
    section: (seed) => `Seed ${seed}`,
  },
};
