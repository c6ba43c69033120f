/**
 * `fact-quiz`: validate packs, make quizzes and banks, export them. A thin layer over
 * the engine and the exporters. Exit codes: 0 ok, 1 bad input (a message, never a
 * stack trace), 2 usage.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DIFFICULTIES, KINDS, QuizError, VERSION, formatYieldReport, generateQuiz, generateVersions, parsePack, questionBank, readQuizOptions, yieldReport } from '../engine/index.js';
import type { Pack, QuizOptionProblem, QuizOptionsInput, QuizOptionsRead, Quiz } from '../engine/index.js';
import { FORMATS, type Format, exportQuiz } from '../exporters/index.js';
import { MAX_PACK_BYTES, MAX_SOURCE_TEXT_LENGTH } from '../engine/limits.js';
import { isHttpUrl } from '../engine/validate/index.js';
import { isDay } from '../engine/validate/shape.js';

const USAGE = `Usage:
  fact-quiz validate PACK... [--sources DIR] [--no-quotes]
  fact-quiz check PACK [--seed S] [--options K] [--sources DIR] [--no-quotes]
  fact-quiz generate [PACK] [--seed S] [--count N] [--kinds single,multiple,true-false,order]
                     [--difficulty easy|medium|hard|mixed] [--options K] [--versions V] [--distinct]
                     [--format ${FORMATS.join('|')}] [--out PATH]
  fact-quiz bank [PACK] [--seed S] [--options K] [--format json|md] [--out PATH]
  fact-quiz draft ARTICLE.txt --date YYYY-MM-DD [--title T] [--publisher P] [--url U]
                  [--lang en|fr] [--out PACK]
  fact-quiz --help | --version

PACK defaults to the built-in state-visit pack. Output goes to stdout unless --out is given.
validate and check find the article texts that quotes are checked against in a sources/
folder beside the pack (or --sources DIR), and fail when one is missing unless --no-quotes.
draft writes a draft pack from an article's text: its entities, and candidate facts in
"drafts" for a person to review; with --out, the text is copied to sources/ beside it.`;

/** The user's mistake: printed as it is, with the exit code it deserves. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const here = dirname(fileURLToPath(import.meta.url));
/** Both `src/cli` and `dist/cli` sit two folders below the package root. */
const DEFAULT_PACK = resolve(here, '../../questions/state-visit.json');

interface Io {
  /** Messages and reports: pack text in them is shown escaped (`terminalSafe`). */
  out: (text: string) => void;
  err: (text: string) => void;
  /** An export written to stdout, byte for byte; by default `out`. */
  data?: (text: string) => void;
}

/** Runs the CLI with `args` (without `node` and the script) and returns the exit code. */
export function run(args: readonly string[], io: Io = processIo()): number {
  // Every message goes through terminalSafe: pack text must not drive the terminal.
  const shown: Io = { out: (t) => { io.out(terminalSafe(t)); }, err: (t) => { io.err(terminalSafe(t)); }, data: io.data ?? io.out };
  return runSafely(args, shown);
}

/**
 * `run` for every command, `draft` included: drafting loads chrono-node and compromise
 * (about 1.5 s), so they are imported only when a draft is asked for.
 */
export async function runAsync(args: readonly string[], io: Io = processIo()): Promise<number> {
  if (args[0] !== 'draft') return run(args, io);
  const shown: Io = { out: (t) => { io.out(terminalSafe(t)); }, err: (t) => { io.err(terminalSafe(t)); }, data: io.data ?? io.out };
  try {
    return await draft(args.slice(1), shown);
  } catch (error) {
    return reported(error, shown);
  }
}

/** stdout and stderr; an export is escaped only when stdout is a terminal, never in a pipe or file. */
function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    data: (t) => process.stdout.write(process.stdout.isTTY ? terminalSafe(t) : t),
  };
}

// C0 controls but tab and newline, DEL, C1 controls (ESC and CSI start sequences), bidi
// overrides and isolates, line and paragraph separators, and lone surrogates.
const UNSAFE_FOR_TERMINAL = /(?![\n\t])\p{Cc}|[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Characters of one line of a message: a 10 MB value never becomes a 10 MB line. */
const MAX_LINE = 1_000;

/**
 * Text as a terminal may print it: control characters, escape sequences, bidi overrides
 * and lone surrogates shown as `\u001b`, and every line cut to MAX_LINE characters, so a
 * pack can't clear the screen, set the title, reorder a line or print a fake "ok".
 */
export function terminalSafe(text: string): string {
  const escaped = text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  return escaped.replace(new RegExp(`[^\\n]{${String(MAX_LINE)}}[^\\n]+`, 'gu'), (line) => `${line.slice(0, MAX_LINE)}… (${String(line.length)} characters)`);
}

function runSafely(args: readonly string[], io: Io): number {
  try {
    return dispatch(args, io);
  } catch (error) {
    return reported(error, io);
  }
}

/** An error as the user reads it: their mistake in a sentence, ours in one line; never a stack trace. */
function reported(error: unknown, io: Io): number {
  if (error instanceof CliError) {
    io.err(`${error.message}\n`);
    if (error.code === 2) io.err(`\n${USAGE}\n`);
    return error.code;
  }
  if (error instanceof QuizError) {
    io.err(`fact-quiz: ${error.message}\n`);
    return 1;
  }
  // A bug of ours, not the user's mistake: still one line, and a way to report it.
  io.err(`fact-quiz: unexpected error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`);
  return 1;
}

function dispatch(args: readonly string[], io: Io): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'validate':
      return validate(rest, io);
    case 'check':
      return check(rest, io);
    case 'generate':
      return generate(rest, io);
    case 'bank':
      return bank(rest, io);
    case 'draft':
      throw new CliError('fact-quiz draft: run it through runAsync, which loads the authoring libraries.', 2);
    case '--version':
    case '-v':
      io.out(`${VERSION}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help':
      io.out(`${USAGE}\n`);
      return 0;
    case undefined:
      throw new CliError('fact-quiz: a command is needed.', 2);
    default:
      throw new CliError(`fact-quiz: unknown command "${command}".`, 2);
  }
}

type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function parse(args: readonly string[], options: ParseOptions): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`fact-quiz: ${error instanceof Error ? error.message : String(error)}`, 2);
  }
}

/** Where quotes are checked: the folder of article texts, and whether every source must have one. */
interface QuoteCheck {
  /** Folder of the article texts; default: `sources/` beside the pack. */
  sources?: string;
  /** Every source's text must be found (validate, check); else quotes are checked where texts are found. */
  required: boolean;
}

class TooLarge extends Error {}

/**
 * A pack file's text, reading at most `limit` bytes: a huge file, a pipe or /dev/zero
 * stops at the limit instead of filling memory. A UTF-8 byte-order mark is kept for
 * `parsePack`, which drops it for every front end.
 */
function readPackText(file: string, limit: number): string {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= limit; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > limit) throw new TooLarge();
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

/** Reads and validates a pack file; problems come back as `FILE: PATH: message` lines. */
function loadPack(file: string, quotes: QuoteCheck = { required: false }): { pack?: Pack; problems: string[] } {
  const name = file;
  let text: string;
  try {
    text = readPackText(file, MAX_PACK_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) return { problems: [`${name}: (pack): is larger than ${String(MAX_PACK_BYTES / 1024 / 1024)} MB, the most a pack may be; nothing past that was read.`] };
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : `cannot read it (${String(code)})`;
    return { problems: [`${name}: ${why}`] };
  }
  const sources = resolve(quotes.sources ?? join(dirname(file), 'sources'));
  const result = parsePack(text, {
    sourceText: (fileName) => {
      try {
        return readFileSync(join(sources, basename(fileName)), 'utf8');
      } catch {
        return undefined;
      }
    },
    requireSourceTexts: quotes.required,
    describeLocation: () => sources,
  });
  if (!result.ok) return { problems: result.problems.map((p) => `${name}: ${p.path === '' ? '(pack)' : p.path}: ${p.message}`) };
  return { pack: result.pack, problems: [] };
}

function packOrFail(file: string | undefined, quotes?: QuoteCheck): Pack {
  const { pack, problems } = loadPack(file ?? DEFAULT_PACK, quotes);
  if (pack === undefined) throw new CliError(problems.join('\n'), 1);
  return pack;
}

/** The flags that say where article texts are, and whether they may be missing. */
const QUOTE_FLAGS = { sources: { type: 'string' }, 'no-quotes': { type: 'boolean' } } as const;

function quoteCheck(values: ReturnType<typeof parseArgs>['values']): QuoteCheck {
  return { ...(typeof values.sources === 'string' ? { sources: values.sources } : {}), required: values['no-quotes'] !== true };
}

function validate(args: readonly string[], io: Io): number {
  const { values, positionals } = parse(args, QUOTE_FLAGS);
  if (positionals.length === 0) throw new CliError('fact-quiz validate: name at least one pack file.', 2);
  let failed = false;
  for (const file of positionals) {
    const { pack, problems } = loadPack(file, quoteCheck(values));
    if (pack === undefined) {
      failed = true;
      io.err(`${problems.join('\n')}\n`);
    } else {
      io.out(`${file}: ok (${String(pack.facts.length)} facts, ${String(pack.entities.length)} entities, ${String(pack.relations.length)} relations)\n`);
    }
  }
  return failed ? 1 : 0;
}

/** The yield report: what each fact makes, and why each dropped question was dropped. */
function check(args: readonly string[], io: Io): number {
  const { values, positionals } = parse(args, { ...QUOTE_FLAGS, seed: { type: 'string' }, options: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('fact-quiz check: name one pack file.', 2);
  const options = quizOptions(values, ['options']);
  const pack = packOrFail(positionals[0], quoteCheck(values));
  io.out(formatYieldReport(yieldReport(pack, { ...(typeof values.seed === 'string' ? { seed: values.seed } : {}), ...options })));
  return 0;
}

/** The quiz options given on the command line, checked by the engine's one check; the first wrong one is a usage error. */
function quizOptions(values: ReturnType<typeof parseArgs>['values'], names: readonly (keyof QuizOptionsInput)[]): QuizOptionsRead {
  const given = Object.fromEntries(names.flatMap((name) => (values[name] === undefined ? [] : [[name, values[name]]]))) as QuizOptionsInput;
  const { options, problems } = readQuizOptions(given);
  const [problem] = problems;
  if (problem !== undefined) throw new CliError(`fact-quiz: ${flagMessage(problem)}`, 2);
  return options;
}

function flagMessage(problem: QuizOptionProblem): string {
  if (problem.option === 'kinds') return `--kinds takes ${KINDS.join(',')}; "${problem.unknown[0] ?? ''}" is not one of them.`;
  if (problem.option === 'difficulty') return `--difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${String(problem.value)}".`;
  return `--${problem.option} must be a whole number from ${String(problem.min)} to ${String(problem.max)}, not ${JSON.stringify(problem.value)}.`;
}

function format(value: unknown, allowed: readonly Format[]): Format {
  const f = (value ?? 'json') as Format;
  if (!allowed.includes(f)) throw new CliError(`fact-quiz: --format must be one of ${allowed.join(', ')}, not "${String(value)}".`, 2);
  return f;
}

function onePack(positionals: readonly string[], command: string): string | undefined {
  if (positionals.length > 1) throw new CliError(`fact-quiz ${command}: give at most one pack, not ${String(positionals.length)}.`, 2);
  return positionals[0];
}

function generate(args: readonly string[], io: Io): number {
  const { values, positionals } = parse(args, {
    seed: { type: 'string' },
    count: { type: 'string' },
    kinds: { type: 'string' },
    difficulty: { type: 'string' },
    options: { type: 'string' },
    versions: { type: 'string' },
    distinct: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const { versions = 1, ...options } = quizOptions(values, ['kinds', 'difficulty', 'count', 'options', 'versions']);
  const chosenFormat = format(values.format, FORMATS);
  const pack = packOrFail(onePack(positionals, 'generate'));
  const seed = typeof values.seed === 'string' ? { seed: values.seed } : {};
  const quizzes: Quiz[] =
    versions === 1 && values.distinct !== true ? [generateQuiz(pack, { ...seed, ...options })] : generateVersions(pack, { ...seed, ...options, versions, distinct: values.distinct === true });
  return emit(quizzes, chosenFormat, values.out, io);
}

function bank(args: readonly string[], io: Io): number {
  const { values, positionals } = parse(args, { seed: { type: 'string' }, options: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const chosenFormat = format(values.format, ['json', 'md']);
  const options = quizOptions(values, ['options']);
  const pack = packOrFail(onePack(positionals, 'bank'));
  const quiz = questionBank(pack, { ...(typeof values.seed === 'string' ? { seed: values.seed } : {}), ...options });
  return emit([quiz], chosenFormat, values.out, io);
}

/** The article's text, read as a pack is: at most MAX_PACK_BYTES, a missing file in a sentence. */
function readArticle(file: string): string {
  let text: string;
  try {
    text = readPackText(file, MAX_PACK_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) throw new CliError(`fact-quiz draft: ${file}: is larger than ${String(MAX_PACK_BYTES / 1024 / 1024)} MB; an article is far smaller.`, 1);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : `cannot read it (${String(code)})`;
    throw new CliError(`fact-quiz draft: ${file}: ${why}.`, 1);
  }
  const article = text.replace(/^\uFEFF/u, '');
  if (article.trim() === '') throw new CliError(`fact-quiz draft: ${file}: is empty; give the article's plain text.`, 1);
  if (article.length > MAX_SOURCE_TEXT_LENGTH) throw new CliError(`fact-quiz draft: ${file}: has ${String(article.length)} characters; a source text may have at most ${String(MAX_SOURCE_TEXT_LENGTH)}.`, 1);
  return article;
}

/** The draft's options from the flags: each wrong one a usage error in a sentence. */
function draftOptions(values: ReturnType<typeof parseArgs>['values']): { date: string; title?: string; publisher?: string; url?: string; lang: 'en' | 'fr' } {
  const date = values.date;
  if (typeof date !== 'string') throw new CliError('fact-quiz draft: --date YYYY-MM-DD is needed: the day the article was published, which "last week" and "on Friday" count from.', 2);
  const given: string = date;
  if (!isDay(date)) throw new CliError(`fact-quiz draft: --date must be a real day written YYYY-MM-DD, not "${given}".`, 2);
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new CliError(`fact-quiz draft: --lang must be en or fr, not "${String(lang)}".`, 2);
  const url = values.url;
  if (typeof url === 'string' && !isHttpUrl(url)) throw new CliError(`fact-quiz draft: --url must be an http:// or https:// link, not "${String(values.url)}".`, 2);
  const text = (name: string): Record<string, string> => (typeof values[name] === 'string' && values[name].trim() !== '' ? { [name]: values[name].trim() } : {});
  return { date, lang, ...text('title'), ...text('publisher'), ...text('url') };
}

/** `fact-quiz draft`: a draft pack from an article's text, its candidates in `drafts` for a person to review. */
async function draft(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    date: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' }, url: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError('fact-quiz draft: name one article text file.', 2);
  const file = positionals[0] as string;
  const options = draftOptions(values);
  const article = readArticle(file);
  const { draftPack } = await import('../authoring/index.js');
  const pack = draftPack(article, { ...options, ...(options.title === undefined ? { sourceId: slugOfFile(file) } : {}) });
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  const summary = `${String(pack.drafts.length)} candidate facts in "drafts", ${String(pack.entities.length)} entities`;
  if (typeof values.out !== 'string') {
    (io.data ?? io.out)(json);
    io.err(`fact-quiz: ${summary}. With --out PACK the article's text is also copied to sources/ beside the pack.\n`);
    return 0;
  }
  const textFile = join(dirname(values.out), 'sources', pack.sources[0]?.text ?? 'article.txt');
  try {
    mkdirSync(dirname(textFile), { recursive: true });
    writeFileSync(textFile, article);
    writeFileSync(values.out, json);
  } catch (error) {
    throw new CliError(`fact-quiz draft: cannot write ${values.out} (${String((error as NodeJS.ErrnoException).code ?? error)}).`, 1);
  }
  io.err(`fact-quiz: wrote ${values.out} and ${textFile}: ${summary}. Accept a candidate by moving it to "facts" and its relation to "relations", then run fact-quiz validate ${values.out}.\n`);
  return 0;
}

/** A source id from the article's file name: `times-visit.txt` → `times-visit`. */
function slugOfFile(file: string): string {
  const name = basename(file).replace(/\.[^.]*$/u, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  return name === '' ? 'article' : name.slice(0, 60);
}

function emit(quizzes: Quiz[], chosen: Format, out: unknown, io: Io): number {
  const result = exportQuiz(quizzes, chosen);
  for (const warning of result.warnings) io.err(`fact-quiz: warning: ${warning}\n`);
  if (typeof out === 'string') {
    try {
      writeFileSync(out, result.data);
    } catch (error) {
      throw new CliError(`fact-quiz: cannot write ${out} (${String((error as NodeJS.ErrnoException).code ?? error)}).`, 1);
    }
    io.err(`fact-quiz: wrote ${out}\n`);
    return 0;
  }
  if (typeof result.data !== 'string') {
    throw new CliError(`fact-quiz: --format ${chosen} makes a binary file (.${result.extension}): give --out PATH.`, 2);
  }
  (io.data ?? io.out)(result.data.endsWith('\n') ? result.data : `${result.data}\n`);
  return 0;
}

// Run only as a program, not when a test imports `run` (npx starts it through a symlink).
function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  void runAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
