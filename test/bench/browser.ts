/**
 * The browser half of `npm run bench`: headless Chromium (playwright-core driving
 * /usr/bin/chromium) loads each page from the local server in a fresh context (cold
 * cache: no-store, a new profile each run), pages alternated A B C A B C, under each
 * condition: normal speed, the CPU throttled and an emulated mobile network, both
 * through the DevTools protocol. test/bench/probe.js, run in the page before its
 * scripts, takes the times; this file clicks and collects.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { CDPSession, Page } from 'playwright-core';
import type { BenchPage, Change, PageName } from './pages.js';
import type { BenchServer, Served } from './server.js';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A failure the reader can act on (no Chromium, no embed): `npm run bench` prints it without a stack trace. */
export class BenchError extends Error {}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/**
 * ms from the click event to the change in the DOM, to the end of the frame that painted
 * it, and to that frame presented as Chromium's Event Timing reports it (8 ms steps; 0:
 * under 16 ms, which Chromium doesn't report).
 */
export interface Reaction {
  dom?: number;
  paint?: number;
  presented?: number;
}

/** What a page is loaded under: a CPU slowdown and, for the mobile network, DevTools network emulation. */
export interface Condition {
  name: string;
  cpu: number;
  network?: { latencyMs: number; downloadKbitPerS: number; uploadKbitPerS: number };
}

/** Layout shift of one load, as test/bench/probe.js sums it (see there). */
export interface LayoutShift {
  first: number;
  total: number;
  afterInput: number;
  sources: string[];
}

export interface PageRun {
  page: PageName;
  condition: string;
  /** ms from navigation start; fact-quiz only: its Start button shown (and clicked). */
  intro?: number;
  /** ms from navigation start to the first question's text in a frame, and that frame painted. */
  first?: number;
  firstPainted?: number;
  /** Navigation timing, ms from navigation start. */
  fcp?: number;
  domContentLoaded?: number;
  load?: number;
  reactions: Partial<Record<Change, Reaction>>;
  /** From navigation to the first question painted (`first`) and on through the first interaction (`total`). */
  layoutShift?: LayoutShift;
  /** What the server sent for this load, through the interaction. */
  loaded: Served[];
  /** The URLs of those it sent before the first question was painted: the first load. */
  firstLoad: string[];
}

interface FirstTimes {
  intro?: number;
  first?: number;
  firstPainted?: number;
}

interface Timing {
  fcp?: number;
  domContentLoaded?: number;
  load?: number;
}

/** Waits for the page to go idle, so the next click doesn't queue behind load work. */
async function settle(tab: Page): Promise<void> {
  await tab.evaluate(
    'new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(resolve, 100)), { timeout: 3000 }))',
  );
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Main-thread time of one page load, by where it went. */
export interface LoadProfile {
  page: PageName;
  /** ms of script (all samples in a script file) and of garbage collection, averaged over the loads. */
  scriptMs: number;
  gcMs: number;
  /** ms by script file, or by source group inside a file with a source map. */
  groups: { group: string; ms: number }[];
}

export interface BrowserOptions {
  server: BenchServer;
  pages: readonly BenchPage[];
  /** Source groups for positions in a served file (the embed's source map), by URL. */
  sourceGroups?: Record<string, (line: number, column: number) => string>;
  /** Loads of each page under the sampling profiler (normal CPU), after the timed runs. */
  profiledLoads?: number;
  /** The first and second questions' text, as the pages should show them. */
  stems: readonly [string, string];
  /** The quiz's language, for the cost of the first `Intl` formatter in a fresh page. */
  lang: string;
  runs: number;
  conditions: readonly Condition[];
  log: (line: string) => void;
}

/** A page that never showed its first question in its first load (an element without a feature the page uses). */
export interface MissingPage {
  page: PageName;
  /** What the page showed instead, as text. */
  shown: string;
}

export interface BrowserRuns {
  chromium: string;
  runs: PageRun[];
  profiles: LoadProfile[];
  /** ms to make the first `Intl.NumberFormat` in a fresh page with no script, one figure per page. */
  firstIntlMs: number[];
  missing: MissingPage[];
}

/** Puts a new tab under a condition: CPU throttling, and the network emulated or not (the server gzips for it). */
async function applyCondition(cdp: CDPSession, server: BenchServer, condition: Condition): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  server.compress(condition.network !== undefined);
  if (!condition.network) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: condition.network.latencyMs,
    // bytes per second
    downloadThroughput: (condition.network.downloadKbitPerS * 1000) / 8,
    uploadThroughput: (condition.network.uploadKbitPerS * 1000) / 8,
  });
}

/** The text a page shows where its widget should be: what a reader would see instead of the question. */
const SHOWN = `(() => {
  const host = document.querySelector('fact-quiz');
  const text = (host && host.shadowRoot ? host.shadowRoot.textContent : document.body.innerText) || '';
  return text.replace(/\\s+/g, ' ').trim().slice(0, 200);
})()`;

export async function browserRuns(options: BrowserOptions): Promise<BrowserRuns> {
  const { server, pages, stems, runs, conditions, log } = options;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true }).catch((error: unknown) => {
    throw new BenchError(`Chromium at ${CHROMIUM} did not start: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  });
  const results: PageRun[] = [];
  try {
    const once = async (page: BenchPage, condition: Condition): Promise<{ run: PageRun; shown?: string }> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await context.addInitScript({ content: `{\nconst CONFIG = ${JSON.stringify({ ...page.probe, stems })};\n${probe}\n}` });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await applyCondition(cdp, server, condition);
        server.take();
        await tab.goto(server.origin + page.url, { waitUntil: 'commit' });
        const first = await tab.evaluate<FirstTimes>('window.__bench.first');
        // What the first question needed: every file it needed arrived before it was painted.
        const beforeFirst = server.take();
        const loaded = (): Served[] => [...beforeFirst, ...server.take()];
        await tab.waitForLoadState('load');
        await settle(tab);
        const timing = await tab.evaluate<Timing>(`(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return { fcp: fcp && fcp.startTime, domContentLoaded: nav && nav.domContentLoadedEventEnd, load: nav && nav.loadEventEnd };
        })()`);
        const reactions: PageRun['reactions'] = {};
        let layoutShift: LayoutShift | undefined;
        if (first.first === undefined) return { run: { page: page.name, condition: condition.name, ...timing, reactions, loaded: loaded(), firstLoad: [] }, shown: await tab.evaluate<string>(SHOWN) };
        for (const [n, step] of page.steps.entries()) {
          await tab.evaluate(`window.__bench.arm(${JSON.stringify(step.watch)})`);
          await tab.locator(step.click).first().click();
          const result = await tab.evaluate<Partial<Record<Change, Reaction>>>('window.__bench.result');
          // Chromium reports the click's Event Timing once the frame is presented.
          await settle(tab);
          const presented = await tab.evaluate<number>('window.__bench.presented()');
          for (const change of step.watch) reactions[change] = { ...result[change], presented };
          // Layout shift up to here: the load and the first interaction.
          if (n === 0) layoutShift = await tab.evaluate<LayoutShift>('window.__bench.layoutShift()');
        }
        return { run: { page: page.name, condition: condition.name, ...first, ...timing, reactions, ...(layoutShift ? { layoutShift } : {}), loaded: loaded(), firstLoad: beforeFirst.map((file) => file.url) } };
      } finally {
        await context.close();
      }
    };

    const missing: MissingPage[] = [];
    let measured = [...pages];
    for (const condition of conditions) {
      // One load of each page first, not counted: the first launch of a page pays for disk reads.
      // A page that shows no question then is left out of every run, with what it showed.
      for (const page of measured) {
        const { shown } = await once(page, condition);
        if (shown === undefined) continue;
        missing.push({ page: page.name, shown });
        log(`  ${page.name}: no first question in ${String(page.probe.giveUpMs / 1000)} s (it showed "${shown}"): left out`);
      }
      measured = measured.filter((page) => !missing.some((m) => m.page === page.name));
      for (let i = 0; i < runs; i++) {
        for (const page of measured) {
          const { run } = await once(page, condition);
          results.push(run);
          const r = run.reactions;
          const fmt = (n: number | undefined, digits = 1): string => (n === undefined ? '—' : n.toFixed(digits));
          log(
            `  ${condition.name} run ${String(i + 1)} ${page.name.padEnd(15)} first question ${fmt(run.firstPainted).padStart(7)} ms` +
              `  select ${fmt(r.selected?.paint)}  feedback ${fmt(r.feedback?.paint)}  next ${fmt(r.next?.paint)} ms  layout shift ${fmt(run.layoutShift?.total, 3)}`,
          );
        }
      }
    }
    server.compress(false);

    // Where the main thread's time goes while a page loads: a separate pass, as the
    // profiler slows the page down.
    const profiles: LoadProfile[] = [];
    const loads = options.profiledLoads ?? 0;
    for (const page of loads > 0 ? measured.filter((p) => p.assets.length > 0) : []) {
      const groups = new Map<string, number>();
      let scriptMs = 0;
      let gcMs = 0;
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          await context.addInitScript({ content: `{\nconst CONFIG = ${JSON.stringify({ ...page.probe, stems })};\n${probe}\n}` });
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await tab.goto(server.origin + page.url, { waitUntil: 'commit' });
          await tab.evaluate('window.__bench.first');
          await tab.waitForLoadState('load');
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
          const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
          profile.samples.forEach((id, n) => {
            const frame = nodes.get(id);
            const ms = (profile.timeDeltas[n] ?? 0) / 1000 / loads;
            if (!frame) return;
            if (frame.functionName === '(garbage collector)') gcMs += ms;
            if (!frame.url.startsWith(server.origin)) return; // the page's scripts, not the browser's own
            const path = new URL(frame.url).pathname;
            const group = options.sourceGroups?.[path]?.(frame.lineNumber, frame.columnNumber) ?? path.slice(1);
            groups.set(group, (groups.get(group) ?? 0) + ms);
            scriptMs += ms;
          });
        } finally {
          await context.close();
        }
      }
      profiles.push({
        page: page.name,
        scriptMs,
        gcMs,
        groups: [...groups].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms),
      });
    }

    // The engine words dates and numbers through Intl formatters: what the first one costs
    // in a fresh renderer (ICU's data loaded on first use), on the page with no script.
    const firstIntlMs: number[] = [];
    const plain = pages.find((p) => p.assets.length === 0);
    for (let i = 0; plain && i < 3; i++) {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(server.origin + plain.url);
        firstIntlMs.push(await tab.evaluate(`(() => { const t = performance.now(); new Intl.NumberFormat(${JSON.stringify(options.lang)}); return performance.now() - t; })()`));
      } finally {
        await context.close();
      }
    }
    return { chromium: browser.version(), runs: results, profiles, firstIntlMs, missing };
  } finally {
    await browser.close();
  }
}
