/**
 * `npm run bench`: fact-quiz, deployed two ways (a pre-made quiz; the built-in pack and
 * the engine chunk), side by side with SurveyJS on this machine, in one run, and
 * test/bench/RESULTS.md with the method, the machine and the medians. A benchmark, not a
 * test: it asserts nothing and fails only when it can't measure.
 *
 * 1. Weight: gzipped bytes of everything each page loads to show a 5-question quiz, and
 *    what the first load and the lazily loaded chunks are made of.
 * 2. Time to first question: navigation start to the first question's text painted,
 *    headless Chromium, pages alternated, cold cache, at normal speed, with the CPU
 *    throttled 4x and over an emulated mobile network.
 * 3. Layout shift from navigation through the first interaction.
 * 4. Interaction: click to the change painted (selection, feedback, next question), and
 *    Chromium's own Event Timing of the click.
 * 5. Engine scale: test/bench/engine.ts, and peak memory in a process of its own.
 *
 * BENCH_RUNS (default 7, at least 5) sets the timed runs of each page and condition.
 * BENCH_QUICK=1, for working on the benchmark: one run of each, no profile, no engine
 * figures, and the report in test/bench/pages/RESULTS.quick.md instead of RESULTS.md.
 * Every run saves its figures in test/bench/pages/summary.json; BENCH_SUMMARY=that file
 * writes the report again from them without measuring (to work on the report).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh } from '../unit/freshness.js';
import { BenchError, browserRuns, CHROMIUM, type Condition, type LoadProfile, type MissingPage, type PageRun, type Reaction } from './browser.js';
import { engineFigures, median } from './engine.js';
import { benchPages, FACT_QUIZ_PAGES, QUIZ, QUIZ_FILE, type Change, type FactQuizPage, type PageName } from './pages.js';
import { atLeast, times, under } from './goals.js';
import { serve } from './server.js';
import { bundleBreakdown, gzipSize, pageWeight, sourceGroupAt, type FileBreakdown, type FileWeight, type PageWeight } from './weight.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(ROOT);

const EMBED = 'dist/fact-quiz.embed.js';
/** What the embed is built from (as test/unit/embed-size.test.ts has it). */
const EMBED_INPUTS = ['src', 'questions/state-visit.json', 'rollup.config.mjs'];
const RESULTS = 'test/bench/RESULTS.md';
const PAGES_DIR = 'test/bench/pages';
const QUICK = process.env.BENCH_QUICK === '1';
const QUICK_OUTPUT = `${PAGES_DIR}/RESULTS.quick.md`;
const OUTPUT = QUICK ? QUICK_OUTPUT : RESULTS;
const RUNS = QUICK ? 1 : Math.max(5, Number(process.env.BENCH_RUNS ?? 7) || 7);
/** The mobile network of the issue (DevTools' "Slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; CPU not throttled, so the network is what differs. */
const MOBILE: Condition = { name: 'mobile network', cpu: 1, network: { latencyMs: 150, downloadKbitPerS: 1600, uploadKbitPerS: 750 } };
const CPU_CONDITIONS: readonly Condition[] = [
  { name: '1× CPU', cpu: 1 },
  { name: '4× CPU', cpu: 4 },
];
const CONDITIONS: readonly Condition[] = [...CPU_CONDITIONS, MOBILE];
/** Issue 13's goals. The engine's: a 10-question quiz from the loaded 100k pack, its bank. */
const GOALS = { weightRatio: 25, firstQuestionRatio: 3, frameMs: 16, layoutShift: 0, quiz100kMs: 20, bank100kMs: 2000, quizDefaultMs: 2, growth: 12 };
const [PRE_MADE, WITH_ENGINE] = FACT_QUIZ_PAGES;

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
const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '—');
const seconds = (msValue: number | undefined): string => (Number.isFinite(msValue) ? `${((msValue ?? NaN) / 1000).toFixed(1)} s` : '—');
/** One verdict for both fact-quiz pages, or each page's. */
const both = (preMade: string, withEngine: string): string => (preMade === withEngine ? preMade : `pre-made ${preMade}; pack and engine ${withEngine}`);
const shift = (value: number): string => (Number.isFinite(value) ? (value === 0 ? '0' : value.toFixed(3)) : '—');

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

type Engine = ReturnType<typeof engineFigures>;

interface Summary {
  /** What each page loaded before its first question was painted. */
  firstLoad: Partial<Record<PageName, PageWeight>>;
  /** BENCH_QUICK, the timed runs of each page and condition, and when (ISO time). */
  quick: boolean;
  runsPerPage: number;
  measuredAt: string;
  weight: Partial<Record<PageName, PageWeight>>;
  breakdown: FileBreakdown[];
  runs: PageRun[];
  missing: MissingPage[];
  profiles: LoadProfile[];
  firstIntlMs: number;
  /** Undefined in quick mode. */
  engine: Engine | undefined;
  chromium: string;
  versions: { surveyCore: string; surveyJsUi: string };
  stems: string[];
  notes: string[];
  seconds: number;
  /** 1-minute load average when the run started and ended. */
  load: { start: number; end: number };
}

/**
 * What each page loaded (all of it, or only what came before the first question was
 * painted): the server's log of one run; the same in every run, or the figure is void.
 */
function weighPages(runs: readonly PageRun[], names: readonly PageName[], notes: string[], firstOnly = false): Partial<Record<PageName, PageWeight>> {
  const weight: Partial<Record<PageName, PageWeight>> = {};
  for (const name of names) {
    const files = (r: PageRun) => (firstOnly ? r.loaded.filter((f) => r.firstLoad.includes(f.url)) : r.loaded);
    const loads = runs.filter((r) => r.page === name && r.condition === CPU_CONDITIONS[0]?.name).map((r) => pageWeight(files(r)));
    const one = loads[0];
    if (!one) continue;
    if (loads.some((l) => l.bytes !== one.bytes)) notes.push(`${name} did not load the same bytes ${firstOnly ? 'before its first question ' : ''}in every run; the weight is the first run's.`);
    weight[name] = one;
  }
  return weight;
}

/** The first load: what the pre-made quiz's page loaded before its first question; without that page, the embed alone (what its script tag names). */
function firstLoad(weight: Partial<Record<PageName, PageWeight>>, notes: string[]): FileWeight[] {
  const preMade = weight[PRE_MADE];
  if (preMade) return preMade.files;
  notes.push(`Without the pre-made quiz's figures, the first load in the size breakdown is taken as ${EMBED.replace('dist/', '')} alone.`);
  return (weight[WITH_ENGINE]?.files ?? []).filter((f) => `dist${f.url}` === EMBED);
}

const SUMMARY = `${PAGES_DIR}/summary.json`;

/** The report from saved figures: JSON has no NaN, so the null it wrote for one is NaN again. */
function reportAgain(file: string): void {
  const summary = JSON.parse(readFileSync(file, 'utf8'), (_key, value: unknown) => (value === null ? NaN : value)) as Summary;
  const output = summary.quick ? QUICK_OUTPUT : RESULTS;
  writeFileSync(output, report(summary).markdown);
  log(`wrote ${output} from ${file}`);
}

async function main(): Promise<void> {
  const saved = process.env.BENCH_SUMMARY;
  if (saved) {
    reportAgain(saved);
    return;
  }
  if (!existsSync(CHROMIUM)) throw new BenchError(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM to its path.`);
  const loadAtStart = loadavg()[0] ?? NaN;
  const notes = ensureEmbed();
  const distDir = join(ROOT, 'dist');
  const { quiz, pages, versions } = benchPages(join(ROOT, PAGES_DIR), distDir);
  const stems = quiz.questions.map((q) => q.stem);
  const [first, second] = stems;
  if (first === undefined || second === undefined) throw new Error('The bench quiz has fewer than two questions.');
  log(`fact-quiz vs SurveyJS ${versions.surveyCore}${QUICK ? ' (quick)' : ''}: ${String(RUNS)} run(s) of each page under ${CONDITIONS.map((c) => c.name).join(', ')}; pages in ${PAGES_DIR}/`);

  // Every script beside the embed with a source map: the profile says which source its time went to.
  const fileOf = (url: string): string | undefined => pages.flatMap((p) => p.assets).find((a) => a.url === url)?.file;
  const sourceGroups: Record<string, (line: number, column: number) => string> = {};
  for (const asset of pages[0]?.assets ?? []) {
    const groupAt = asset.url.endsWith('.js') ? sourceGroupAt(asset.file, true) : undefined;
    if (groupAt) sourceGroups[asset.url] = groupAt;
  }

  const server = await serve(pages);
  let browser: Awaited<ReturnType<typeof browserRuns>>;
  try {
    browser = await browserRuns({ server, pages, stems: [first, second], lang: quiz.pack.lang, runs: RUNS, conditions: CONDITIONS, profiledLoads: QUICK ? 0 : 3, sourceGroups, log });
  } finally {
    await server.close();
  }
  for (const m of browser.missing) notes.push(`The ${m.page} page showed no first question in its first load (it showed "${m.shown}"): it has no figures in this run.`);
  log(`browser done (${elapsed()})${QUICK ? '' : '; engine benchmark next (a few minutes)'}`);

  const weight = weighPages(browser.runs, pages.map((p) => p.name), notes);
  const firstLoaded = weighPages(browser.runs, pages.map((p) => p.name), notes, true);
  const engine = QUICK ? undefined : engineFigures({ minRuns: 5, log });
  const summary: Summary = {
    quick: QUICK,
    runsPerPage: RUNS,
    measuredAt: new Date().toISOString(),
    weight,
    firstLoad: firstLoaded,
    breakdown: bundleBreakdown(firstLoad(firstLoaded, notes), weight[WITH_ENGINE]?.files ?? [], fileOf),
    runs: browser.runs,
    missing: browser.missing,
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
  // The figures first: a report that fails to render loses no measurement. Bodies are weighed already.
  writeFileSync(SUMMARY, JSON.stringify(summary, (key, value: unknown) => (key === 'body' ? undefined : value)));
  const { markdown, printed } = report(summary);
  writeFileSync(OUTPUT, markdown);
  log('');
  for (const line of printed) log(line.replace(/\*\*/g, ''));
  log(`\nwrote ${OUTPUT} (${elapsed()})`);
}

// ---------------------------------------------------------------------------
// The report

/** The figures the report reads from the runs, by page and condition. */
function figures(s: Summary) {
  const pick = (page: PageName, condition: string): PageRun[] => s.runs.filter((r) => r.page === page && r.condition === condition);
  const medianOf = (page: PageName, condition: string, value: (run: PageRun) => number | undefined): number => median(pick(page, condition).map((r) => value(r) ?? NaN));
  const firstOf = (page: PageName, condition: string): number => medianOf(page, condition, (r) => r.firstPainted);
  const reaction = (page: PageName, condition: string, change: Change, key: keyof Reaction = 'paint'): number => medianOf(page, condition, (r) => r.reactions[change]?.[key]);
  /** The worst run's layout shift through the first interaction: the goal is none in any run. */
  const worstShift = (page: PageName, condition: string): number => {
    const values = pick(page, condition).map((r) => r.layoutShift?.total ?? NaN).filter(Number.isFinite);
    return values.length ? Math.max(...values) : NaN;
  };
  return { pick, medianOf, firstOf, reaction, worstShift };
}

/** The engine's rows by name, whatever engineFigures returns; undefined where it lacks one. */
function engineRows(engine: Engine | undefined) {
  const rows = engine?.rows ?? [];
  const row = (name: string, index: number) => rows.find((r) => r.name === name) ?? rows[index];
  return { rows, stateVisit: row('state-visit', 0), big: row('synthetic 100k', 3), ratio: engine?.ratio ?? NaN };
}

function report(s: Summary): { markdown: string; printed: string[] } {
  const { pick, medianOf, firstOf, reaction, worstShift } = figures(s);
  const w = (page: PageName): number => s.weight[page]?.gzip ?? NaN;
  const sjWeight = w('SurveyJS');
  /** The pre-made quiz's first load: what its page loaded before the first question was painted. */
  const firstLoad = s.firstLoad[PRE_MADE]?.gzip ?? NaN;
  const weightRatio = sjWeight / firstLoad;
  const needWeight = `the first load must weigh ≤ ${kb(sjWeight / GOALS.weightRatio)} gzipped; it is ${kb(firstLoad)}, ${kb(firstLoad - sjWeight / GOALS.weightRatio)} over`;
  const preMadeWeight = firstLoad === w(PRE_MADE) || !Number.isFinite(firstLoad) ? kb(firstLoad) : `${kb(firstLoad)} (${kb(w(PRE_MADE))} through the interaction)`;

  const ttfq = CONDITIONS.map((c) => {
    const sj = firstOf('SurveyJS', c.name);
    const floor = firstOf('plain HTML', c.name);
    const of = (page: FactQuizPage) => {
      const a = firstOf(page, c.name);
      return { a, ratio: sj / a, ownRatio: (sj - floor) / (a - floor), verdict: atLeast(sj / a, GOALS.firstQuestionRatio, `it must paint by ${ms(sj / GOALS.firstQuestionRatio)}; it takes ${ms(a)}, ${ms(a - sj / GOALS.firstQuestionRatio)} too long`) };
    };
    return { c, sj, floor, preMade: of(PRE_MADE), withEngine: of(WITH_ENGINE) };
  });
  const inter = CPU_CONDITIONS.map((c) => {
    const sj = reaction('SurveyJS', c.name, 'feedback');
    const of = (page: FactQuizPage) => {
      const feedback = reaction(page, c.name, 'feedback');
      return { feedback, select: reaction(page, c.name, 'selected'), dom: reaction(page, c.name, 'feedback', 'dom'), ratio: sj / feedback, verdict: under(feedback, GOALS.frameMs, (v) => ms(v, 1)) };
    };
    return { c, sj, floor: reaction('plain HTML', c.name, 'feedback'), preMade: of(PRE_MADE), withEngine: of(WITH_ENGINE) };
  });
  const shifts = (page: PageName): number[] => CONDITIONS.map((c) => worstShift(page, c.name));
  const shiftVerdict = (page: FactQuizPage): string => {
    const worst = Math.max(...shifts(page).filter(Number.isFinite));
    return Number.isFinite(worst) ? under(worst, GOALS.layoutShift, shift, true) : 'not measured';
  };
  const engine = engineRows(s.engine);
  const quiz100k = engine.big?.quizMs ?? NaN;
  const bank100k = engine.big?.bankMs ?? NaN;
  const quizDefault = engine.stateVisit?.quizMs ?? NaN;
  const engineVerdicts = {
    quiz100k: under(quiz100k, GOALS.quiz100kMs, (v) => ms(v, 1)),
    bank100k: under(bank100k, GOALS.bank100kMs, seconds),
    quizDefault: under(quizDefault, GOALS.quizDefaultMs, (v) => ms(v, 2)),
    growth: under(engine.ratio, GOALS.growth, (v) => v.toFixed(2), true),
  };

  const glanceHead = ['figure', 'pre-made quiz', 'pack and engine', 'SurveyJS', 'ratio (pre-made / pack and engine)', 'goal', 'verdict'];
  const glanceBody = [
    ['weight, gzipped (pre-made: first load)', preMadeWeight, kb(w(WITH_ENGINE)), kb(sjWeight), `${times(weightRatio)} / ${times(sjWeight / w(WITH_ENGINE))} lighter`, `≥ ${String(GOALS.weightRatio)}× lighter (first load)`, atLeast(weightRatio, GOALS.weightRatio, needWeight)],
    ...ttfq.map((r) => [`first question painted, ${r.c.name}`, ms(r.preMade.a), ms(r.withEngine.a), ms(r.sj), `${times(r.preMade.ratio)} / ${times(r.withEngine.ratio)} sooner`, `≥ ${String(GOALS.firstQuestionRatio)}× sooner`, both(r.preMade.verdict, r.withEngine.verdict)]),
    ...inter.map((r) => [`click → feedback painted, ${r.c.name}`, `${ms(r.preMade.feedback, 1)} (Check)`, `${ms(r.withEngine.feedback, 1)} (Check)`, `${ms(r.sj, 1)} (option)`, `${times(r.preMade.ratio)} / ${times(r.withEngine.ratio)} faster`, `< ${String(GOALS.frameMs)} ms`, `${both(r.preMade.verdict, r.withEngine.verdict)}; plain HTML showing the same feedback: ${ms(r.floor, 1)}`]),
    [`layout shift, worst run (${CONDITIONS.map((c) => c.name).join(' / ')})`, shifts(PRE_MADE).map(shift).join(' / '), shifts(WITH_ENGINE).map(shift).join(' / '), shifts('SurveyJS').map(shift).join(' / '), '', String(GOALS.layoutShift), both(shiftVerdict(PRE_MADE), shiftVerdict(WITH_ENGINE))],
    ['engine: 10-question quiz from the loaded 100k pack', '', ms(quiz100k, 1), '—', '', `< ${String(GOALS.quiz100kMs)} ms`, engineVerdicts.quiz100k],
    ['engine: bank of the 100k pack', '', seconds(bank100k), '—', '', `< ${seconds(GOALS.bank100kMs)}`, engineVerdicts.bank100k],
    ['engine: 10-question quiz, default pack', '', ms(quizDefault, 2), '—', '', `< ${String(GOALS.quizDefaultMs)} ms`, engineVerdicts.quizDefault],
    ['engine: bank growth 100k / 10k', '', Number.isFinite(engine.ratio) ? engine.ratio.toFixed(2) : '—', '—', '', `≤ ${String(GOALS.growth)}`, engineVerdicts.growth],
    ['engine: peak memory, 100k pack', '', engine.big?.peakMemoryMb === undefined ? '—' : `+${engine.big.peakMemoryMb.toFixed(0)} MB`, '—', '', '', ''],
  ];

  const summary = [
    `- **Weight**: the pre-made quiz's page loads ${preMadeWeight} gzipped before its first question vs SurveyJS ${kb(sjWeight)}: **${times(weightRatio)} lighter** (goal ≥ ${String(GOALS.weightRatio)}×: ${atLeast(weightRatio, GOALS.weightRatio, needWeight)}); with the engine and the pack ${kb(w(WITH_ENGINE))}, ${times(sjWeight / w(WITH_ENGINE))} lighter.`,
    `- **Time to first question** (pre-made / pack and engine vs SurveyJS): ${ttfq.map((r) => `${r.c.name} ${ms(r.preMade.a)} / ${ms(r.withEngine.a)} vs ${ms(r.sj)}, **${times(r.preMade.ratio)} / ${times(r.withEngine.ratio)} sooner**`).join('; ')} (goal ≥ ${String(GOALS.firstQuestionRatio)}×: ${ttfq.map((r) => `${r.c.name} ${both(r.preMade.verdict, r.withEngine.verdict)}`).join('; ')}).`,
    `- **Interaction** (click → feedback painted; pre-made / pack and engine vs SurveyJS): ${inter.map((r) => `${r.c.name} ${ms(r.preMade.feedback, 1)} / ${ms(r.withEngine.feedback, 1)} vs ${ms(r.sj, 1)}`).join('; ')} (goal < ${String(GOALS.frameMs)} ms: ${inter.map((r) => `${r.c.name} ${both(r.preMade.verdict, r.withEngine.verdict)}`).join('; ')}); the floor, a plain HTML page that only unhides the same feedback: ${inter.map((r) => `${r.c.name} ${ms(r.floor, 1)}`).join('; ')}.`,
    `- **Layout shift** (worst run, navigation through the first click; ${CONDITIONS.map((c) => c.name).join(' / ')}): pre-made ${shifts(PRE_MADE).map(shift).join(' / ')}, pack and engine ${shifts(WITH_ENGINE).map(shift).join(' / ')}, SurveyJS ${shifts('SurveyJS').map(shift).join(' / ')} (goal 0: ${both(shiftVerdict(PRE_MADE), shiftVerdict(WITH_ENGINE))}).`,
    s.engine
      ? `- **Engine** (no SurveyJS counterpart: SurveyJS makes no questions): 10-question quiz from the loaded 100k pack ${ms(quiz100k, 1)} (goal < ${String(GOALS.quiz100kMs)} ms: ${engineVerdicts.quiz100k}); bank of the 100k pack ${seconds(bank100k)} (goal < 2 s: ${engineVerdicts.bank100k}); default pack quiz ${ms(quizDefault, 2)}; growth 100k / 10k ${Number.isFinite(engine.ratio) ? engine.ratio.toFixed(2) : '—'}.`
      : '- **Engine**: not run (quick mode).',
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
  line(`Written by \`npm run bench\` (test/bench/run.ts) on ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC, in ${(s.seconds / 60).toFixed(1)} minutes${s.quick ? ', in quick mode (BENCH_QUICK=1: one run of each page, no profile, no engine figures): not figures to quote' : ''}. Don't edit it: run the benchmark again. Figures are medians of ${String(s.runsPerPage)} runs unless said otherwise; they hold for this machine only.`);
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

  pagesSection(s, line);
  weightSection(s, line, table, { weightRatio, needWeight });
  ttfqSection(s, line, table, ttfq, pick, medianOf);
  shiftSection(s, line, table, pick, worstShift);
  interactionSection(line, table, inter, reaction);
  engineSection(s, line, table, engineVerdicts);

  line('## Goals, and what limits them');
  line();
  for (const text of limits(s, { weightRatio, needWeight, ttfq, inter, shiftVerdict, engineVerdicts, reaction })) line(text);
  line();
  line('## Uncertainty');
  line();
  line(`- Medians of ${String(s.runsPerPage)} runs on a shared ${String(cpu.length)}-core virtual machine (the load before the run, in the machine table, says how busy other work kept it; compare the ratios within one run rather than figures across runs); the ranges in section 2 show the spread. Headless Chromium with \`--disable-gpu\` paints in software; real phones differ from a 4× throttle (which slows the renderer's main thread only) and from DevTools' network emulation (which delays each response in the browser; it has no TCP slow start and no packet loss).`);
  line('- "Painted" is the end of the main thread\'s paint of that frame; the pixels reach the screen later (first contentful paint and Event Timing, from Chromium itself, are shown for comparison).');
  line('- Frame timing rounds interaction figures up to the next frame: a change done in 1 ms after a click still waits for the frame, so the figures move in steps and vary with where in the frame the click lands.');
  line();
  return { markdown: `${out.join('\n')}\n`, printed: [...markdownTable(glanceHead, glanceBody), '', ...summary] };
}

type Line = (text?: string) => void;
type Table = (head: string[], body: (string | number)[][]) => void;
type Ttfq = { c: Condition; sj: number; floor: number; preMade: { a: number; ratio: number; ownRatio: number; verdict: string }; withEngine: { a: number; ratio: number; ownRatio: number; verdict: string } }[];
type Inter = { c: Condition; sj: number; floor: number; preMade: { feedback: number; select: number; dom: number; verdict: string }; withEngine: { feedback: number; select: number; dom: number; verdict: string } }[];
type Reactions = (page: PageName, condition: string, change: Change, key?: keyof Reaction) => number;
type Pick = (page: PageName, condition: string) => PageRun[];
type MedianOf = (page: PageName, condition: string, value: (run: PageRun) => number | undefined) => number;

const ALL_PAGES: readonly PageName[] = [PRE_MADE, WITH_ENGINE, 'SurveyJS', 'plain HTML'];

function pagesSection(s: Summary, line: Line): void {
  line('## The pages');
  line();
  line(`All show the same five single-answer questions: \`generateQuiz(stateVisitPack, {seed: '${QUIZ.seed}', count: ${String(QUIZ.count)}, kinds: ['single']})\`, first "${s.stems[0] ?? ''}". Each ends with a line of article text after the quiz, which a quiz that grows while it loads pushes down (layout shift). The pages are written to \`${PAGES_DIR}/\` (git-ignored) for anyone to open.`);
  line();
  line(`- **pre-made quiz**: \`<script type="module" src="fact-quiz.embed.js">\` and \`<fact-quiz src="${QUIZ_FILE}" mode="practice" no-intro>\`, the quiz as \`fact-quiz generate --format json\` writes it, served beside the page: how a publisher deploys a quiz made at build time. No engine needed.`);
  line(`- **pack and engine**: the same script tag and \`<fact-quiz seed="${QUIZ.seed}" count="${String(QUIZ.count)}" kinds="single" mode="practice" no-intro>\`: the element makes the quiz in the browser from its built-in pack, with the engine chunk it loads relative to the embed. Every \`dist/fact-quiz*.js\` file is served at the page's folder; the weight is what the page loaded.`);
  line('- An element without `no-intro` opens on an intro: the measuring script then clicks its Start button in the first frame the button is in (before that frame is painted), and that time is counted ("Start shown" in section 2).');
  line('- **SurveyJS**: `survey-core.fontless.min.css`, `survey.core.min.js` and `survey-js-ui.min.js` in `<head>` as its documentation shows, then `new Survey.Model(json)` and `survey.render(element)`. The JSON (`pages/survey.json`): one `radiogroup` per question with its `correctAnswer` and `isRequired`, `questionsOnPageMode: "questionPerPage"`, `showProgressBar`, `checkErrorsMode: "onValueChanged"`, and a `completedHtml` with `{correctAnswers}` of `{questionCount}`. SurveyJS has no per-question feedback (and no `showCorrectAnswer` setting), so the page adds it through its API as fact-quiz shows it: `onValueChanged` sets the question\'s description to ✓ Right or ✗ Wrong with the explanation and makes the question read-only. No start page: SurveyJS shows the first question at once. The fontless theme is used because the default `survey-core.min.css` also fetches Open Sans from fonts.gstatic.com (not counted, and not reachable here).');
  line('- **plain HTML**: a control, the floor for any widget in this setup: the first question as static HTML (stem, options), and its feedback (the same verdict, explanation, quote and source) revealed by one line of script when Check is clicked. Its first question is a new renderer, the navigation and the first paint; its click to feedback is the wait for the next frame and the layout of the same words.');
  line();
}

function weightSection(s: Summary, line: Line, table: Table, g: { weightRatio: number; needWeight: string }): void {
  line('## 1. Weight');
  line();
  line('Every file the page loaded, from navigation through the interaction, as the benchmark\'s server logged it (the same in every run; source maps, which only a debugger fetches, left out), gzipped at level 9; the first load is what arrived before the first question was painted. Fonts and images: none on any page.');
  line();
  table(
    ['page', 'file', 'before the first question', 'bytes', 'gzipped'],
    ALL_PAGES.filter((name) => name !== 'plain HTML').flatMap((name) => {
      const weight = s.weight[name];
      if (!weight) return [[name, '(not measured)', '', '', '']];
      const early = s.firstLoad[name];
      const isEarly = (url: string): string => (early?.files.some((f) => f.url === url) ? 'yes' : 'no: later');
      return [
        ...weight.files.map((f) => [name, f.url.slice(1), isEarly(f.url), f.bytes.toLocaleString('en'), f.gzip.toLocaleString('en')]),
        [`**${name}**`, '**first load**', '', `**${(early?.bytes ?? NaN).toLocaleString('en')}**`, `**${(early?.gzip ?? NaN).toLocaleString('en')}**`],
        [`**${name}**`, '**total**', '', `**${weight.bytes.toLocaleString('en')}**`, `**${weight.gzip.toLocaleString('en')}**`],
      ];
    }),
  );
  const defaultCss = join(ROOT, 'node_modules/survey-core/survey-core.min.css');
  if (existsSync(defaultCss)) line(`SurveyJS's default theme \`survey-core.min.css\` would be ${gzipSize(readFileSync(defaultCss)).toLocaleString('en')} bytes gzipped, plus its web fonts.`);
  line();
  line(`The first load (the pre-made quiz's page) is **${times(g.weightRatio)} lighter** than SurveyJS (goal ${String(GOALS.weightRatio)}×: ${atLeast(g.weightRatio, GOALS.weightRatio, g.needWeight)}).`);
  line();
  if (s.breakdown.length === 0) return;
  line('What the scripts are made of: the first load (what the pre-made quiz\'s page loaded) and the chunks only the pack-and-engine page loaded. Each file\'s source map says which source each minified byte came from; each group gzipped alone, so a file\'s groups add up to a little more than the file:');
  line();
  table(
    ['file', 'loaded', 'source', 'minified bytes', 'share of the file', 'gzipped alone'],
    s.breakdown.flatMap((f) => {
      const total = (f.groups ?? []).reduce((sum, group) => sum + group.bytes, 0);
      const when = f.firstLoad ? 'first load' : 'lazily, for the engine';
      const head = [`**${f.url.slice(1)}**`, when, '**whole file**', '', '', `**${f.gzip.toLocaleString('en')}**`];
      if (!f.groups) return [head, [f.url.slice(1), when, '(no source map)', '', '', '']];
      return [head, ...f.groups.map((group) => [f.url.slice(1), when, group.group, group.bytes.toLocaleString('en'), `${((100 * group.bytes) / total).toFixed(0)}%`, group.gzip.toLocaleString('en')])];
    }),
  );
  const sum = (firstLoad: boolean): number => s.breakdown.filter((f) => f.firstLoad === firstLoad).reduce((total, f) => total + f.gzip, 0);
  line(`Scripts of the first load: ${kb(sum(true))} gzipped; loaded later for the engine: ${kb(sum(false))}.`);
  line();
}

function ttfqSection(s: Summary, line: Line, table: Table, ttfq: Ttfq, pick: Pick, medianOf: MedianOf): void {
  line('## 2. Time to first question');
  line();
  line(`Navigation start to the end of the first frame that painted the first question's text (\`performance.now()\` in the page; a \`setTimeout\` queued from the frame's \`requestAnimationFrame\` runs after its paint). Each run is a new browser context (empty cache; the server sends \`Cache-Control: no-store\`), pages alternated, then again; one load of each page before the timed runs under each condition is not counted. CPU 4×: \`Emulation.setCPUThrottlingRate {rate: 4}\` through a DevTools protocol session, standing in for a phone's CPU. On 127.0.0.1 the server sends files uncompressed, so transfer time is close to nil: the 1× and 4× figures are parse, run and render. Mobile network: \`Network.emulateNetworkConditions\` through the same session (latency ${String(MOBILE.network?.latencyMs)} ms, ${String((MOBILE.network?.downloadKbitPerS ?? NaN) / 1000)} Mbit/s down, ${String(MOBILE.network?.uploadKbitPerS)} kbit/s up), CPU not throttled, and the server gzips every file (level 9) as a CDN would, so the bytes on that network are the weight of section 1. Chromium's own first contentful paint is shown as a check.`);
  line();
  const rows: (string | number)[][] = [];
  for (const r of ttfq) {
    for (const page of ALL_PAGES) {
      const runs = pick(page, r.c.name);
      if (runs.length === 0) {
        rows.push([`${page}, ${r.c.name}`, '(not measured)', '', '', '', '']);
        continue;
      }
      const first = runs.map((run) => run.firstPainted ?? NaN);
      rows.push([`${page}, ${r.c.name}`, `**${ms(median(first))}**`, spread(first), ms(medianOf(page, r.c.name, (run) => run.fcp)), ms(medianOf(page, r.c.name, (run) => run.intro)), ms(medianOf(page, r.c.name, (run) => run.domContentLoaded))]);
    }
  }
  table(['page', 'first question painted', 'range', 'first contentful paint', 'Start shown (no `no-intro`)', 'DOMContentLoaded'], rows);
  for (const r of ttfq) {
    line(`- ${r.c.name}: pre-made **${times(r.preMade.ratio)}** and pack and engine **${times(r.withEngine.ratio)} sooner** than SurveyJS (goal ${String(GOALS.firstQuestionRatio)}×: ${both(r.preMade.verdict, r.withEngine.verdict)}). Above the plain HTML page (${ms(r.floor)}): pre-made ${ms(r.preMade.a - r.floor)}, pack and engine ${ms(r.withEngine.a - r.floor)}, SurveyJS ${ms(r.sj - r.floor)} (${times(r.preMade.ownRatio)} / ${times(r.withEngine.ownRatio)}).`);
  }
  line();
  if (s.profiles.length === 0) return;
  line('Where the main thread went during a load (sampling profiler, 1× CPU, mean of 3 loads that are not among the timed runs; the profiler slows scripts down a little). fact-quiz by source through each script\'s source map (its own sources file by file), SurveyJS by file:');
  line();
  table(
    ['page', 'script', 'garbage collection', 'largest parts'],
    s.profiles.map((p) => [p.page, ms(p.scriptMs), ms(p.gcMs), p.groups.slice(0, 5).map((g) => `${g.group} ${ms(g.ms)}`).join(', ')]),
  );
}


function shiftSection(s: Summary, line: Line, table: Table, pick: Pick, worstShift: (page: PageName, condition: string) => number): void {
  line('## 3. Layout shift');
  line();
  line('Cumulative layout shift as Chromium reports it (PerformanceObserver `layout-shift`, buffered from navigation on), the entries without `hadRecentInput` summed: up to the first question painted, and on through the first interaction (the click on an option, the page idle after it). Shifts within 500 ms of an input are Chromium\'s to leave out; their sum is shown apart.');
  line();
  const rows: (string | number)[][] = [];
  for (const c of CONDITIONS) {
    for (const page of ALL_PAGES) {
      const runs = pick(page, c.name).filter((r) => r.layoutShift);
      if (runs.length === 0) continue;
      const sources = [...new Set(runs.flatMap((r) => r.layoutShift?.sources ?? []))];
      rows.push([
        `${page}, ${c.name}`,
        shift(median(runs.map((r) => r.layoutShift?.first ?? NaN))),
        shift(median(runs.map((r) => r.layoutShift?.total ?? NaN))),
        `**${shift(worstShift(page, c.name))}**`,
        shift(median(runs.map((r) => r.layoutShift?.afterInput ?? NaN))),
        sources.slice(0, 4).join(', ') || '—',
      ]);
    }
  }
  table(['page', 'to the first question (median)', 'through the first click (median)', 'worst run', 'after input, left out (median)', 'what moved'], rows);
  if (s.missing.length) line(`Not measured: ${s.missing.map((m) => m.page).join(', ')}.`);
  line();
}

function interactionSection(line: Line, table: Table, inter: Inter, reaction: Reactions): void {
  line('## 4. Interaction');
  line();
  line('A real click (playwright through the DevTools protocol; the page idle before it), from the click event\'s timestamp to:');
  line();
  line('- **painted**: the end of the main thread\'s paint of the first frame with the change (a `setTimeout` queued from that frame\'s `requestAnimationFrame`);');
  line('- **DOM**: the change first seen in the DOM and laid out (a MutationObserver, or the next frame for a change that makes no mutation, such as a radio button\'s checked state; the check that the change is visible forces the style and layout the frame would do);');
  line(`- **on screen**: Chromium's Event Timing duration of the click (PerformanceObserver \`event\`): to the next frame presented, in steps of 8 ms; Chromium reports none under ${String(GOALS.frameMs)} ms, shown as "< ${String(GOALS.frameMs)} ms".`);
  line();
  line('What is clicked: on both fact-quiz pages (practice mode) an option → the option shown chosen; Check → the feedback (✓ or ✗, the key, the explanation and its source); Next → the second question. SurveyJS: an option → the option shown chosen and, from the same click, the feedback (the `onValueChanged` description); Next → the second question (SurveyJS also animates the page change; this is when the text is first painted). Plain HTML: an option → shown chosen (the browser alone), and Check → the same feedback unhidden by one line of script: the floor, the next frame and the layout of those words, that any widget pays.');
  line();
  const presented = (value: number): string => (value < GOALS.frameMs ? `< ${String(GOALS.frameMs)} ms` : ms(value));
  const cell = (page: PageName, condition: string, change: Change): string => {
    const paint = reaction(page, condition, change);
    if (!Number.isFinite(paint)) return '—';
    return `**${ms(paint, 1)}** (DOM ${ms(reaction(page, condition, change, 'dom'), 1)}, on screen ${presented(reaction(page, condition, change, 'presented'))})`;
  };
  const rows: (string | number)[][] = [];
  for (const r of inter) {
    for (const page of ALL_PAGES) {
      const answer = `${cell(page, r.c.name, 'feedback')}, ${page === 'SurveyJS' ? 'option' : 'Check'}`;
      rows.push([`${page}, ${r.c.name}`, cell(page, r.c.name, 'selected'), answer, page === 'plain HTML' ? '' : cell(page, r.c.name, 'next')]);
    }
  }
  table(['page', 'option → shown chosen', 'answer → feedback', 'Next → next question'], rows);
  for (const r of inter) {
    line(`- ${r.c.name}: feedback painted, pre-made ${ms(r.preMade.feedback, 1)}, pack and engine ${ms(r.withEngine.feedback, 1)} vs SurveyJS ${ms(r.sj, 1)}. Goal under ${String(GOALS.frameMs)} ms: ${both(r.preMade.verdict, r.withEngine.verdict)}.`);
  }
  line();
}

/** Names for figures engineFigures may give besides the ones every version had. */
const EXTRA_LABELS: Partial<Record<string, string>> = { indexMs: 'index the pack', firstQuizMs: 'first quiz (index included)' };

type EngineVerdicts = Record<'quiz100k' | 'bank100k' | 'quizDefault' | 'growth', string>;

/** Every figure engineFigures gives: the known ones with their names, any other number by its key. */
function engineSection(s: Summary, line: Line, table: Table, verdicts: EngineVerdicts): void {
  line('## 5. Engine scale');
  line();
  if (!s.engine) {
    line('Not run (quick mode).');
    line();
    return;
  }
  const { rows, ratio } = engineRows(s.engine);
  line('test/bench/engine.ts (also `npm run bench:engine`), in this process after the browser runs, as it reports its figures: validate, bank (every question a pack can make) and a 10-question quiz from the loaded pack, medians of at least 5 runs. Synthetic packs from test/packs/synthetic.ts (named by the facts asked for; the facts column is what the generator made). Peak memory: a separate node process per pack (test/bench/memory.ts); the figure is its peak resident set size above its size once the modules are loaded. "—": a figure engineFigures did not give.');
  line();
  const known = new Set(['name', 'facts', 'validateMs', 'bankMs', 'bankQuestions', 'questionsPerSecond', 'quizMs', 'quizRuns', 'peakMemoryMb', 'memory']);
  const extra = [...new Set(rows.flatMap((r) => Object.entries(r).filter(([key, value]) => !known.has(key) && typeof value === 'number').map(([key]) => key)))];
  const num = (value: unknown, show: (v: number) => string): string => (typeof value === 'number' && Number.isFinite(value) ? show(value) : '—');
  table(
    ['pack', 'facts', 'validate', 'bank', 'questions', 'questions/s', '10-question quiz from the loaded pack (runs)', 'peak memory', ...extra.map((key) => EXTRA_LABELS[key] ?? key)],
    rows.map((r) => {
      const row = r as unknown as Record<string, unknown>;
      return [
        r.name,
        num(row.facts, String),
        num(row.validateMs, (v) => ms(v, 1)),
        num(row.bankMs, (v) => ms(v)),
        num(row.bankQuestions, String),
        num(row.questionsPerSecond, (v) => String(Math.round(v))),
        `${num(row.quizMs, (v) => ms(v, 2))} (${num(row.quizRuns, String)})`,
        num(row.peakMemoryMb, (v) => `+${v.toFixed(0)} MB`),
        ...extra.map((key) => num(row[key], (v) => (key.endsWith('Ms') ? ms(v, 1) : Number.isInteger(v) ? String(v) : v.toFixed(2)))),
      ];
    }),
  );
  line(`Goals: 10-question quiz from the loaded 100k pack under ${String(GOALS.quiz100kMs)} ms: ${verdicts.quiz100k}; bank of the 100k pack under 2 s: ${verdicts.bank100k}; 10-question quiz from the default pack under ${String(GOALS.quizDefaultMs)} ms: ${verdicts.quizDefault}; bank time 100k / 10k ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'} (linear is 10), at most ${String(GOALS.growth)}: ${verdicts.growth}.`);
  line();
}

/** One paragraph per goal: met, or by how much it is missed, and the figures that say what limits it. */
function limits(
  s: Summary,
  g: { weightRatio: number; needWeight: string; ttfq: Ttfq; inter: Inter; shiftVerdict: (page: FactQuizPage) => string; engineVerdicts: EngineVerdicts; reaction: Reactions },
): string[] {
  const firstLoad = s.breakdown.filter((f) => f.firstLoad);
  const groups = firstLoad.flatMap((f) => f.groups ?? []).sort((a, b) => b.gzip - a.gzip);
  const parts = (p: LoadProfile | undefined): string => (p?.groups ?? []).slice(0, 3).map((x) => `${x.group} ${ms(x.ms)}`).join(', ');
  const profileOf = (page: PageName): LoadProfile | undefined => s.profiles.find((p) => p.page === page);
  const [i1] = g.inter;
  const sources = [...new Set(s.runs.filter((r) => (FACT_QUIZ_PAGES as readonly string[]).includes(r.page)).flatMap((r) => r.layoutShift?.sources ?? []))];
  return [
    `- **Weight** (${times(g.weightRatio)}, goal ${String(GOALS.weightRatio)}×): ${atLeast(g.weightRatio, GOALS.weightRatio, g.needWeight)}. The first load's scripts, gzipped by source: ${groups.slice(0, 6).map((x) => `${x.group} ${kb(x.gzip)}`).join(', ') || '—'}. Loaded later, for the engine: ${kb(s.breakdown.filter((f) => !f.firstLoad).reduce((sum, f) => sum + f.gzip, 0))}.`,
    `- **Time to first question** (goal ${String(GOALS.firstQuestionRatio)}×): ${g.ttfq.map((r) => `${r.c.name}: ${both(r.preMade.verdict, r.withEngine.verdict)}`).join('; ')}. A page with no script at all takes ${g.ttfq.map((r) => `${ms(r.floor)} (${r.c.name})`).join(', ')}: a new renderer, the navigation and the first paint, in every page's figure. Script during a load at 1× CPU: pre-made ${ms(profileOf(PRE_MADE)?.scriptMs ?? NaN)} (${parts(profileOf(PRE_MADE)) || '—'}), pack and engine ${ms(profileOf(WITH_ENGINE)?.scriptMs ?? NaN)} (${parts(profileOf(WITH_ENGINE)) || '—'}), SurveyJS ${ms(profileOf('SurveyJS')?.scriptMs ?? NaN)} (${parts(profileOf('SurveyJS')) || '—'}). The first \`Intl\` formatter in a fresh page costs ${ms(s.firstIntlMs)} on its own (median of 3 pages with no script). Over the mobile network each round trip is ${String(MOBILE.network?.latencyMs)} ms: the page, the embed, then what the embed loads (a chunk, the quiz JSON) are at least three in a row.`,
    `- **Interaction** (goal ${String(GOALS.frameMs)} ms): ${g.inter.map((r) => `${r.c.name}: ${both(r.preMade.verdict, r.withEngine.verdict)}`).join('; ')}. Any click waits for the next frame, and the feedback's words must be laid out: the plain HTML page, which only unhides the same feedback, takes ${g.inter.map((r) => `${ms(r.floor, 1)} (${r.c.name})`).join(' / ')}. ${i1 ? `The feedback is in the DOM and laid out ${ms(i1.preMade.dom, 1)} (pre-made) / ${ms(i1.withEngine.dom, 1)} (pack and engine) after the click at 1×, against ${ms(g.reaction(PRE_MADE, i1.c.name, 'next', 'dom'), 1)} / ${ms(g.reaction(WITH_ENGINE, i1.c.name, 'next', 'dom'), 1)} for the next question: its style and layout are the element's own cost; the frame's paint comes on top.` : ''}`,
    `- **Layout shift** (goal 0): pre-made ${g.shiftVerdict(PRE_MADE)}; pack and engine ${g.shiftVerdict(WITH_ENGINE)}.${sources.length ? ` What moved on the fact-quiz pages: ${sources.slice(0, 6).join(', ')}.` : ''}`,
    s.engine
      ? `- **Engine**: quiz from the loaded 100k pack ${g.engineVerdicts.quiz100k}; 100k bank ${g.engineVerdicts.bank100k} (section 5). What limits the bank: it is every question the pack can make (about 410,000 for 100k facts, 216 MB as JSON; JSON.parse of that JSON alone takes about 4 s here), so under 2 s would need questions made lazily or in pages, not a bank returned whole; its profile has no hot spot left (garbage collection of the questions kept as output about a fifth, seeding the random source per plan about 6%, nothing else above 5%). SurveyJS has no counterpart (it doesn't make questions), so there is no ratio.`
      : '- **Engine**: not run (quick mode).',
  ];
}

try {
  await main();
} catch (error) {
  // A failure the reader can act on is one line; anything else is a bug in the benchmark.
  console.error(`npm run bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
