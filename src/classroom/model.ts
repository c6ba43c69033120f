/**
 * The teacher page's model: a pack and settings in; versions A, B, C… and every
 * downloadable file out. No DOM here (Blob and crypto only, both in Node too), so the
 * unit tests check it without a browser, and `<fact-quiz-classroom>`
 * (classroom.component.ts) only renders what it returns.
 */
import {
  QuizError,
  generateVersions,
  letter,
  parsePack,
  readQuizOptions,
  type Difficulty,
  type Pack,
  type PackProblem,
  type QuestionKind,
  type QuizOptionProblem,
  type Quiz,
} from '../engine/index.js';
import { exportQuiz, toWorksheetHtml, type Format } from '../exporters/index.js';

export interface ClassroomSettings {
  seed: string;
  /** Questions per version. */
  count: number;
  kinds: readonly QuestionKind[];
  difficulty: Difficulty | 'mixed';
  /** Options per question, 3 to 5. */
  options: number;
  /** Versions A, B, C…: 1 to MAX_VERSIONS. */
  versions: number;
  /** Different questions in each version, where the pack has enough facts. */
  distinct: boolean;
  /** The worksheet's heading; empty for the pack's title. */
  title: string;
  paper: 'a4' | 'letter';
}

/** More versions than a class can tell apart only makes marking slower. */
export const MAX_VERSIONS = 6;

export const DEFAULT_SETTINGS: Readonly<ClassroomSettings> = {
  seed: '',
  count: 10,
  kinds: ['single', 'multiple', 'true-false', 'order'],
  difficulty: 'mixed',
  options: 4,
  versions: 2,
  distinct: false,
  title: '',
  paper: 'a4',
};

/** What each kind of question is called on the page. */
export const KIND_LABELS: Record<QuestionKind, string> = {
  single: 'One answer',
  multiple: 'Select all that apply',
  'true-false': 'True or false',
  order: 'Put in order',
};

/** The formats in the order a teacher is likely to want them, with what each is for. */
export const FILE_FORMATS: readonly { format: Format; name: string; use: string }[] = [
  { format: 'html', name: 'Worksheet', use: 'the printable pages with answer keys, as one HTML file' },
  { format: 'gift', name: 'Moodle GIFT', use: 'text for Moodle’s question bank import' },
  { format: 'moodle', name: 'Moodle XML', use: 'Moodle’s own XML question format' },
  { format: 'qti', name: 'QTI 3.0', use: 'a content package for learning platforms that import QTI 3.0' },
  { format: 'kahoot', name: 'Kahoot', use: 'the spreadsheet Kahoot imports (version A only)' },
  { format: 'md', name: 'Markdown', use: 'plain text with the answer keys, to edit or paste into a document' },
  { format: 'json', name: 'Quiz JSON', use: 'the quizzes as data, for the <fact-quiz> element or your own code' },
];

/** Formats that hold version A only, whatever the number of versions (see exportQuiz). */
const FIRST_VERSION_ONLY: ReadonlySet<Format> = new Set<Format>(['kahoot']);

// Crockford's base 32: no I, L, O or U to misread when a seed is copied from the board.
const SEED_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A fresh seed of 6 characters (about a billion possibilities) from the browser's CSPRNG. */
export function newSeed(): string {
  // 32 symbols: `& 31` keeps every one equally likely.
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => SEED_ALPHABET[byte & 31]).join('');
}

/** The page's own problems (a file too big, unreadable) have a sentence only, no code. */
export type PackFile = { ok: true; name: string; pack: Pack } | { ok: false; name: string; problems: Pick<PackProblem, 'path' | 'message'>[] };

/** A pack file's text, parsed and validated by the engine: the pack, or every problem with its JSON path. */
export function readPackFile(name: string, text: string): PackFile {
  const result = parsePack(text);
  if (result.ok) return { ok: true, name, pack: result.pack };
  // Not JSON at all: the teacher's words first, then where the engine found it broken.
  const problems = result.reason === 'json' ? [{ path: '', message: `This is not JSON: ${result.where}.` }] : result.problems;
  return { ok: false, name, problems };
}

/** One file ready to save. */
export interface Download {
  blob: Blob;
  fileName: string;
  warnings: string[];
}

/** Seed text safe in a file name on every system. */
function fileSafe(text: string): string {
  const safe = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return safe === '' ? 'quiz' : safe;
}

/**
 * `state-visit-k3x9qp-A.gift.txt` for one version, `state-visit-k3x9qp-A-to-C.gift.txt`
 * for three: the pack, the seed and the versions inside, so a file found later says
 * how to make it again.
 */
export function fileName(versions: readonly Quiz[], format: Format, extension: string): string {
  const first = versions[0];
  if (first === undefined) throw new Error('Nothing to export: no quiz was given.');
  const inside = versions.length === 1 || FIRST_VERSION_ONLY.has(format) ? 'A' : `A-to-${letter(versions.length - 1)}`;
  return `${fileSafe(first.pack.id)}-${fileSafe(first.seed)}-${inside}.${extension}`;
}

/**
 * One format's file for the versions, as the Download button saves it. The worksheet
 * (`html`) follows the page's title and paper settings, so it matches what Print prints.
 */
export function makeDownload(versions: readonly Quiz[], format: Format, worksheet: Pick<ClassroomSettings, 'title' | 'paper'> = DEFAULT_SETTINGS): Download {
  if (format === 'html') {
    const blob = new Blob([worksheetHtml(versions, worksheet)], { type: 'text/html; charset=utf-8' });
    return { blob, fileName: fileName(versions, format, 'html'), warnings: [] };
  }
  const file = exportQuiz(versions, format);
  // Export bytes are always ArrayBuffer-backed (fflate); the cast only narrows the type.
  const part = typeof file.data === 'string' ? file.data : (file.data as Uint8Array<ArrayBuffer>);
  return { blob: new Blob([part], { type: file.mediaType }), fileName: fileName(versions, format, file.extension), warnings: file.warnings };
}

/** The printable worksheet document: every version, each followed by its answer key. */
export function worksheetHtml(versions: readonly Quiz[], worksheet: Pick<ClassroomSettings, 'title' | 'paper'>): string {
  const title = worksheet.title.trim();
  return toWorksheetHtml(versions, { paper: worksheet.paper, ...(title === '' ? {} : { title }) });
}

/** A format's file, or why it could not be made (the other formats still work). */
export type ClassroomFile = { format: Format; ok: true; download: Download } | { format: Format; ok: false; message: string };

export type Classroom = { ok: true; versions: Quiz[]; files: ClassroomFile[] } | { ok: false; message: string };

/** The engine's check of an option, in the words of the page's form. */
function settingMessage(problem: QuizOptionProblem): string {
  if (problem.option === 'kinds') return 'Choose at least one kind of question.';
  if (problem.option === 'difficulty') return 'Choose a difficulty: easy, medium, hard or mixed.';
  const range = `${String(problem.min)} to ${String(problem.max)}`;
  if (problem.option === 'count') return `The number of questions must be a whole number from ${range}.`;
  return problem.option === 'versions' ? `The number of versions must be from ${range}.` : `The number of options must be from ${range}.`;
}

/**
 * The versions the settings ask for and every file made from them, or one message a
 * teacher can act on (a QuizError's own words: "the pack can make only 12…").
 * Never throws.
 */
export function makeClassroom(pack: Pack, settings: ClassroomSettings): Classroom {
  const seed = settings.seed.trim();
  if (seed === '') return { ok: false, message: 'Type a seed, or press “New seed”.' };
  const [problem] = readQuizOptions(settings, { versions: MAX_VERSIONS }).problems;
  if (problem !== undefined) return { ok: false, message: settingMessage(problem) };
  let versions: Quiz[];
  try {
    versions = generateVersions(pack, {
      seed,
      count: settings.count,
      kinds: settings.kinds,
      difficulty: settings.difficulty,
      options: settings.options,
      versions: settings.versions,
      distinct: settings.distinct,
    });
  } catch (error) {
    if (error instanceof QuizError) return { ok: false, message: error.message };
    return { ok: false, message: `The quiz could not be made: ${error instanceof Error ? error.message : String(error)}` };
  }
  const files = FILE_FORMATS.map(({ format }): ClassroomFile => {
    try {
      return { format, ok: true, download: makeDownload(versions, format, settings) };
    } catch (error) {
      return { format, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  return { ok: true, versions, files };
}
