// The package as users get it: built from a clean copy of the repo, packed with
// `npm pack`, installed from the tarball into a new project outside the repo, then used
// from Node, TypeScript, the CLI and a plain HTML page in Chromium.
//
// Slow (half a minute or more: a full build and an `npm install`). Skip it with
// FACT_QUIZ_SKIP_CONSUMER=1; keep the temporary folder with FACT_QUIZ_KEEP_CONSUMER=1.
// The build happens in the copy so that it never removes the repo's dist/ while other
// test files read it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { rollup } from 'rollup';
import commonjsModule from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { generateQuiz, validatePack } from '../../src/engine/index.js';
import type { Pack, Quiz } from '../../src/engine/index.js';

const REPO = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const skip = process.env.FACT_QUIZ_SKIP_CONSUMER === '1' ? 'FACT_QUIZ_SKIP_CONSUMER=1' : false;
const keep = process.env.FACT_QUIZ_KEEP_CONSUMER === '1';

/** Top-level names of the repo that a fresh clone doesn't have, or that the build makes. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'custom-elements.json', 'coverage']);

/** What the tarball may hold: the build, the pack and its schema, the manifest, and what npm always adds. */
const SHIPPED_FILES = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'questions/state-visit.json', 'questions/state-visit.quiz.json', 'questions/fact-pack.schema.json']);
const FORBIDDEN = ['src/', 'test/', 'demo/', 'questions/sources/', '.ci/', 'node_modules/'];

const repoPack = (): Pack => {
  const result = validatePack(JSON.parse(readFileSync(join(REPO, 'questions/state-visit.json'), 'utf8')));
  assert.ok(result.ok, 'the repo\'s state-visit pack is valid');
  return result.pack;
};

/** Child processes get npm's user settings, not the ones of the `npm test` that runs this file. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const key of Object.keys(env)) {
    // npm_config_local_prefix would point a nested `npm install` back at the repo
    if (/^npm_(lifecycle|package)_/.test(key) || ['npm_command', 'npm_config_local_prefix', 'npm_config_call', 'INIT_CWD'].includes(key)) {
      Reflect.deleteProperty(env, key);
    }
  }
  return env;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to its end or its time limit; on the limit, kills its whole process group. */
function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<Run> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      fail(new Error(`${command} ${args.join(' ')} took more than ${String(timeoutMs / 1000)} s (in ${cwd})\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** `run`, failing the test unless the command exits 0. */
async function ok(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<Run> {
  const result = await run(command, args, cwd, timeoutMs);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} exited ${String(result.status)} in ${cwd}\n${result.stderr}\n${result.stdout}`);
  return result;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** npm pack --json: one entry per tarball. */
interface PackReport {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number; mode: number }[];
}

/** A static file server for the consumer project, on 127.0.0.1 and a free port. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    try {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return { server, origin: `http://127.0.0.1:${String(address.port)}` };
}

/** A page with problem collectors: uncaught errors, console errors, failed or missing requests. */
async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return { page, problems };
}

/** Waits until `<fact-quiz>` shows the built-in quiz's start screen: its title and Start button. */
async function waitForStartScreen(page: Page, title: string): Promise<void> {
  const quiz = page.locator('fact-quiz').first();
  await quiz.getByRole('heading', { name: title }).waitFor({ state: 'visible', timeout: 20_000 });
  await quiz.getByRole('button', { name: /start/i }).waitFor({ state: 'visible', timeout: 5_000 });
}

/** Closes a test server, its kept-alive connections too. */
async function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((closed) => {
    server.close(() => {
      closed();
    });
  });
}

// The plugin's types describe its CommonJS build; Node loads its ES build, whose default export is the plugin.
const commonjs = commonjsModule as unknown as typeof commonjsModule.default;

/**
 * A site's own bundle of `entry` (a file of the consumer), as a site's bundler makes it:
 * the installed package and its dependencies resolved for browsers, seedrandom (CommonJS)
 * turned into a module. Written beside the entry as `out`.
 */
async function bundleForSite(consumer: string, entry: string, out: string): Promise<void> {
  const bundle = await rollup({
    input: join(consumer, entry),
    plugins: [nodeResolve({ browser: true, rootDir: consumer }), commonjs({ include: ['**/node_modules/seedrandom/**'], ignore: ['crypto'] })],
    onwarn: (warning) => {
      // compromise's own dependency suffix-thumb imports itself in a cycle: harmless, and not ours to fix.
      const theirs = warning.code === 'CIRCULAR_DEPENDENCY' && (warning.ids ?? []).every((id) => id.includes('/node_modules/') && !id.includes('/node_modules/fact-quiz/'));
      if (!theirs) throw new Error(`bundling ${entry}: ${warning.message}`);
    },
  });
  try {
    await bundle.write({ file: join(consumer, out), format: 'es', inlineDynamicImports: true });
  } finally {
    await bundle.close();
  }
}

const EMBED_SRC = './node_modules/fact-quiz/dist/fact-quiz.embed.js';
const html = (scripts: string[], body: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>fact-quiz consumer</title>
    <link rel="icon" href="data:," />
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/** A Node ESM consumer: the API and the pack as package subpaths. */
const NODE_CONSUMER = `import { generateQuiz, questionBank, validatePack } from 'fact-quiz';
import json from 'fact-quiz/state-visit.json' with { type: 'json' };

const result = validatePack(json);
if (!result.ok) throw new Error(result.problems.map((p) => \`\${p.path}: \${p.message}\`).join('\\n'));
const quiz = generateQuiz(result.pack, { seed: 'consumer', count: 5 });
const bank = questionBank(result.pack);
console.log(JSON.stringify({ quiz, bank: bank.questions.length }));
`;

/** A TypeScript consumer that uses the API, the element class and its typed events, and the teacher page. */
const TS_CONSUMER = `import { FactQuiz, generateQuiz, grade, questionBank, validatePack } from 'fact-quiz';
import type { FactQuizAnswerEvent, GenerateQuizOptions, Pack, Question, Quiz } from 'fact-quiz';
import type { FactQuiz as DefinedFactQuiz } from 'fact-quiz/define';
import { DEFAULT_SETTINGS, FactQuizClassroom, makeClassroom, type ClassroomSettings } from 'fact-quiz/classroom';
import json from 'fact-quiz/state-visit.json' with { type: 'json' };

const result = validatePack(json);
if (!result.ok) throw new Error(result.problems.map((p) => \`\${p.path}: \${p.message}\`).join('\\n'));
const pack: Pack = result.pack;
const options: GenerateQuizOptions = { seed: 'typed', count: 4, kinds: ['single', 'true-false'], difficulty: 'mixed', options: 4 };
const quiz: Quiz = generateQuiz(pack, options);
const first: Question | undefined = quiz.questions[0];
const kind: 'single' | 'multiple' | 'true-false' | 'order' | undefined = first?.kind;
const bank: Quiz = questionBank(pack, { seed: 'typed' });
const { score, total }: { score: number; total: number } = grade(quiz, first ? { [first.id]: first.answer } : {});

// the element: its class, the tag name map and the typed events
const element: FactQuiz | null = document.querySelector('fact-quiz');
const same: DefinedFactQuiz | null = element;
element?.addEventListener('fact-quiz-answer', (event: FactQuizAnswerEvent) => {
  const correct: boolean = event.detail.correct;
  console.log(correct);
});
if (element) element.quiz = quiz;
console.log(kind, bank.questions.length, score, total, same instanceof FactQuiz);

// the teacher page: its class in the tag name map, its settings and model
const teacher: FactQuizClassroom | null = document.querySelector('fact-quiz-classroom');
const settings: ClassroomSettings = { ...DEFAULT_SETTINGS, seed: 'typed', versions: 3 };
if (teacher) teacher.settings = settings;
const classroom = makeClassroom(pack, settings);
const fileNames: string[] = classroom.ok ? classroom.files.flatMap((f) => (f.ok ? [f.download.fileName] : [])) : [classroom.message];
console.log(fileNames);
`;

/** The same consumer with two deliberate type errors (lines 7 and 8). */
const TS_CONSUMER_WITH_ERRORS = `import { generateQuiz, validatePack, type Quiz } from 'fact-quiz';
import json from 'fact-quiz/state-visit.json' with { type: 'json' };

const result = validatePack(json);
if (result.ok) {
  // count is a number
  const quiz: Quiz = generateQuiz(result.pack, { count: 'five' });
  const seed: number = quiz.seed;
  console.log(seed);
}
`;

const tsconfig = (file: string): string =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        resolveJsonModule: true,
        strict: true,
        noEmit: true,
        // the shipped declarations are checked too, and need no @types/node
        skipLibCheck: false,
        types: [],
      },
      files: [file],
    },
    null,
    2,
  );

describe('the package, packed and installed the way users install it', { skip, timeout: 900_000 }, () => {
  let work = '';
  let consumer = '';
  let report: PackReport | undefined;
  const timings: string[] = [];

  before(
    async () => {
      work = mkdtempSync(join(tmpdir(), 'fact-quiz-consumer-'));
      const source = join(work, 'source');
      consumer = join(work, 'consumer');

      // a fresh clone's files, the repo's installed dependencies
      cpSync(REPO, source, {
        recursive: true,
        filter: (path) => {
          const top = relative(REPO, path).split(sep)[0] ?? '';
          return !NOT_COPIED.has(top) && !top.endsWith('.tgz') && !top.startsWith('.tmp');
        },
      });
      symlinkSync(join(REPO, 'node_modules'), join(source, 'node_modules'), 'dir');

      const build = await ok('npm', ['run', 'build'], source, 300_000);
      timings.push(`npm run build: ${seconds(build.ms)}`);

      // scripts already ran: the build above is what `prepare` would do
      const pack = await ok('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], source, 120_000);
      timings.push(`npm pack: ${seconds(pack.ms)}`);
      report = (JSON.parse(pack.stdout) as PackReport[])[0];
      assert.ok(report, `npm pack --json printed no report:\n${pack.stdout}`);

      mkdirSync(consumer);
      const init = await ok('npm', ['init', '-y'], consumer, 60_000);
      await ok('npm', ['pkg', 'set', 'type=module'], consumer, 60_000);
      const install = await ok(
        'npm',
        ['install', join(work, report.filename), '--no-audit', '--no-fund', '--prefer-offline'],
        consumer,
        300_000,
      );
      timings.push(`npm init + install: ${seconds(init.ms + install.ms)}`);
    },
    { timeout: 900_000 },
  );

  after(() => {
    if (!work) return;
    if (keep) console.log(`FACT_QUIZ_KEEP_CONSUMER: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });

  const tarball = (): PackReport => {
    assert.ok(report, 'npm pack did not run');
    return report;
  };
  const paths = (): string[] => tarball().files.map((f) => f.path);

  it('ships the build, its declarations and maps, the pack, its schema and the manifest', (t) => {
    const { filename, size, unpackedSize, entryCount } = tarball();
    t.diagnostic(`${filename}: ${String(size)} bytes packed, ${String(unpackedSize)} unpacked, ${String(entryCount)} files`);
    for (const timing of timings) t.diagnostic(timing);

    const files = new Set(paths());
    for (const file of SHIPPED_FILES) assert.ok(files.has(file), `${file} is not in the tarball`);
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/define.js', 'dist/define.d.ts', 'dist/classroom/define.js', 'dist/classroom/define.d.ts', 'dist/cli/main.js', 'dist/fact-quiz.embed.js']) {
      assert.ok(files.has(file), `${file} is not in the tarball`);
    }
    const js = [...files].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    const withoutMap = js.filter((f) => !files.has(`${f}.map`));
    assert.deepEqual(withoutMap, [], 'built files without a source map');
    const declarations = [...files].filter((f) => f.endsWith('.d.ts'));
    assert.ok(declarations.length >= 10, `only ${String(declarations.length)} declaration files`);
  });

  it('ships nothing else: no sources, tests, demo, article texts or CI', () => {
    const forbidden = paths().filter((f) => FORBIDDEN.some((prefix) => f.startsWith(prefix)));
    assert.deepEqual(forbidden, [], 'files that must not ship');
    const unexpected = paths().filter((f) => !f.startsWith('dist/') && !SHIPPED_FILES.has(f));
    assert.deepEqual(unexpected, [], 'files outside dist/ that are not on the list');
  });

  it('points every package.json entry at a shipped file', () => {
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/fact-quiz/package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      bin: Record<string, string>;
      main: string;
      types: string;
      customElements: string;
    };
    const files = new Set(paths());
    const targets = [
      pkg.main,
      pkg.types,
      pkg.customElements,
      ...Object.values(pkg.bin),
      ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ];
    for (const target of targets) assert.ok(files.has(target.replace(/^\.\//, '')), `package.json names ${target}, which is not in the tarball`);
    const bin = tarball().files.find((f) => f.path === (Object.values(pkg.bin)[0] ?? '').replace(/^\.\//, ''));
    assert.ok(bin && (bin.mode & 0o111) !== 0, 'the CLI is executable in the tarball');
  });

  it('imports in Node (ESM) and makes the same quiz as the repo from fact-quiz/state-visit.json', async () => {
    writeFileSync(join(consumer, 'main.mjs'), NODE_CONSUMER);
    const { stdout } = await ok(process.execPath, ['--no-warnings', 'main.mjs'], consumer, 60_000);
    const { quiz, bank } = JSON.parse(stdout) as { quiz: Quiz; bank: number };
    assert.deepEqual(quiz, generateQuiz(repoPack(), { seed: 'consumer', count: 5 }));
    assert.ok(bank > 5);
  });

  it('type-checks a TypeScript consumer (strict, module nodenext) against the shipped declarations', async () => {
    writeFileSync(join(consumer, 'typed.ts'), TS_CONSUMER);
    writeFileSync(join(consumer, 'tsconfig.json'), tsconfig('typed.ts'));
    await ok(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], consumer, 120_000);
  });

  it('reports a consumer\'s type errors against those declarations', async () => {
    writeFileSync(join(consumer, 'typed-error.ts'), TS_CONSUMER_WITH_ERRORS);
    writeFileSync(join(consumer, 'tsconfig.error.json'), tsconfig('typed-error.ts'));
    const { status, stdout } = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.error.json', '--pretty', 'false'], consumer, 120_000);
    assert.notEqual(status, 0, 'tsc accepted a consumer with type errors');
    const errors = stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.deepEqual(
      errors.map((line) => /^(typed-error\.ts)\((\d+),\d+\): error (TS\d+)/.exec(line)?.slice(1).join(':') ?? line),
      ['typed-error.ts:7:TS2322', 'typed-error.ts:8:TS2322'],
    );
  });

  it('runs `npx fact-quiz generate` from the installed package', async () => {
    const { stdout } = await ok('npx', ['--no', 'fact-quiz', 'generate', '--seed', 's', '--count', '5', '--format', 'json'], consumer, 60_000);
    const quiz = JSON.parse(stdout) as Quiz;
    assert.equal(quiz.format, 'fact-quiz/quiz@1');
    assert.equal(quiz.seed, 's');
    assert.equal(quiz.questions.length, 5);
    assert.deepEqual(quiz, generateQuiz(repoPack(), { seed: 's', count: 5 }));
  });

  it('exits 1 from `npx fact-quiz validate` on a broken pack, one line per problem, and 2 on bad usage', async () => {
    writeFileSync(join(consumer, 'broken.json'), JSON.stringify({ format: 'fact-quiz/pack@1', id: 'Not An Id' }));
    const invalid = await run('npx', ['--no', 'fact-quiz', 'validate', 'broken.json'], consumer, 60_000);
    assert.equal(invalid.status, 1, `validate exited ${String(invalid.status)}\n${invalid.stderr}`);
    const lines = (invalid.stdout + invalid.stderr).split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'));
    assert.ok(lines.length > 1);
    for (const line of lines) assert.match(line, /^broken\.json: \S+: \S/);

    const usage = await run('npx', ['--no', 'fact-quiz', 'no-such-command'], consumer, 60_000);
    assert.equal(usage.status, 2);
    assert.doesNotMatch(usage.stderr, /^\s+at /m, 'no stack trace');
  });

  it('drafts a pack from an article with `npx fact-quiz draft`, which `npx fact-quiz validate` accepts', async () => {
    writeFileSync(join(consumer, 'article.txt'), 'The minister will open the Lisbon Fair on Friday. Over 2,000 delegates are expected.\n');
    await ok('npx', ['--no', 'fact-quiz', 'draft', 'article.txt', '--date', '2024-03-13', '--out', 'packs/lisbon.json'], consumer, 120_000);
    const pack = JSON.parse(readFileSync(join(consumer, 'packs/lisbon.json'), 'utf8')) as { drafts: { object?: unknown }[] };
    assert.deepEqual(pack.drafts.map((d) => d.object).slice(0, 2), [{ date: '2024-03-15', precision: 'day', inferredYear: true, asWritten: 'Friday' }, { value: 2000, qualifier: 'over' }]);
    const { stdout } = await ok('npx', ['--no', 'fact-quiz', 'validate', 'packs/lisbon.json'], consumer, 60_000);
    assert.match(stdout, /packs\/lisbon\.json: ok \(0 facts/);
  });

  describe('dist/fact-quiz.embed.js alone, in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (set CHROME_PATH)` }, () => {
    let browser: Browser | undefined;
    let server: Server | undefined;
    let origin = '';
    const title = (): string => repoPack().title;

    before(async () => {
      writeFileSync(join(consumer, 'embed.html'), html([EMBED_SRC], '<fact-quiz></fact-quiz>'));
      // `?v=2`: a second module instance of the same file, as when two widgets on a page each bring the embed
      // The quiz as a publisher deploys it: made at build time, a static file beside the page.
      writeFileSync(join(consumer, 'pre-made.html'), html([EMBED_SRC], '<fact-quiz src="./node_modules/fact-quiz/questions/state-visit.quiz.json" no-intro></fact-quiz>'));
      writeFileSync(join(consumer, 'offline.html'), html([EMBED_SRC], '<fact-quiz src="./quiz.json"></fact-quiz>'));
      writeFileSync(join(consumer, 'twice.html'), html([EMBED_SRC, `${EMBED_SRC}?v=2`], '<fact-quiz></fact-quiz>\n    <fact-quiz seed="other"></fact-quiz>'));
      ({ server, origin } = await serve(consumer));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    });

    after(async () => {
      await browser?.close();
      const running = server;
      if (running) {
        running.closeAllConnections();
        await new Promise<void>((closed) => {
          running.close(() => {
            closed();
          });
        });
      }
    });

    it('renders the built-in quiz from a page with one script tag and one element', async () => {
      assert.ok(browser);
      const { page, problems } = await openPage(browser, `${origin}/embed.html`);
      try {
        await waitForStartScreen(page, title());
        const quiz = page.locator('fact-quiz');
        await quiz.getByRole('button', { name: /start/i }).click();
        await quiz.locator('fieldset legend').waitFor({ state: 'visible', timeout: 10_000 });
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    it('shows a pre-made quiz from src with the loader chunk alone: no engine, no pack parser, no problem sentences', async () => {
      assert.ok(browser);
      const { page, problems } = await openPage(browser, `${origin}/pre-made.html`);
      try {
        const made = JSON.parse(readFileSync(join(REPO, 'questions/state-visit.quiz.json'), 'utf8')) as Quiz;
        await page.locator('fact-quiz fieldset legend').waitFor({ state: 'visible', timeout: 10_000 });
        assert.equal((await page.locator('fact-quiz fieldset legend').textContent())?.trim(), made.questions[0]?.stem);
        const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? '').filter((name) => name.endsWith('.js')));
        assert.deepEqual(scripts.slice(0, 2), ['fact-quiz.embed.js', 'fact-quiz.loader.js']);
        for (const chunk of ['quiz-maker', 'parse', 'problems', 'failure']) assert.ok(!scripts.includes(`fact-quiz.${chunk}.js`), `${chunk} was loaded: ${scripts.join(', ')}`);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    it('says the quiz could not be loaded when the network goes after the embed, failure screen included', async () => {
      assert.ok(browser);
      const page = await browser.newPage();
      try {
        // Offline once the embed is here: the quiz file and every chunk fail.
        await page.route(/\/quiz\.json$|fact-quiz\.(?!embed)[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
        await page.goto(`${origin}/offline.html`);
        const alert = page.locator('fact-quiz [role="alert"]');
        await alert.waitFor({ state: 'visible', timeout: 10_000 });
        assert.match((await alert.textContent()) ?? '', /could not be loaded.*could not be reached/s);
      } finally {
        await page.close();
      }
    });

    it('loads twice on one page (two module instances) without an error', async () => {
      assert.ok(browser);
      const { page, problems } = await openPage(browser, `${origin}/twice.html`);
      try {
        await waitForStartScreen(page, title());
        const instances = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('fact-quiz.embed.js')).length);
        assert.equal(instances, 2, 'both script tags loaded the embed');
        await page.locator('fact-quiz').nth(1).getByRole('button', { name: /start/i }).waitFor({ state: 'visible', timeout: 10_000 });
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });

  /**
   * A page of the site whose whole code is `importLine`, bundled as a site's bundler would,
   * served and opened in Chromium by the suite's `before`, closed by its `after`.
   */
  function sitePage(name: string, importLine: string, body: string): { browser: () => Browser | undefined; url: string } {
    let browser: Browser | undefined;
    let server: Server | undefined;
    const page = { browser: () => browser, url: '' };
    before(async () => {
      writeFileSync(join(consumer, `${name}.mjs`), `${importLine}\n`);
      await bundleForSite(consumer, `${name}.mjs`, `${name}.bundle.js`);
      writeFileSync(join(consumer, `${name}.html`), html([`./${name}.bundle.js`], body));
      let origin: string;
      ({ server, origin } = await serve(consumer));
      page.url = `${origin}/${name}.html`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    });
    after(async () => {
      await browser?.close();
      await stopServer(server);
    });
    return page;
  }

  describe('fact-quiz/classroom in a site\'s bundle, in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (set CHROME_PATH)` }, () => {
    // a site's whole code for the teacher page: one import, then the tag in its HTML
    const site = sitePage('teacher', "import 'fact-quiz/classroom';", '<fact-quiz-classroom></fact-quiz-classroom>');

    it('shows the teacher page, styled by itself, and saves a file through the browser\'s download', async () => {
      const browser = site.browser();
      assert.ok(browser);
      const { page, problems } = await openPage(browser, site.url);
      try {
        const teacher = page.locator('fact-quiz-classroom');
        await teacher.getByRole('button', { name: 'Print worksheets' }).waitFor({ state: 'visible', timeout: 20_000 });
        assert.match((await teacher.getByRole('status').textContent()) ?? '', /^2 versions \(A to B\) of 10 questions from “.+”, seed [0-9a-z]{6}\.$/u);
        assert.equal(await teacher.locator('.downloads button').count(), 7);
        // the page has no stylesheet: the layout and the hidden empty alert are the element's own
        assert.equal(await teacher.evaluate((el) => getComputedStyle(el).display), 'grid');
        assert.equal(await teacher.getByRole('alert').isVisible(), false);

        const [download] = await Promise.all([page.waitForEvent('download'), teacher.getByRole('button', { name: 'Download Moodle GIFT' }).click()]);
        assert.match(download.suggestedFilename(), /^state-visit-[0-9a-z]{6}-A-to-B\.gift\.txt$/u);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });
  describe('fact-quiz/author in a site\'s bundle, in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (set CHROME_PATH)` }, () => {
    // the authoring page with its language libraries (chrono-node, compromise) through a site's bundler
    const site = sitePage('author', "import 'fact-quiz/author';", '<fact-quiz-author></fact-quiz-author>');

    it('drafts an article, accepts a candidate and saves the pack and its text through the browser\'s download', async () => {
      const browser = site.browser();
      assert.ok(browser);
      const { page, problems } = await openPage(browser, site.url);
      try {
        const author = page.locator('fact-quiz-author');
        await author.getByLabel('Article text').fill('The minister will open the Lisbon Fair on 3 June. Over 2,000 delegates are expected.');
        await author.getByLabel('Title').fill('Lisbon Fair');
        await author.getByLabel('Published on').fill('2024-03-13');
        await author.getByRole('button', { name: 'Find candidate facts' }).click();
        await author.getByRole('button', { name: /^Accept candidate/u }).first().click();
        await author.getByRole('heading', { name: /^Fact / }).waitFor({ state: 'visible', timeout: 10_000 });
        const downloads: string[] = [];
        page.on('download', (d) => downloads.push(d.suggestedFilename()));
        await author.getByRole('button', { name: 'Save pack and text' }).click();
        await page.waitForTimeout(500);
        assert.deepEqual(downloads.sort(), ['lisbon-fair.json', 'lisbon-fair.txt']);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });
});
