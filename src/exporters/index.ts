/**
 * Exporters: a Quiz (or versions A, B, C… of one) to the formats teachers' tools import.
 * Pure functions returning strings or bytes; they run in Node and in browsers alike.
 */
import type { Quiz } from '../engine/quiz.js';
import { validateQuiz } from '../engine/quiz-validate.js';
import { firstVersion } from './answer-key.js';
import { letter } from '../engine/display.js';
import { toGift } from './gift.js';
import { toKahoot } from './kahoot.js';
import { toMarkdown } from './markdown.js';
import { toMoodleXml, toMoodleXmlVersions } from './moodle-xml.js';
import { toQtiPackage } from './qti.js';
import { toWorksheetHtml } from './worksheet.js';
import { localeFor } from '../locales/index.js';

export { toMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown.js';
export { toGift, escapeGift, type GiftOptions } from './gift.js';
export { toMoodleXml, toMoodleXmlVersions, type MoodleXmlOptions } from './moodle-xml.js';
export { toQtiItems, toQtiPackage } from './qti.js';
export { toKahoot, KAHOOT_LIMITS, KAHOOT_TIME_LIMITS, type KahootExport } from './kahoot.js';
export { toWorksheetHtml, type WorksheetOptions } from './worksheet.js';

export type Format = 'json' | 'md' | 'html' | 'gift' | 'moodle' | 'qti' | 'kahoot';
export const FORMATS: readonly Format[] = ['json', 'md', 'html', 'gift', 'moodle', 'qti', 'kahoot'];

export interface Export {
  /** Text for json, md, html, gift and moodle; bytes (a zip) for qti and kahoot. */
  data: string | Uint8Array;
  /** File name extension without the dot: `md`, `gift.txt`, `zip`… */
  extension: string;
  mediaType: string;
  /** Things the teacher should know: questions left out, versions not exported. */
  warnings: string[];
}

/** How many problems of a malformed quiz an error names: enough to fix the first, short enough to read. */
const PROBLEMS_NAMED = 3;

/** Throws when a version breaks the Quiz contract, naming where. */
function checkVersions(versions: readonly Quiz[]): void {
  if (!Array.isArray(versions)) throw new Error('Nothing to export: give a list of quizzes.');
  versions.forEach((quiz, v) => {
    const result = validateQuiz(quiz);
    if (result.ok) return;
    const named = result.problems.slice(0, PROBLEMS_NAMED).map((p) => `${p.path === '' ? '(quiz)' : p.path}: ${p.message}`);
    const more = result.problems.length > PROBLEMS_NAMED ? ` And ${String(result.problems.length - PROBLEMS_NAMED)} more.` : '';
    throw new Error(`Not a valid quiz${versions.length > 1 ? ` (version ${letter(v)})` : ''}: ${named.join(' ')}${more}`);
  });
}

/** Moodle's category path for one version, so versions don't mix in the question bank. */
function versionCategory(quiz: Quiz, index: number): string {
  // Moodle reads "/" as a level in the path; "//" is a slash inside a name.
  return `$course$/top/${localeFor(quiz.pack.lang).exports.versionCategory(quiz.pack.title, letter(index), quiz.seed).replace(/\//gu, '//')}`;
}

/**
 * One file in a format, for one quiz or its versions A, B, C…:
 * - `json`: the Quiz, or an array of Quizzes when there are several versions;
 * - `md`: each version's Markdown (questions and key) under its own title, split by `---`;
 * - `html`: the printable worksheet, every version with its own answer key;
 * - `gift`, `moodle`: every version in its own Moodle category ("…, version B (seed …)");
 *   one version goes into whatever category the teacher imports into;
 * - `qti`: one package, one assessment test per version;
 * - `kahoot`: the first version only (a Kahoot is played on one shared screen, so versions
 *   don't help), with a warning when there are more.
 *
 * Every version is checked against the Quiz contract first (`validateQuiz`): a quiz read
 * from a file or a form is untrusted, and an export of a malformed one throws an `Error`
 * naming the first problems instead of writing a broken or unsafe file.
 *
 * @example
 * const { data, extension, warnings } = exportQuiz(generateVersions(pack, { versions: 2 }), 'gift');
 */
export function exportQuiz(versions: readonly Quiz[], format: Format): Export {
  const first = firstVersion(versions);
  checkVersions(versions);
  const several = versions.length > 1;
  switch (format) {
    case 'json':
      return { data: `${JSON.stringify(several ? versions : first, null, 2)}\n`, extension: 'json', mediaType: 'application/json', warnings: [] };
    case 'md':
      return {
        data: several ? versions.map((q, v) => toMarkdown(q, { version: letter(v) })).join('\n---\n\n') : toMarkdown(first),
        extension: 'md',
        mediaType: 'text/markdown; charset=utf-8',
        warnings: [],
      };
    case 'html':
      return { data: toWorksheetHtml(versions), extension: 'html', mediaType: 'text/html; charset=utf-8', warnings: [] };
    case 'gift':
      return {
        data: several ? versions.map((q, v) => toGift(q, { category: versionCategory(q, v) })).join('\n') : toGift(first),
        // Moodle's file picker takes .txt for GIFT; the double extension says which text it is.
        extension: 'gift.txt',
        mediaType: 'text/plain; charset=utf-8',
        warnings: [],
      };
    case 'moodle':
      return {
        data: several ? toMoodleXmlVersions(versions.map((quiz, v) => ({ quiz, category: versionCategory(quiz, v) }))) : toMoodleXml(first),
        extension: 'xml',
        mediaType: 'application/xml',
        warnings: [],
      };
    case 'qti':
      return { data: toQtiPackage(versions), extension: 'zip', mediaType: 'application/zip', warnings: [] };
    case 'kahoot': {
      const { file, warnings } = toKahoot(first);
      if (several) warnings.unshift(localeFor(first.pack.lang).exports.kahoot.onlyFirstVersion(versions.length - 1));
      return { data: file, extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', warnings };
    }
  }
  // Reached only from untyped callers (a CLI flag, a form field).
  throw new Error(`Unknown format "${String(format)}": use one of ${FORMATS.join(', ')}.`);
}
