/**
 * The shape of a language: every word the engine, the element and the exports write
 * that does not come from the pack. Each language annotates its parts with these types,
 * so a word missing in one language is a compile error, not an English word in a French
 * page. Imports types only: a language is data.
 */
import type { DatePrecision, NumberQualifier } from '../engine/pack.js';
import type { QuestionKind } from '../engine/quiz.js';
import type { Season } from '../engine/verbalise.js';
import type { ProblemWords } from './problem-types.js';

/**
 * Every word `<fact-quiz>` shows that does not come from the quiz itself. Numbers and
 * dates arrive already formatted by `Intl` in the widget's language; `count` is also
 * given as a number where a plural depends on it.
 */
export interface FactQuizStrings {
  loading: string;
  /** Heading of the message shown when a pack can't be loaded or a quiz can't be made. */
  loadFailed: string;
  quizFailed: string;
  httpError: (status: string) => string;
  notJson: string;
  invalidPack: string;
  timeout: (seconds: string) => string;
  networkError: string;
  /** The pack file is larger than the limit (`size` already formatted, e.g. "2 MB"). */
  tooLarge: (size: string) => string;
  /** After the problems listed: how many more there are. */
  moreProblems: (count: number, formatted: string) => string;
  retry: string;
  /** Intro: how many questions. */
  questions: (count: number, formatted: string) => string;
  practiceIntro: string;
  examIntro: string;
  asOf: (date: string) => string;
  start: string;
  questionOf: (n: string, total: string) => string;
  progress: string;
  selectAll: string;
  orderHint: string;
  moveUp: (item: string) => string;
  moveDown: (item: string) => string;
  moved: (item: string, position: string, total: string) => string;
  check: string;
  next: string;
  finish: string;
  chooseFirst: string;
  right: string;
  wrong: string;
  /** Marks an option after checking. */
  isKey: string;
  isWrongChoice: string;
  key: string;
  yourAnswer: string;
  /** Tags the reader's own option once checked, beside its ✓ or ✗. */
  yourChoice: string;
  noAnswer: string;
  source: string;
  results: string;
  score: (score: string, total: string, percent: string) => string;
  review: string;
  tryAgain: string;
  newQuestions: string;
  shareHeading: string;
  /** The share text: the score and the quiz's title, never an answer. */
  share: (score: string, total: string, title: string) => string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/** The words the engine writes into questions: true/false, order stems, dates and numbers in sentences. */
export interface EngineWords {
  true: string;
  false: string;
  trueOrFalse: (statement: string) => string;
  orderStem: string;
  firstStem: string;
  seasons: Record<Season, string>;
  /** A date inside a sentence: "on 16 September", "in 2019". */
  datePhrase: (text: string, precision: DatePrecision, isRange: boolean) => string;
  orderExplanation: (events: string[]) => string;
  firstExplanation: (event: string, date: string) => string;
  /** A number as the text qualifies it: "about 80 hours", "over 2,000 delegates". */
  qualified: (qualifier: NumberQualifier, number: string) => string;
}

/**
 * The words of the classroom exports (worksheet, Markdown, GIFT, Moodle, QTI). Values
 * arrive as text, already escaped where the format needs it; the words hold no markup.
 */
export interface ExportWords {
  /** Before a question's source: "Source:". */
  source: string;
  /** Ends a title before what it introduces: ":" (French sets a narrow space before it). */
  colon: string;
  /** Around a quote: “…”, «…». */
  openQuote: string;
  closeQuote: string;
  /** Names one version of several: "version B". */
  version: (letter: string) => string;
  /** Moodle's category of one version. */
  versionCategory: (title: string, letter: string, seed: string) => string;
  /** How many questions a sheet or file holds. */
  questionCount: (count: number) => string;
  worksheet: {
    /** The document's `<title>`. */
    title: (title: string) => string;
    /** Footer of a version's printed pages, and of its key's. */
    sheetFooter: (title: string, letter: string, seed: string) => string;
    keyFooter: (title: string, letter: string, seed: string) => string;
    /** "Version B · seed 7B · 5 questions": the labels before the version and the seed. */
    version: string;
    seed: string;
    /** The lines a pupil fills in. */
    name: string;
    className: string;
    date: string;
    instructions: string;
    /** Under each stem: what to write in its box. */
    hints: Record<QuestionKind, string>;
    /** Accessible names of the boxes. */
    answerBox: string;
    position: (n: number) => string;
    keyTitle: (title: string) => string;
    /** The key table's headings. */
    number: string;
    answer: string;
    why: string;
  };
  markdown: {
    /** "Seed: 7B · 5 questions · fact-quiz 0.1.0". */
    meta: (seed: string, count: number, generator: string) => string;
    hints: Record<'multiple' | 'order', string>;
    /** Before the numbered blanks of an order question. */
    order: string;
    answerKey: string;
  };
  gift: {
    /** The file's first comment. */
    header: (title: string, count: number, seed: string, generator: string) => string;
    orderNote: string;
    /** A question left out, and why. */
    skipped: (id: string, reason: string) => string;
    formatName: string;
    arrow: string;
  };
  qti: {
    /** The title of a version's section. */
    section: (seed: string) => string;
  };
  kahoot: {
    /** The template's rows 2–6 and its headings of columns B–H (row 8), in Kahoot's own words. */
    intro: readonly [string, string, string, string, string];
    headers: readonly [string, string, string, string, string, string, string];
    /** A warning: question `n` is not in the sheet, and why. */
    leftOut: (n: number, reasons: readonly string[]) => string;
    ordering: string;
    stemTooLong: (length: number, limit: number) => string;
    tooManyAnswers: (count: number, limit: number) => string;
    answerTooLong: (letter: string, length: number, limit: number) => string;
    /** A warning: Kahoot plays a select-all question as pick-any-one. */
    severalKeys: (n: number, keys: number) => string;
    noneFits: string;
    /** A warning: versions past A are not in the file. */
    onlyFirstVersion: (others: number) => string;
  };
}

/** One language: the words of each part of fact-quiz. */
export interface Locale {
  /** The primary language subtag: `en`, `fr`. */
  tag: string;
  widget: FactQuizStrings;
  engine: EngineWords;
  exports: ExportWords;
  /** Pack problems, quiz problems and quiz errors, by code. */
  problems: ProblemWords;
}
