/**
 * Moodle XML. `single` and `multiple` are `multichoice` (`<single>true</single>`, or
 * `false` with grades from Moodle's list: keys share +100, wrong options share -100);
 * `true-false` is `truefalse` on the bare statement; `order` is `ordering` (the
 * qtype_ordering plugin, part of Moodle since 4.4: answers listed in the correct order,
 * all-or-nothing grading like the engine's). Options keep the quiz's order
 * (`shuffleanswers` 0), feedback on every answer is the explanation, the general
 * feedback is the explanation and the sources. Texts are HTML (`format="html"`),
 * escaped by the `html` template, inside CDATA.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { isKey, isTrueStatement, keyPositions, statementOf } from './answer-key.js';
import { sourceParagraph } from './citation.js';
import { questionSources } from '../engine/display.js';
import { multipleAnswerGrades } from './fractions.js';
import { type Markup, cdata, html, join, xml } from './markup.js';
import { XML_DECLARATION } from './xml.js';
import { localeFor, type ExportWords } from '../locales/index.js';

export interface MoodleXmlOptions {
  /** A category to import the questions into (Moodle's `$course$/top/…` path). */
  category?: string;
}

/** HTML as CDATA (names and paths are plain text and skip this): Moodle reads it as the text's HTML. */
function htmlText(markup: Markup): Markup {
  return xml`<text>${cdata(markup)}</text>`;
}

function textElement(name: string, markup: Markup): Markup {
  return xml`<${name} format="html">${htmlText(markup)}</${name}>`;
}

/** The general feedback: why the key is right, and where a pupil can read it. */
function generalFeedback(question: Question, words: ExportWords): Markup {
  return html`<p>${question.explanation}</p>${questionSources(question).map((s) => sourceParagraph(s, {}, words))}`;
}

/**
 * @example
 * writeFileSync('quiz.xml', toMoodleXml(quiz)); // Moodle: Question bank > Import > Moodle XML
 */
export function toMoodleXml(quiz: Quiz, options: MoodleXmlOptions = {}): string {
  return quizElement(questionElements(quiz, options.category));
}

/** Several quizzes (versions) in one file, each in its own category. */
export function toMoodleXmlVersions(parts: readonly { quiz: Quiz; category: string }[]): string {
  return quizElement(parts.flatMap(({ quiz, category }) => questionElements(quiz, category)));
}

function quizElement(questions: readonly Markup[]): string {
  return xml`${XML_DECLARATION}\n<quiz>\n${join(questions, '\n')}\n</quiz>\n`.toString();
}

/** A category "question" (Moodle's way to say where the next questions go), then the questions. */
function questionElements(quiz: Quiz, category: string | undefined): Markup[] {
  const words = localeFor(quiz.pack.lang).exports;
  const questions = quiz.questions.map((q) => moodleQuestion(q, words));
  if (category === undefined) return questions;
  return [xml`  <question type="category">\n    <category><text>${category}</text></category>\n  </question>`, ...questions];
}

function moodleQuestion(question: Question, words: ExportWords): Markup {
  keyPositions(question); // a malformed key throws here, before anything is written
  const feedback = textElement('feedback', html`${question.explanation}`);
  const type = { single: 'multichoice', multiple: 'multichoice', 'true-false': 'truefalse', order: 'ordering' }[question.kind];
  const stem = question.kind === 'true-false' ? statementOf(question) : question.stem;
  const lines = [
    xml`<name><text>${question.id}</text></name>`,
    textElement('questiontext', html`<p>${stem}</p>`),
    textElement('generalfeedback', generalFeedback(question, words)),
    xml`<defaultgrade>1</defaultgrade>`,
    // Moodle's own defaults: a third off per wrong try, all of it for true/false.
    xml`<penalty>${question.kind === 'true-false' ? '1' : '0.3333333'}</penalty>`,
    xml`<hidden>0</hidden>`,
  ];
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const grades = question.kind === 'single' ? question.options.map((_, i) => (isKey(question, i) ? '100' : '0')) : multipleAnswerGrades(question.options.map((_, i) => isKey(question, i)));
      lines.push(
        xml`<single>${question.kind === 'single' ? 'true' : 'false'}</single>`,
        xml`<shuffleanswers>0</shuffleanswers>`,
        xml`<answernumbering>abc</answernumbering>`,
        ...question.options.map((o, i) => xml`<answer fraction="${grades[i] ?? '0'}" format="html">${htmlText(html`${o.text}`)}${feedback}</answer>`),
      );
      break;
    }
    case 'true-false': {
      // Moodle matches the answers by their text, "true" and "false", not by position.
      const truth = isTrueStatement(question);
      lines.push(
        xml`<answer fraction="${truth ? '100' : '0'}" format="moodle_auto_format"><text>true</text>${feedback}</answer>`,
        xml`<answer fraction="${truth ? '0' : '100'}" format="moodle_auto_format"><text>false</text>${feedback}</answer>`,
      );
      break;
    }
    case 'order': {
      const byId = new Map(question.options.map((o) => [o.id, o.text]));
      lines.push(
        xml`<layouttype>VERTICAL</layouttype>`,
        xml`<selecttype>ALL</selecttype>`,
        xml`<selectcount>${question.options.length}</selectcount>`,
        xml`<gradingtype>ALL_OR_NOTHING</gradingtype>`,
        xml`<showgrading>SHOW</showgrading>`,
        xml`<numberingstyle>none</numberingstyle>`,
        // The correct order is the order of the answers; Moodle shuffles them for the pupil.
        ...question.answer.map((id, i) => xml`<answer fraction="${i + 1}" format="html">${htmlText(html`${byId.get(id) ?? ''}`)}</answer>`),
      );
      break;
    }
  }
  return xml`  <question type="${type}">\n${join(lines.map((l) => xml`    ${l}`), '\n')}\n  </question>`;
}
