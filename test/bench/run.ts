/**
 * `npm run bench`: fact-quiz side by side with SurveyJS on this machine, in one run, and
 * test/bench/RESULTS.md with the method, the machine and the medians. A benchmark, not a
 * test: it asserts nothing and fails only when it can't measure.
 *
 * 1. Weight: gzipped bytes of everything each page loads to show a 5-question quiz.
 * 2. Time to first question: navigation start to the first question's text painted,
 *    headless Chromium, pages alternated, cold cache, at normal speed and with the CPU
 *    throttled 4x.
 * 3. Interaction: click to the change painted (selection, feedback, next question), and
 *    Chromium's own Event Timing of the click.
 * 4. Engine scale: test/bench/engine.ts, and peak memory in a process of its own.
 *
 * BENCH_RUNS (default 7, at least 5) sets the timed runs of each page and speed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh } from '../unit/freshness.js';
import { BenchError, browserRuns, CHROMIUM, type LoadProfile, type PageRun, type Reaction } from './browser.js';
import { engineFigures, median, type EngineFigures } from './engine.js';
import { benchPages, QUIZ, type BenchPage, type Change } from './pages.js';
import { serve } from './server.js';
import { embedBreakdown, gzipSize, pageWeight, sourceGroupAt, type GroupWeight, type PageWeight } from './weight.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(ROOT);

const EMBED = 'dist/fact-quiz.embed.js';
/** What the embed is built from (as test/unit/embed-size.test.ts has it). */
const EMBED_INPUTS = ['src', 'questions/state-visit.json', 'rollup.config.mjs'];
const RESULTS = 'test/bench/RESULTS.md';
const PAGES_DIR = 'test/bench/pages';
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7) || 7);
const THROTTLES = [1, 4] as const;
const GOALS = { weightRatio: 20, firstQuestionRatio: 3, frameMs: 16 };

const started = performance.now();
const log = (line: string): void => {
  console.log(line);
};
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------
// Figures

function spread(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '—';
  return `${Math.min(...finite).toFixed(0)}–${Math.max(...finite).toFixed(0)}`;
}

const ms = (value: number, digits = 0): string => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '—');
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const times = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '—');
const verdict = (met: boolean): string => (met ? 'met' : '**missed**');
const seconds = (msValue: number | undefined): string => `${((msValue ?? NaN) / 1000).toFixed(1)} s`;

/** A markdown table, numbers right-aligned. */
function markdownTable(head: string[], body: (string | number)[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...body.map((row) => `| ${row.map(String).join(' | ')} |`)];
}

// ---------------------------------------------------------------------------
// The embed

/** Builds the embed (only the embed: test/scripts/build-embed.mjs) when it is missing or older than its sources. */
function ensureEmbed(): string[] {
  if (isFresh(EMBED, EMBED_INPUTS)) return [];
  log(`${EMBED} is ${existsSync(EMBED) ? 'older than its sources' : 'missing'}: building it`);
  const build = spawnSync(process.execPath, ['test/scripts/build-embed.mjs'], { stdio: 'inherit' });
  if (build.status !== 0 || !isFresh(EMBED, EMBED_INPUTS)) throw new BenchError(`building ${EMBED} failed (see above): nothing current to measure.`);
  return [`${EMBED} was built from the current sources for this run (${statSync(EMBED).mtime.toISOString().slice(0, 19)}Z).`];
}

// ---------------------------------------------------------------------------
// The machine

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return `${pretty[1]} (${osType()} ${release()})`;
  } catch {
    // not Linux
  }
  return `${osType()} ${release()}`;
}

// ---------------------------------------------------------------------------
// The run

interface Summary {
  weight: Record<BenchPage['name'], PageWeight>;
  breakdown: GroupWeight[] | undefined;
  runs: PageRun[];
  profiles: LoadProfile[];
  firstIntlMs: number;
  engine: { rows: EngineFigures[]; ratio: number };
  chromium: string;
  versions: { surveyCore: string; surveyJsUi: string };
  stems: string[];
  notes: string[];
  seconds: number;
  /** 1-minute load average when the run started and ended. */
  load: { start: number; end: number };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new BenchError(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM to its path.`);
  const loadAtStart = loadavg()[0] ?? NaN;
  const notes = ensureEmbed();
  const embedFile = join(ROOT, EMBED);
  const { quiz, pages, versions } = benchPages(join(ROOT, PAGES_DIR), embedFile);
  const stems = quiz.questions.map((q) => q.stem);
  const [first, second] = stems;
  if (first === undefined || second === undefined) throw new Error('The bench quiz has fewer than two questions.');
  log(`fact-quiz vs SurveyJS ${versions.surveyCore}: ${String(RUNS)} runs of each page at ${THROTTLES.map((t) => `${String(t)}x`).join(' and ')} CPU; pages in ${PAGES_DIR}/`);

  const server = await serve(pages);
  let browser: Awaited<ReturnType<typeof browserRuns>>;
  try {
    const groupAt = sourceGroupAt(embedFile, true);
    browser = await browserRuns({
      server,
      pages,
      stems: [first, second],
      lang: quiz.pack.lang,
      runs: RUNS,
      throttles: THROTTLES,
      profiledLoads: 3,
      ...(groupAt ? { sourceGroups: { '/fact-quiz.embed.js': groupAt } } : {}),
      log,
    });
  } finally {
    await server.close();
  }
  log(`browser done (${elapsed()}); engine benchmark next (a few minutes)`);

  // Weight: what the server sent for each page; the same in every run, or the figure is void.
  const weight = {} as Record<BenchPage['name'], PageWeight>;
  for (const page of pages) {
    const loads = browser.runs.filter((r) => r.page === page.name).map((r) => pageWeight(r.loaded));
    const one = loads[0];
    if (!one) throw new Error(`No load of ${page.name} to weigh.`);
    if (loads.some((l) => l.bytes !== one.bytes)) notes.push(`${page.name} did not load the same bytes in every run; the weight is the first run's.`);
    weight[page.name] = one;
  }

  const engine = engineFigures({ minRuns: 5, log });
  const summary: Summary = {
    weight,
    breakdown: embedBreakdown(embedFile),
    runs: browser.runs,
    profiles: browser.profiles,
    firstIntlMs: median(browser.firstIntlMs),
    engine,
    chromium: browser.chromium,
    versions,
    stems,
    notes,
    seconds: (performance.now() - started) / 1000,
    load: { start: loadAtStart, end: loadavg()[0] ?? NaN },
  };
  const { markdown, printed } = report(summary);
  writeFileSync(RESULTS, markdown);
  log('');
  for (const line of printed) log(line.replace(/\*\*/g, ''));
  log(`\nwrote ${RESULTS} (${elapsed()})`);
}

// ---------------------------------------------------------------------------
// The report

function report(s: Summary): { markdown: string; printed: string[] } {
  const fq = s.weight['fact-quiz'];
  const sj = s.weight.SurveyJS;
  const weightRatio = sj.gzip / fq.gzip;

  const pick = (page: BenchPage['name'], throttle: number): PageRun[] => s.runs.filter((r) => r.page === page && r.throttle === throttle);
  const medianOf = (page: BenchPage['name'], throttle: number, value: (run: PageRun) => number | undefined): number =>
    median(pick(page, throttle).map((r) => value(r) ?? NaN));
  const firstOf = (page: BenchPage['name'], throttle: number): number => medianOf(page, throttle, (r) => r.firstPainted);
  const reaction = (page: BenchPage['name'], throttle: number, change: Change, key: keyof Reaction = 'paint'): number =>
    medianOf(page, throttle, (r) => r.reactions[change]?.[key]);
  /** Event Timing reports only durations of 16 ms and more. */
  const presented = (value: number): string => (value < GOALS.frameMs ? `< ${String(GOALS.frameMs)} ms` : ms(value));

  const ttfq = THROTTLES.map((t) => {
    const a = firstOf('fact-quiz', t);
    const b = firstOf('SurveyJS', t);
    const floor = firstOf('plain HTML', t);
    const fcpRatio = medianOf('SurveyJS', t, (r) => r.fcp) / medianOf('fact-quiz', t, (r) => r.fcp);
    // The intro: from its Start button shown (and clicked) to the question's frame painted.
    const afterStart = medianOf('fact-quiz', t, (r) => (r.intro === undefined || r.firstPainted === undefined ? undefined : r.firstPainted - r.intro));
    return { t, a, b, floor, ratio: b / a, ownRatio: (b - floor) / (a - floor), fcpRatio, afterStart, met: b / a >= GOALS.firstQuestionRatio };
  });
  const inter = THROTTLES.map((t) => {
    const select = reaction('fact-quiz', t, 'selected');
    const feedback = reaction('fact-quiz', t, 'feedback');
    const sjFeedback = reaction('SurveyJS', t, 'feedback');
    return {
      t,
      select,
      feedback,
      feedbackDom: reaction('fact-quiz', t, 'feedback', 'dom'),
      feedbackPresented: reaction('fact-quiz', t, 'feedback', 'presented'),
      sjFeedback,
      sjPresented: reaction('SurveyJS', t, 'feedback', 'presented'),
      floor: reaction('plain HTML', t, 'selected'),
      ratio: sjFeedback / feedback,
      met: select < GOALS.frameMs && feedback < GOALS.frameMs,
    };
  });
  const [normal, slow] = ttfq;
  const [i1, i4] = inter;
  if (!normal || !slow || !i1 || !i4) throw new Error('Missing browser figures.');
  const rows = s.engine.rows;
  const stateVisit = rows[0];
  const big = rows[3];
  const pack = s.breakdown?.find((g) => g.group === 'built-in pack');
  const profile = s.profiles.find((p) => p.page === 'fact-quiz');
  const sjProfile = s.profiles.find((p) => p.page === 'SurveyJS');
  const wording = profile?.groups.find((g) => g.group === 'src/engine/verbalise.ts');
  const parts = (p: LoadProfile | undefined): string =>
    (p?.groups ?? [])
      .slice(0, 3)
      .map((g) => `${g.group} ${ms(g.ms)}`)
      .join(', ');

  // One line per figure, with the ratio to SurveyJS.
  const summary = [
    `- **Weight**: fact-quiz ${kb(fq.gzip)} gzipped vs SurveyJS ${kb(sj.gzip)}: **${times(weightRatio)} lighter** (goal ≥ ${String(GOALS.weightRatio)}×: ${verdict(weightRatio >= GOALS.weightRatio)}).`,
    `- **Time to first question**: fact-quiz ${ms(normal.a)} vs SurveyJS ${ms(normal.b)}: **${times(normal.ratio)} faster**; CPU 4× slower: ${ms(slow.a)} vs ${ms(slow.b)}: **${times(slow.ratio)} faster** (goal ≥ ${String(GOALS.firstQuestionRatio)}×: ${verdict(normal.met)} at 1×, ${verdict(slow.met)} at 4×). Above a plain HTML page's ${ms(normal.floor)} / ${ms(slow.floor)}: ${times(normal.ownRatio)} / ${times(slow.ownRatio)}.`,
    `- **Interaction** (click → feedback painted): fact-quiz ${ms(i1.feedback, 1)} (Check; option → shown chosen ${ms(i1.select, 1)}) vs SurveyJS ${ms(i1.sjFeedback, 1)} (option): **${times(i1.ratio)} faster**; CPU 4× slower: ${ms(i4.feedback, 1)} vs ${ms(i4.sjFeedback, 1)}: **${times(i4.ratio)} faster** (goal < ${String(GOALS.frameMs)} ms for fact-quiz: ${verdict(i1.met)} at 1×, ${verdict(i4.met)} at 4×). Chromium's Event Timing, click to that frame on screen: ${presented(i1.feedbackPresented)} vs ${presented(i1.sjPresented)}; at 4× ${presented(i4.feedbackPresented)} vs ${presented(i4.sjPresented)}.`,
    `- **Engine scale** (no SurveyJS counterpart: SurveyJS makes no questions): 10-question quiz from the default pack ${ms(stateVisit?.quizMs ?? NaN, 2)}; bank of the 100k pack ${seconds(big?.bankMs)} (${(big?.bankQuestions ?? NaN).toLocaleString('en')} questions); growth 100k / 10k ${s.engine.ratio.toFixed(2)} (linear is 10); peak memory for the 100k pack +${(big?.peakMemoryMb ?? NaN).toFixed(0)} MB.`,
  ];

  // The figures side by side.
  const glanceHead = ['figure', 'fact-quiz', 'SurveyJS', 'ratio', 'goal', ''];
  const glanceBody = [
    ['weight, gzipped', kb(fq.gzip), kb(sj.gzip), `${times(weightRatio)} lighter`, `≥ ${String(GOALS.weightRatio)}× lighter`, verdict(weightRatio >= GOALS.weightRatio)],
    ...ttfq.map((r) => [`first question painted, ${String(r.t)}× CPU`, ms(r.a), ms(r.b), `${times(r.ratio)} faster`, `≥ ${String(GOALS.firstQuestionRatio)}× faster`, verdict(r.met)]),
    ...inter.map((r) => [`click → feedback painted, ${String(r.t)}× CPU`, `${ms(r.feedback, 1)} (Check)`, `${ms(r.sjFeedback, 1)} (option)`, `${times(r.ratio)} faster`, `< ${String(GOALS.frameMs)} ms`, verdict(r.met)]),
    ['engine: 10-question quiz, default pack', ms(stateVisit?.quizMs ?? NaN, 2), '—', '', '< 2 ms (engine)', verdict((stateVisit?.quizMs ?? Infinity) < 2)],
    ['engine: bank of the 100k pack', seconds(big?.bankMs), '—', '', '< 2 s (engine)', verdict((big?.bankMs ?? Infinity) < 2000)],
    ['engine: bank growth 100k / 10k', s.engine.ratio.toFixed(2), '—', '', '≤ 12 (engine)', verdict(s.engine.ratio <= 12)],
    ['engine: peak memory, 100k pack', `+${(big?.peakMemoryMb ?? NaN).toFixed(0)} MB`, '—', '', '', ''],
  ];

  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };
  const table = (head: string[], body: (string | number)[][]): void => {
    for (const row of markdownTable(head, body)) line(row);
    line();
  };

  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src', 'questions']) !== '';
  const cpu = cpus();
  line('# fact-quiz vs SurveyJS: benchmark results');
  line();
  line(`Written by \`npm run bench\` (test/bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${(s.seconds / 60).toFixed(1)} minutes. Don't edit it: run the benchmark again. Figures are medians of ${String(RUNS)} runs unless said otherwise; they hold for this machine only.`);
  line();
  line('## At a glance');
  line();
  table(glanceHead, glanceBody);
  for (const g of summary) line(g);
  line();
  line('## Machine');
  line();
  table(
    ['', ''],
    [
      ['CPU', `${cpu[0]?.model ?? 'unknown'}, ${String(cpu.length)} cores`],
      ['Memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
      ['Load (1-minute average): before the run / at its end, its own work included', `${s.load.start.toFixed(1)} / ${s.load.end.toFixed(1)}`],
      ['OS', osName()],
      ['Node', process.version],
      ['Chromium', `${s.chromium} (headless, ${CHROMIUM} through playwright-core)`],
      ['fact-quiz', `${commit || 'unknown commit'}${dirty ? ' with uncommitted changes in src/ or questions/' : ''}`],
      ['SurveyJS', `survey-core ${s.versions.surveyCore}, survey-js-ui ${s.versions.surveyJsUi}`],
    ],
  );
  for (const note of s.notes) line(`Note: ${note}`);
  if (s.notes.length) line();

  line('## The pages');
  line();
  line(`Both show the same five single-answer questions: \`generateQuiz(stateVisitPack, {seed: '${QUIZ.seed}', count: ${String(QUIZ.count)}, kinds: ['single']})\`, first "${s.stems[0] ?? ''}". The pages are written to \`${PAGES_DIR}/\` (git-ignored) for anyone to open.`);
  line();
  line(`- **fact-quiz**: \`<script type="module" src="fact-quiz.embed.js">\` and \`<fact-quiz seed="${QUIZ.seed}" count="${String(QUIZ.count)}" kinds="single" mode="practice">\`. The element makes the quiz in the browser from its built-in pack. It opens on an intro with a Start button and has no attribute to skip it, so the measuring script clicks Start in the first frame the button is in (before that frame is painted), and that time is counted.`);
  line('- **SurveyJS**: `survey-core.fontless.min.css`, `survey.core.min.js` and `survey-js-ui.min.js` in `<head>` as its documentation shows, then `new Survey.Model(json)` and `survey.render(element)`. The JSON (`pages/survey.json`): one `radiogroup` per question with its `correctAnswer` and `isRequired`, `questionsOnPageMode: "questionPerPage"`, `showProgressBar`, `checkErrorsMode: "onValueChanged"`, and a `completedHtml` with `{correctAnswers}` of `{questionCount}`. SurveyJS has no per-question feedback (and no `showCorrectAnswer` setting), so the page adds it through its API as fact-quiz shows it: `onValueChanged` sets the question\'s description to ✓ Right or ✗ Wrong with the explanation and makes the question read-only. No start page: SurveyJS shows the first question at once. The fontless theme is used because the default `survey-core.min.css` also fetches Open Sans from fonts.gstatic.com (not counted, and not reachable here).');
  line('- **plain HTML**: a control, the first question\'s text in a `<p>` and no script: the floor for any widget in this setup (new renderer, navigation, first paint).');
  line();

  line('## 1. Weight');
  line();
  line('Every file the page loaded, as the benchmark\'s server logged it (the same in every run), gzipped at level 9. Fonts and images: none on either page.');
  line();
  table(
    ['page', 'file', 'bytes', 'gzipped'],
    (['fact-quiz', 'SurveyJS'] as const).flatMap((name) => [
      ...s.weight[name].files.map((f) => [name, f.url.slice(1), f.bytes.toLocaleString('en'), f.gzip.toLocaleString('en')]),
      [`**${name}**`, '**total**', `**${s.weight[name].bytes.toLocaleString('en')}**`, `**${s.weight[name].gzip.toLocaleString('en')}**`],
    ]),
  );
  const defaultCss = join(ROOT, 'node_modules/survey-core/survey-core.min.css');
  if (existsSync(defaultCss)) line(`SurveyJS's default theme \`survey-core.min.css\` would be ${gzipSize(readFileSync(defaultCss)).toLocaleString('en')} bytes gzipped, plus its web fonts.`);
  line();
  line(`**${times(weightRatio)} lighter** than SurveyJS (goal ${String(GOALS.weightRatio)}×: ${verdict(weightRatio >= GOALS.weightRatio)}). At ${String(GOALS.weightRatio)}×, fact-quiz would have to weigh ${kb(sj.gzip / GOALS.weightRatio)} gzipped.`);
  line();
  if (s.breakdown) {
    const total = s.breakdown.reduce((sum, g) => sum + g.bytes, 0);
    line('What the embed is made of (its source map says which source each minified byte came from; each group gzipped alone, so the column adds up to a little more than the file):');
    line();
    table(
      ['source', 'minified bytes', 'share', 'gzipped alone'],
      s.breakdown.map((g) => [g.group, g.bytes.toLocaleString('en'), `${((100 * g.bytes) / total).toFixed(0)}%`, g.gzip.toLocaleString('en')]),
    );
  }

  line('## 2. Time to first question');
  line();
  line(`Navigation start to the end of the first frame that painted the first question's text (\`performance.now()\` in the page; a \`setTimeout\` queued from the frame's \`requestAnimationFrame\` runs after its paint). Each run is a new browser context (empty cache; the server sends \`Cache-Control: no-store\`), pages alternated fact-quiz, SurveyJS, plain HTML, then again; one load of each page before the timed runs is not counted. CPU 4×: \`Emulation.setCPUThrottlingRate {rate: 4}\` through a DevTools protocol session, standing in for a phone. The server is on 127.0.0.1 without compression, so transfer time is close to nil: these figures are parse, run and render, not network. Chromium's own first contentful paint (the frame on screen; on both pages it is the first question's frame) is shown as a check.`);
  line();
  const ttfqRows: (string | number)[][] = [];
  for (const t of THROTTLES) {
    for (const page of ['fact-quiz', 'SurveyJS', 'plain HTML'] as const) {
      const runs = pick(page, t);
      const first = runs.map((r) => r.firstPainted ?? NaN);
      ttfqRows.push([
        `${page}, ${String(t)}× CPU`,
        `**${ms(median(first))}**`,
        spread(first),
        ms(median(runs.map((r) => r.fcp ?? NaN))),
        page === 'fact-quiz' ? ms(median(runs.map((r) => r.intro ?? NaN))) : '',
        ms(median(runs.map((r) => r.domContentLoaded ?? NaN))),
      ]);
    }
  }
  table(['page', 'first question painted', 'range', 'first contentful paint', 'Start shown', 'DOMContentLoaded'], ttfqRows);
  for (const r of ttfq) {
    line(`- ${String(r.t)}× CPU: fact-quiz **${times(r.ratio)} faster** than SurveyJS (goal ${String(GOALS.firstQuestionRatio)}×: ${verdict(r.met)}); by first contentful paint ${times(r.fcpRatio)}. Above the plain HTML page (${ms(r.floor)}), fact-quiz takes ${ms(r.a - r.floor)} and SurveyJS ${ms(r.b - r.floor)}: ${times(r.ownRatio)}.`);
  }
  line();
  if (s.profiles.length) {
    line('Where the main thread went during a load (sampling profiler, normal CPU, mean of 3 loads that are not among the timed runs; the profiler slows scripts down a little). fact-quiz by source through the embed\'s source map (its own sources file by file), SurveyJS by file:');
    line();
    table(
      ['page', 'script', 'garbage collection', 'largest parts'],
      s.profiles.map((p) => [p.page, ms(p.scriptMs), ms(p.gcMs), p.groups.slice(0, 5).map((g) => `${g.group} ${ms(g.ms)}`).join(', ')]),
    );
  }

  line('## 3. Interaction');
  line();
  line('A real click (playwright through the DevTools protocol; the page idle before it), from the click event\'s timestamp to:');
  line();
  line('- **painted**: the end of the main thread\'s paint of the first frame with the change (a `setTimeout` queued from that frame\'s `requestAnimationFrame`);');
  line('- **DOM**: the change first seen in the DOM and laid out (a MutationObserver, or the next frame for a change that makes no mutation, such as a radio button\'s checked state; the check that the change is visible forces the style and layout the frame would do);');
  line(`- **on screen**: Chromium's Event Timing duration of the click (PerformanceObserver \`event\`): to the next frame presented, in steps of 8 ms; Chromium reports none under ${String(GOALS.frameMs)} ms, shown as "< ${String(GOALS.frameMs)} ms".`);
  line();
  line('What is clicked:');
  line();
  line('- fact-quiz (practice mode): an option → the option shown chosen; Check → the feedback (✓ or ✗, the key, the explanation and its source); Next → the second question.');
  line('- SurveyJS: an option → the option shown chosen and, from the same click, the feedback (the `onValueChanged` description above); Next → the second question (SurveyJS also animates the page change; this is when the text is first painted).');
  line('- plain HTML: a click on the text that changes nothing: the wait for the next frame that every click pays (a frame is 16.7 ms here, so on average about half of one).');
  line();
  const cell = (page: BenchPage['name'], t: number, change: Change): string => {
    const paint = reaction(page, t, change);
    if (!Number.isFinite(paint)) return '—';
    return `**${ms(paint, 1)}** (DOM ${ms(reaction(page, t, change, 'dom'), 1)}, on screen ${presented(reaction(page, t, change, 'presented'))})`;
  };
  const interRows: (string | number)[][] = [];
  for (const t of THROTTLES) {
    interRows.push([`fact-quiz, ${String(t)}× CPU`, cell('fact-quiz', t, 'selected'), `${cell('fact-quiz', t, 'feedback')}, Check`, cell('fact-quiz', t, 'next')]);
    interRows.push([`SurveyJS, ${String(t)}× CPU`, cell('SurveyJS', t, 'selected'), `${cell('SurveyJS', t, 'feedback')}, option`, cell('SurveyJS', t, 'next')]);
    interRows.push([`plain HTML, ${String(t)}× CPU`, cell('plain HTML', t, 'selected'), '', '']);
  }
  table(['page', 'option → shown chosen', 'answer → feedback', 'Next → next question'], interRows);
  for (const r of inter) {
    line(`- ${String(r.t)}× CPU: feedback painted, fact-quiz ${ms(r.feedback, 1)} vs SurveyJS ${ms(r.sjFeedback, 1)} (${times(r.ratio)}); option shown chosen ${ms(r.select, 1)} vs ${ms(reaction('SurveyJS', r.t, 'selected'), 1)}; next question ${ms(reaction('fact-quiz', r.t, 'next'), 1)} vs ${ms(reaction('SurveyJS', r.t, 'next'), 1)}. Goal under ${String(GOALS.frameMs)} ms for fact-quiz: ${verdict(r.met)}.`);
  }
  line();

  line('## 4. Engine scale');
  line();
  line('test/bench/engine.ts (also `npm run bench:engine`), in this process after the browser runs: validate, bank (every question a pack can make, on a fresh copy each run) and a 10-question quiz from the loaded pack, medians of at least 5 runs (11 for the default pack; quizzes: 20, or as many as fit in 5 s, at least 5). Synthetic packs from test/packs/synthetic.ts (named by the facts asked for; the facts column is what the generator made). Peak memory: a separate node process per pack (test/bench/memory.ts) makes the pack, validates, banks and makes a quiz; the figure is its peak resident set size (`process.resourceUsage().maxRSS`) above its size once the modules are loaded; the live heap is read after a forced full GC.');
  line();
  table(
    ['pack', 'facts', 'validate', 'bank', 'questions', 'questions/s', '10-question quiz (runs)', 'peak memory', 'heap: pack / with bank'],
    rows.map((r) => [
      r.name,
      r.facts,
      ms(r.validateMs, 1),
      ms(r.bankMs),
      r.bankQuestions,
      Math.round(r.questionsPerSecond),
      `${ms(r.quizMs, 2)} (${String(r.quizRuns)})`,
      r.peakMemoryMb === undefined ? '' : `+${r.peakMemoryMb.toFixed(0)} MB (peak RSS ${(r.memory?.peakRssMb ?? NaN).toFixed(0)} MB)`,
      r.memory ? `${r.memory.packHeapMb.toFixed(1)} / ${r.memory.bankHeapMb.toFixed(0)} MB` : '',
    ]),
  );
  line(`Bank time 100k / 10k: **${s.engine.ratio.toFixed(2)}** (linear growth is 10; the engine's own limit is 12: ${verdict(s.engine.ratio <= 12)}). Bank of the 100k pack: ${seconds(big?.bankMs)} (the engine's target is under 2 s: ${verdict((big?.bankMs ?? Infinity) < 2000)}). 10-question quiz from the loaded default pack: ${ms(stateVisit?.quizMs ?? NaN, 2)} (target under 2 ms: ${verdict((stateVisit?.quizMs ?? Infinity) < 2)}). A 10-question quiz from a loaded synthetic pack takes ${rows.slice(1).map((r) => `${r.name.replace('synthetic ', '')} ${ms(r.quizMs)}`).join(', ')}: it grows with the pack, not with the 10 questions.`);
  line();

  line('## Goals, and what limits them');
  line();
  const withoutPack = pack ? fq.gzip - pack.gzip : NaN;
  const gzipOf = (group: string): string => {
    const found = s.breakdown?.find((g) => g.group === group);
    return found ? kb(found.gzip) : '—';
  };
  line(`- **Weight** (${times(weightRatio)}, goal ${String(GOALS.weightRatio)}×): ${verdict(weightRatio >= GOALS.weightRatio)}. ${weightRatio >= GOALS.weightRatio ? '' : `${String(GOALS.weightRatio)}× would need ${kb(sj.gzip / GOALS.weightRatio)}. The embed carries the whole built-in pack (${gzipOf('built-in pack')} gzipped alone; it can make every quiz of the pack, not just these five questions), the whole engine (${gzipOf('engine (src/engine)')}), the element (${gzipOf('element (src/components)')}) and Lit (${gzipOf('Lit')}). Without the pack it would be about ${kb(withoutPack)}, ${times(sj.gzip / withoutPack)} lighter than SurveyJS: the goal needs a build without the built-in pack (a pack fetched with \`src\`, or a ready \`quiz\`) and a smaller engine and element too.`}`);
  line(`- **Time to first question** (${times(normal.ratio)} / ${times(slow.ratio)} at 4× CPU, goal ${String(GOALS.firstQuestionRatio)}×): ${verdict(normal.met)} at 1×, ${verdict(slow.met)} at 4×. A page with no script at all takes ${ms(normal.floor)} (${ms(slow.floor)} at 4×) here: a new renderer, the navigation and the first paint, which no widget can go below and which is in both figures; above it fact-quiz is ${times(normal.ownRatio)} / ${times(slow.ownRatio)} faster. fact-quiz's own time is running the embed: ${profile ? `${ms(profile.scriptMs)} of script in the profiled loads (largest: ${parts(profile)}; SurveyJS ${ms(sjProfile?.scriptMs ?? NaN)}: ${parts(sjProfile)})` : 'see the profile'}. ${wording ? `src/engine/verbalise.ts (${ms(wording.ms)}) is where the engine makes its \`Intl\` number, date and list formats to word the quiz: ` : 'The engine words the quiz through `Intl` formatters: '}the first \`Intl\` formatter in a fresh page costs ${ms(s.firstIntlMs)} on its own here (ICU's data loaded on first use; median of 3 pages with no script), ${((100 * s.firstIntlMs) / (normal.a - normal.floor)).toFixed(0)}% of fact-quiz's time above the floor. The intro is not what limits it: its Start button is clicked in the frame it first appears in, so the intro is never painted, and the question's frame is painted ${ms(normal.afterStart)} (${ms(slow.afterStart)} at 4×) later: rendering the question, which a page without the intro would do too, and that frame's layout and paint.`);
  line(`- **Interaction** (feedback ${ms(i1.feedback, 1)}, option ${ms(i1.select, 1)}; ${ms(i4.feedback, 1)} / ${ms(i4.select, 1)} at 4× CPU; goal ${String(GOALS.frameMs)} ms): ${verdict(i1.met)} at 1×, ${verdict(i4.met)} at 4×. Any click waits for the next frame (the plain page: ${ms(i1.floor, 1)}, ${ms(i4.floor, 1)} at 4×). The feedback is in the DOM and laid out ${ms(i1.feedbackDom, 1)} after the click (${ms(i4.feedbackDom, 1)} at 4×), against ${ms(reaction('fact-quiz', 1, 'next', 'dom'), 1)} for the next question: Check adds a block of text (the verdict, the key, the explanation and the source's quote), and its first style and layout are the element's own cost; the frame's paint comes on top. On screen (Event Timing) it is ${presented(i1.feedbackPresented)} (${presented(i4.feedbackPresented)} at 4×): the compositor's raster and the software display add to the main thread's paint, more so when the machine is busy.`);
  line('- **Engine scale**: see section 4; SurveyJS has no counterpart (it doesn\'t make questions), so there is no ratio.');
  line();
  line('## Uncertainty');
  line();
  line(`- Medians of ${String(RUNS)} runs on a shared ${String(cpu.length)}-core virtual machine (the load before the run, in the machine table, says how busy other work kept it; compare the ratios within one run rather than figures across runs); the ranges in section 2 show the spread. Headless Chromium with \`--disable-gpu\` paints in software; real phones differ from a 4× throttle (which slows the renderer's main thread only).`);
  line('- "Painted" is the end of the main thread\'s paint of that frame; the pixels reach the screen later (first contentful paint and Event Timing, from Chromium itself, are shown for comparison).');
  line('- Frame timing rounds interaction figures up to the next frame: a change done in 1 ms after a click still waits for the frame, so the figures move in steps and vary with where in the frame the click lands.');
  line();
  return { markdown: `${out.join('\n')}\n`, printed: [...markdownTable(glanceHead, glanceBody), '', ...summary] };
}

try {
  await main();
} catch (error) {
  // A failure the reader can act on is one line; anything else is a bug in the benchmark.
  console.error(`npm run bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
