// Runs in each benchmarked page before the page's own scripts (playwright's
// addInitScript). Plain JavaScript: tsx would compile a TypeScript function with helpers
// (`__name`) the page doesn't have. test/bench/browser.ts prepends `const CONFIG = {...}`:
// `host` (a custom element whose open shadow root holds the widget, or null), `stem`
// (selector of the shown question's text), `start` (a Start button to click, or null),
// `giveUpMs` (how long to wait for the first question), `selected` and `feedback`
// (selectors of an option shown as chosen and of the feedback
// after an answer), `stems` (the first and second questions' text).
//
// window.__bench.first: a promise of the times (ms since navigation start) the first
//   question's text was first seen in a frame (`first`) and just after that frame was
//   painted (`firstPainted`: a setTimeout queued from the frame's requestAnimationFrame
//   runs after the paint). With a Start button, it clicks Start the first frame the button
//   is shown, and records that time (`intro`).
// window.__bench.arm(names): watch for the named changes after the next click; then
//   window.__bench.result is a promise of, per name, ms from the click event's timestamp
//   to the change being in the DOM (`dom`) and to the end of the frame that painted it
//   (`paint`).
// window.__bench.layoutShift(): layout shift so far (PerformanceObserver 'layout-shift',
//   buffered): `first`, the sum of the entries without recent input up to the first
//   question painted; `total`, all entries without recent input so far; `afterInput`, the
//   entries Chromium leaves out as caused by input; `sources`, what moved.
// window.__bench.presented(): the browser's own figure for the last armed click (Event
//   Timing): ms from the click to the next frame presented, in steps of 8 ms; 0 when
//   Chromium reported no entry, which it does only for durations under 16 ms.
/* global CONFIG, window, document, performance, requestAnimationFrame, MutationObserver, PerformanceObserver */
(() => {
  const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const host = () => (CONFIG.host ? document.querySelector(CONFIG.host) : null);
  const root = () => (CONFIG.host ? (host()?.shadowRoot ?? null) : document);
  const shown = (el) => el !== null && el !== undefined && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const showsStem = (r, stem) => {
    const el = r.querySelector(CONFIG.stem);
    return shown(el) && norm(el.textContent).includes(stem);
  };
  const conditions = {
    first: (r) => showsStem(r, CONFIG.stems[0]),
    selected: (r) => r.querySelector(CONFIG.selected) !== null,
    feedback: (r) => {
      const el = r.querySelector(CONFIG.feedback);
      return shown(el) && /[\u2713\u2717]/.test(el.textContent);
    },
    next: (r) => showsStem(r, CONFIG.stems[1]),
  };

  const bench = {};
  window.__bench = bench;

  // Time to the first question.
  const times = {};
  let resolveFirst;
  bench.first = new Promise((resolve) => (resolveFirst = resolve));
  const giveUp = setTimeout(() => resolveFirst(times), CONFIG.giveUpMs);
  const seen = () => {
    if (times.first !== undefined) return;
    times.first = performance.now();
    setTimeout(() => {
      times.firstPainted = performance.now();
      clearTimeout(giveUp);
      resolveFirst(times);
    });
  };
  const firstFrame = () => {
    if (times.first !== undefined) return;
    const r = root();
    if (r) {
      if (CONFIG.start && times.intro === undefined && !conditions.first(r)) {
        const start = r.querySelector(CONFIG.start);
        if (shown(start)) {
          times.intro = performance.now();
          start.click();
          // A Lit element renders the question in a microtask, before this frame is painted.
          void Promise.resolve(host()?.updateComplete).then(() => {
            if (conditions.first(r)) seen();
          });
        }
      }
      if (conditions.first(r)) {
        seen();
        return;
      }
    }
    requestAnimationFrame(firstFrame);
  };
  requestAnimationFrame(firstFrame);

  // Layout shift: every entry from navigation on, summed when asked.
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shifts.push(entry);
  }).observe({ type: 'layout-shift', buffered: true });
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return node.nodeName.toLowerCase();
    return node.localName + (node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : '');
  };
  bench.layoutShift = () => {
    const sum = (list) => list.reduce((total, entry) => total + entry.value, 0);
    const counted = shifts.filter((entry) => !entry.hadRecentInput);
    const until = times.firstPainted ?? Infinity;
    const sources = new Set(counted.flatMap((entry) => (entry.sources ?? []).map((source) => describe(source.node))));
    return {
      first: sum(counted.filter((entry) => entry.startTime <= until)),
      total: sum(counted),
      afterInput: sum(shifts.filter((entry) => entry.hadRecentInput)),
      sources: [...sources],
    };
  };

  // Interaction: click to the change painted.
  const clicks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') clicks.push(entry);
  }).observe({ type: 'event', durationThreshold: 16 });
  let t0;
  bench.presented = () => clicks.find((entry) => Math.abs(entry.startTime - t0) < 1)?.duration ?? 0;
  bench.arm = (names) => {
    const r = root();
    const result = {};
    const pending = new Set(names);
    t0 = undefined;
    let finish;
    bench.result = new Promise((resolve) => (finish = resolve));
    const onClick = (event) => {
      if (t0 === undefined) t0 = event.timeStamp;
    };
    const check = (inFrame) => {
      if (t0 === undefined) return;
      for (const name of [...pending]) {
        const entry = (result[name] ??= {});
        if (entry.dom === undefined && conditions[name](r)) entry.dom = performance.now() - t0;
        if (inFrame && entry.dom !== undefined) {
          // In a requestAnimationFrame callback: this frame paints the change.
          pending.delete(name);
          setTimeout(() => {
            entry.paint = performance.now() - t0;
            if (pending.size === 0 && names.every((n) => result[n]?.paint !== undefined)) done();
          });
        }
      }
    };
    const observer = new MutationObserver(() => check(false));
    const giveUpInteraction = setTimeout(() => done(), 20_000);
    function done() {
      clearTimeout(giveUpInteraction);
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
      finish(result);
    }
    window.addEventListener('click', onClick, true);
    observer.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => {
      check(true);
      if (pending.size > 0) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
})();
