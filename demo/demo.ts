// The demo page: registers <fact-quiz>, logs every quiz's events, shows each theme's
// CSS and makes the snippets copyable. DOM built with textContent: no markup strings.
import '../src/define.js';
import type { FactQuizEventMap } from '../src/components/index.js';

const EVENTS = ['fact-quiz-start', 'fact-quiz-answer', 'fact-quiz-complete'] as const satisfies readonly (keyof FactQuizEventMap)[];
const MAX_LOG_ENTRIES = 100;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

// Events: one listener on the document hears every quiz (the events bubble and are composed).

const list = document.getElementById('event-list');
const empty = document.getElementById('event-empty');
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function logEvent(event: Event): void {
  if (!list || !(event instanceof CustomEvent)) return;
  const source = event.target instanceof HTMLElement ? (event.target.dataset.name ?? event.target.id) : '';
  const item = document.createElement('li');
  item.append(
    element('span', 'event-time', time.format(new Date())),
    element('span', `event-type ${event.type.replace('fact-quiz-', '')}`, event.type),
    element('span', 'event-source', source),
    element('code', 'event-detail', JSON.stringify(event.detail)),
  );
  list.prepend(item);
  while (list.children.length > MAX_LOG_ENTRIES) list.lastElementChild?.remove();
  if (empty) empty.hidden = true;
}

for (const type of EVENTS) document.addEventListener(type, logEvent);

document.getElementById('clear-log')?.addEventListener('click', () => {
  list?.replaceChildren();
  if (empty) empty.hidden = false;
});

// Themes: each card shows the rules of demo/themes.css that style it, as written there.

/** The top-level rules of `css` (comments left out) that name `.className`, `@media` blocks included. */
function rulesNaming(css: string, className: string): string {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) {
      rules.push(source.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const name = new RegExp(`\\.${className}(?![\\w-])`);
  return rules.filter((rule) => name.test(rule)).join('\n');
}

async function showThemes(): Promise<void> {
  const response = await fetch(new URL('themes.css', import.meta.url));
  if (!response.ok) return;
  const css = await response.text();
  for (const card of document.querySelectorAll<HTMLElement>('[data-theme]')) {
    const code = card.querySelector('.theme-css code');
    if (code && card.dataset.theme) code.textContent = rulesNaming(css, card.dataset.theme);
  }
  // The themed snippet: the theme's CSS in a <style> element, above the tag.
  for (const code of document.querySelectorAll<HTMLElement>('[data-theme-snippet]')) {
    const rules = rulesNaming(css, code.dataset.themeSnippet ?? '');
    if (rules) code.textContent = `<style>\n${rules.replace(/^/gm, '  ')}\n</style>\n${code.textContent}`;
  }
}

void showThemes();

// Copy buttons: the clipboard when the browser allows it, else the text selected for Ctrl+C.

function selectText(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const code = document.getElementById(button.dataset.copy ?? '');
  const note = button.parentElement?.querySelector('.copy-note');
  if (!code || !note) continue;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string): void => {
    note.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (note.textContent = ''), 4000);
  };
  const fallback = (): void => {
    selectText(code);
    say('Selected: press Ctrl+C or ⌘C to copy');
  };
  button.addEventListener('click', () => {
    let copying: Promise<void>;
    try {
      copying = navigator.clipboard.writeText(code.textContent);
    } catch {
      // No Clipboard API (an insecure origin, an old browser).
      fallback();
      return;
    }
    copying.then(() => {
      say('Copied');
    }, fallback);
  });
}
