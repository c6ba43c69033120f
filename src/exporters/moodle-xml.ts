/**
 * Moodle XML. `single` and `multiple` are `multichoice` (`<single>true</single>`, or
 * `false` with grades from Moodle's list: keys share +100, wrong options share -100);
 * `true-false` is `truefalse` on the bare statement; `order` is `ordering` (the
 * qtype_ordering plugin, part of Moodle since 4.4: answers listed in the correct order,
 * all-or-nothing grading like the engine's). Options keep the quiz's order
 * (`shuffleanswers` 0), feedback on every answer is the explanation, the general
 * feedback is the explanation and the sources. Texts are HTML (`format="html"`),
 * escaped, inside CDATA.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { citation, isKey, isTrueStatement, keyPositions, statementOf } from './key.js';
import { questionSources } from '../engine/display.js';
import { isHttpUrl } from '../engine/validate.js';
import { multipleAnswerGrades } from './fractions.js';
import { XML_DECLARATION, escapeXml } from './xml.js';

export interface MoodleXmlOptions {
  /** A category to import the questions into (Moodle's `$course$/top/…` path). */
  category?: string;
}

/** HTML as CDATA (names and paths are plain text and skip this): escaped HTML holds no `]]>`, since `>` is `&gt;`. */
function html(markup: string): string {
  return `<text><![CDATA[${markup}]]></text>`;
}

function textElement(name: string, markup: string, attributes = ' format="html"'): string {
  return `<${name}${attributes}>${html(markup)}</${name}>`;
}

/** The general feedback: why the key is right, and where a pupil can read it. */
function generalFeedback(question: Question): string {
  const sources = questionSources(question).map((s) => {
    const title = isHttpUrl(s.url) ? `<a href="${escapeXml(s.url)}">${escapeXml(citation(s))}</a>` : escapeXml(citation(s));
    return `<p>Source: ${title}: “${escapeXml(s.quote)}”</p>`;
  });
  return [`<p>${escapeXml(question.explanation)}</p>`, ...sources].join('');
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

function quizElement(questions: readonly string[]): string {
  return `${XML_DECLARATION}\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
}

/** A category "question" (Moodle's way to say where the next questions go), then the questions. */
function questionElements(quiz: Quiz, category: string | undefined): string[] {
  const questions = quiz.questions.map(moodleQuestion);
  if (category === undefined) return questions;
  return [`  <question type="category">\n    <category><text>${escapeXml(category)}</text></category>\n  </question>`, ...questions];
}

function moodleQuestion(question: Question): string {
  keyPositions(question); // a malformed key throws here, before anything is written
  const feedback = textElement('feedback', escapeXml(question.explanation));
  const type = { single: 'multichoice', multiple: 'multichoice', 'true-false': 'truefalse', order: 'ordering' }[question.kind];
  const stem = question.kind === 'true-false' ? statementOf(question) : question.stem;
  const lines = [
    `<name><text>${escapeXml(question.id)}</text></name>`,
    textElement('questiontext', `<p>${escapeXml(stem)}</p>`),
    textElement('generalfeedback', generalFeedback(question)),
    '<defaultgrade>1</defaultgrade>',
    // Moodle's own defaults: a third off per wrong try, all of it for true/false.
    `<penalty>${question.kind === 'true-false' ? '1' : '0.3333333'}</penalty>`,
    '<hidden>0</hidden>',
  ];
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const grades = question.kind === 'single' ? question.options.map((_, i) => (isKey(question, i) ? '100' : '0')) : multipleAnswerGrades(question.options.map((_, i) => isKey(question, i)));
      lines.push(
        `<single>${question.kind === 'single' ? 'true' : 'false'}</single>`,
        '<shuffleanswers>0</shuffleanswers>',
        '<answernumbering>abc</answernumbering>',
        ...question.options.map((o, i) => `<answer fraction="${grades[i] ?? '0'}" format="html">${html(escapeXml(o.text))}${feedback}</answer>`),
      );
      break;
    }
    case 'true-false': {
      // Moodle matches the answers by their text, "true" and "false", not by position.
      const truth = isTrueStatement(question);
      lines.push(
        `<answer fraction="${truth ? '100' : '0'}" format="moodle_auto_format"><text>true</text>${feedback}</answer>`,
        `<answer fraction="${truth ? '0' : '100'}" format="moodle_auto_format"><text>false</text>${feedback}</answer>`,
      );
      break;
    }
    case 'order': {
      const byId = new Map(question.options.map((o) => [o.id, o.text]));
      lines.push(
        '<layouttype>VERTICAL</layouttype>',
        '<selecttype>ALL</selecttype>',
        `<selectcount>${String(question.options.length)}</selectcount>`,
        '<gradingtype>ALL_OR_NOTHING</gradingtype>',
        '<showgrading>SHOW</showgrading>',
        '<numberingstyle>none</numberingstyle>',
        // The correct order is the order of the answers; Moodle shuffles them for the pupil.
        ...question.answer.map((id, i) => `<answer fraction="${String(i + 1)}" format="html">${html(escapeXml(byId.get(id) ?? ''))}</answer>`),
      );
      break;
    }
  }
  return `  <question type="${type}">\n${lines.map((l) => `    ${l}`).join('\n')}\n  </question>`;
}
