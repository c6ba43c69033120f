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
  kahoot: {
    // The template's own words, so the file looks like the one Kahoot hands out.
    intro: [
      'Quiz template',
      'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!',
      'Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.',
      'Made by fact-quiz: every question below comes from a fact with a source.',
      "And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!",
    ],
    headers: [
      'Question - max 120 characters',
      'Answer 1 - max 75 characters',
      'Answer 2 - max 75 characters',
      'Answer 3 - max 75 characters',
      'Answer 4 - max 75 characters',
      'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
      'Correct answer(s) - choose at least one',
    ],
    leftOut: (n, reasons) => `Question ${String(n)} was left out: ${reasons.join('; ')}.`,
    ordering: 'it is an ordering question, which Kahoot’s spreadsheet import can’t make',
    stemTooLong: (length, limit) => `its question has ${String(length)} characters; Kahoot allows ${String(limit)}`,
    tooManyAnswers: (count, limit) => `it has ${String(count)} answers; Kahoot allows ${String(limit)}`,
    answerTooLong: (letter, length, limit) => `its answer ${letter} has ${String(length)} characters; Kahoot allows ${String(limit)}`,
    severalKeys: (n, keys) =>
      `Question ${String(n)} has ${String(keys)} correct answers: Kahoot counts a player right who picks any one of them, unless you make it a multi-select question in Kahoot after the import.`,
    noneFits: 'No question fits Kahoot’s limits: the spreadsheet has no questions.',
    onlyFirstVersion: (others) =>
      `Only version A is in the Kahoot file: Kahoot plays one quiz on a shared screen; export the other ${String(others)} version(s) one at a time if you need them.`,
  },
};
