/**
 * Moodle GIFT. `single` is multiple choice (`=` key, `~` wrong); `multiple` is multiple
 * answer with `~%w%` grades (keys share +100, wrong options share -100); `true-false`
 * is GIFT true/false on the bare statement; `order` becomes a matching question, each
 * event matched to its position (1 = earliest), because GIFT has no ordering type that
 * every reader knows (qtype_ordering's `{>…}` syntax needs that plugin, or Moodle 4.4+,
 * and no other GIFT reader). Every option's feedback is the explanation; the general
 * feedback is the source. Texts are `[plain]`, so `<` or `&` in a fact never turn into HTML.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { isKey, isTrueStatement, keyPositions, statementOf } from './answer-key.js';
import { sourceLine } from './citation.js';
import { questionSources } from '../engine/display.js';
import { multipleAnswerGrades } from './fractions.js';
import { localeFor, type ExportWords } from '../locales/index.js';

export interface GiftOptions {
  /** A `$CATEGORY:` line to put the questions in, e.g. one category per version. */
  category?: string;
}

/**
 * Escapes GIFT's control characters the way Moodle's own exporter does: `\` first,
 * then `~ = # { } :`, and a line break as `\n` (a blank line would end the question).
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[\\~=#{}:]/gu, (c) => `\\${c}`)
    .replace(/\n/gu, '\\n');
}

/** One comment line: a line break would end the comment and start a question. */
function comment(text: string): string {
  return `// ${text.replace(/\s+/gu, ' ')}`;
}

/**
 * @example
 * writeFileSync('quiz.gift.txt', toGift(quiz)); // Moodle: Question bank > Import > GIFT
 */
export function toGift(quiz: Quiz, options: GiftOptions = {}): string {
  const words = localeFor(quiz.pack.lang).exports;
  const blocks = [[comment(words.gift.header(quiz.pack.title, quiz.questions.length, quiz.seed, quiz.generator)), comment(words.gift.orderNote)].join('\n')];
  if (options.category !== undefined) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/gu, ' ')}`);
  for (const question of quiz.questions) blocks.push(giftQuestion(question, words));
  return `${blocks.join('\n\n')}\n`;
}

function giftQuestion(question: Question, words: ExportWords): string {
  keyPositions(question); // a malformed key throws here, before anything is written
  const sources = questionSources(question).map((s) => sourceLine(s, words));
  const unreadable = misread(question, sources, words.gift);
  if (unreadable !== undefined) return comment(words.gift.skipped(question.id, unreadable));
  const feedback = `#${escapeGift(question.explanation)}`;
  const general = `####${escapeGift(sources.join('\n'))}`;
  const head = `::${escapeGift(question.id)}::[plain]`;
  switch (question.kind) {
    case 'true-false':
      // {TRUE#feedback if wrong#feedback if right}: both say why.
      return `${head}${escapeGift(statementOf(question))}{${isTrueStatement(question) ? 'TRUE' : 'FALSE'}${feedback}${feedback}${general}}`;
    case 'single':
      return block(
        head + escapeGift(question.stem),
        question.options.map((o, i) => (isKey(question, i) ? `=${escapeGift(o.text)}` : `~${guardWeight(o.text)}${escapeGift(o.text)}`) + feedback),
        general,
      );
    case 'multiple': {
      const grades = multipleAnswerGrades(question.options.map((_, i) => isKey(question, i)));
      return block(
        head + escapeGift(question.stem),
        question.options.map((o, i) => `~%${grades[i] ?? '0'}%${escapeGift(o.text)}${feedback}`),
        general,
      );
    }
    case 'order': {
      const position = new Map(question.answer.map((id, i) => [id, i + 1]));
      return block(
        head + escapeGift(question.stem),
        question.options.map((o) => `=${escapeGift(o.text)} -> ${String(position.get(o.id))}`),
        general,
      );
    }
  }
}

/**
 * Why GIFT readers would misread the question, if they would. GIFT has no escape for
 * `->` (a `=` line holding it reads as a matching pair) nor for a text that starts
 * with a format name like `[html]`; such a question is left out with a comment.
 */
function misread(question: Question, sources: readonly string[], words: ExportWords['gift']): string | undefined {
  const own = [...question.options.map((o) => o.text), question.explanation, ...sources];
  if (own.some((t) => /^\s*\[(?:html|moodle|plain|markdown)\]/u.test(t))) return words.formatName;
  const keyed = question.kind === 'order' ? question.options : question.options.filter((_, i) => isKey(question, i));
  if (keyed.some((o) => o.text.includes('->'))) return words.arrow;
  return undefined;
}

/** A wrong option whose text starts with `%` would be read as a grade: give it an explicit 0. */
function guardWeight(text: string): string {
  return text.startsWith('%') ? '%0%' : '';
}

function block(stem: string, answers: string[], general: string): string {
  return [`${stem}{`, ...answers.map((a) => `\t${a}`), `\t${general}`, '}'].join('\n');
}
