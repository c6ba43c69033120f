/**
 * The browser half of `npm run bench`: headless Chromium (playwright-core driving
 * /usr/bin/chromium) loads each page from the local server in a fresh context (cold
 * cache: no-store, a new profile each run), pages alternated A B A B, at normal speed
 * and with the CPU throttled through the DevTools protocol. test/bench/probe.js, run
 * in the page before its scripts, takes the times; this file clicks and collects.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { BenchPage, Change } from './pages.js';
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

export interface PageRun {
  page: BenchPage['name'];
  throttle: number;
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
  /** What the server sent for this load. */
  loaded: Served[];
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
  page: BenchPage['name'];
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
  throttles: readonly number[];
  log: (line: string) => void;
}

export interface BrowserRuns {
  chromium: string;
  runs: PageRun[];
  profiles: LoadProfile[];
  /** ms to make the first `Intl.NumberFormat` in a fresh page with no script, one figure per page. */
  firstIntlMs: number[];
}

export async function browserRuns(options: BrowserOptions): Promise<BrowserRuns> {
  const { server, pages, stems, runs, throttles, log } = options;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true }).catch((error: unknown) => {
    throw new BenchError(`Chromium at ${CHROMIUM} did not start: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  });
  const results: PageRun[] = [];
  try {
    const once = async (page: BenchPage, throttle: number): Promise<PageRun> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await context.addInitScript({ content: `{\nconst CONFIG = ${JSON.stringify({ ...page.probe, stems })};\n${probe}\n}` });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        server.take();
        await tab.goto(server.origin + page.url, { waitUntil: 'commit' });
        const first = await tab.evaluate<FirstTimes>('window.__bench.first');
        await tab.waitForLoadState('load');
        await settle(tab);
        const timing = await tab.evaluate<Timing>(`(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return { fcp: fcp && fcp.startTime, domContentLoaded: nav && nav.domContentLoadedEventEnd, load: nav && nav.loadEventEnd };
        })()`);
        const reactions: PageRun['reactions'] = {};
        if (first.first !== undefined) {
          for (const step of page.steps) {
            await tab.evaluate(`window.__bench.arm(${JSON.stringify(step.watch)})`);
            await tab.locator(step.click).first().click();
            const result = await tab.evaluate<Partial<Record<Change, Reaction>>>('window.__bench.result');
            // Chromium reports the click's Event Timing once the frame is presented.
            await settle(tab);
            const presented = await tab.evaluate<number>('window.__bench.presented()');
            for (const change of step.watch) reactions[change] = { ...result[change], presented };
          }
        }
        return { page: page.name, throttle, ...first, ...timing, reactions, loaded: server.take() };
      } finally {
        await context.close();
      }
    };

    for (const throttle of throttles) {
      // One load of each page first, not counted: the first launch of a page pays for disk reads.
      for (const page of pages) await once(page, throttle);
      for (let i = 0; i < runs; i++) {
        for (const page of pages) {
          const run = await once(page, throttle);
          results.push(run);
          const r = run.reactions;
          const fmt = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(1));
          log(
            `  ${String(throttle)}x CPU run ${String(i + 1)} ${page.name.padEnd(10)} first question ${fmt(run.firstPainted).padStart(7)} ms` +
              `  select ${fmt(r.selected?.paint)}  feedback ${fmt(r.feedback?.paint)}  next ${fmt(r.next?.paint)} ms`,
          );
        }
      }
    }

    // Where the main thread's time goes while a page loads: a separate pass, as the
    // profiler slows the page down.
    const profiles: LoadProfile[] = [];
    const loads = options.profiledLoads ?? 0;
    for (const page of loads > 0 ? pages.filter((p) => p.assets.length > 0) : []) {
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
    return { chromium: browser.version(), runs: results, profiles, firstIntlMs };
  } finally {
    await browser.close();
  }
}
