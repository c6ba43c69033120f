/**
 * A printable worksheet: one self-contained HTML document (inline CSS, no script, no
 * outside file) with, for each version A, B, C…, a page header to fill in, the numbered
 * questions with a box for the letter (numbered boxes for an order question), and then,
 * on a new page, that version's answer key with the explanation and the source. Print
 * CSS keeps every question on one page and starts every version and key on a new one.
 * The markup is also well-formed XML, so any XML parser can check it.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { firstVersion, keyLetters } from './answer-key.js';
import { sourceParagraph } from './citation.js';
import { letter, questionSources } from '../engine/display.js';
import { type Markup, html, join, raw } from './markup.js';
import { localeFor, type ExportWords } from '../locales/index.js';

export interface WorksheetOptions {
  /** The heading of every page. Default: the pack's title. */
  title?: string;
  /**
   * Fixes the paper size for printing. Default: none, so the sheet prints on whatever
   * paper the print dialog has (A4 or Letter); the layout fits both.
   */
  paper?: 'a4' | 'letter';
}

/**
 * Text as a CSS string: everything but plain letters, digits and spaces as a hex escape,
 * so neither a quote nor `</style>` can end it early.
 */
function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${(c.codePointAt(0) ?? 0).toString(16)} `)}"`;
}

/**
 * Each version's sheet and key print on their own named pages, whose footer says which
 * version (and whether the key) a loose page is.
 */
function versionPages(versions: readonly Quiz[], title: string, words: ExportWords['worksheet']): string {
  return versions
    .flatMap((quiz, v) => {
      const id = letter(v).toLowerCase();
      return [
        [`sheet.v-${id}`, `version-${id}`, words.sheetFooter(title, letter(v), quiz.seed)],
        [`key.v-${id}`, `key-${id}`, words.keyFooter(title, letter(v), quiz.seed)],
      ].map(
        ([selector = '', name = '', footer = '']) =>
          `.${selector} { page: ${name}; }\n@page ${name} { @bottom-left { content: ${cssString(footer)}; font: 8pt Georgia, "DejaVu Serif", serif; color: #555; } }`,
      );
    })
    .join('\n');
}

/** Print CSS; `paper` fixes the page size, otherwise the printer's paper is used. */
function styles(paper: 'a4' | 'letter' | undefined): string {
  const size = paper === undefined ? '' : `size: ${paper === 'a4' ? 'A4' : 'letter'}; `;
  return `
@page { ${size}margin: 14mm 15mm 16mm; }
* { box-sizing: border-box; }
html { font: 11pt/1.35 Georgia, "DejaVu Serif", "Times New Roman", serif; color: #111; background: #fff; overflow-wrap: anywhere; }
body { margin: 0; }
h1 { font-size: 17pt; margin: 0 0 1mm; }
h2 { font-size: 14pt; margin: 0 0 1mm; }
p { margin: 0; }
.sheet + .key, .key + .sheet { break-before: page; page-break-before: always; }
.meta { font-size: 9.5pt; color: #333; margin-bottom: 4mm; }
.pupil { display: flex; gap: 6mm; margin-bottom: 4mm; }
.pupil p { flex: 1 1 0; display: flex; align-items: flex-end; gap: 2mm; }
.pupil p:first-child { flex-grow: 2; }
.line { flex: 1; border-bottom: 0.8pt solid #000; height: 1.3em; }
.instructions { font-size: 9.5pt; margin-bottom: 3mm; }
.questions { list-style: none; margin: 0; padding: 0; }
.question { break-inside: avoid; page-break-inside: avoid; padding: 2.5mm 0 3mm; border-top: 0.5pt solid #aaa; }
.q-head { display: flex; gap: 3mm; align-items: flex-start; padding-right: 0.5mm; }
.number { font-weight: 700; min-width: 7mm; }
.stem { flex: 1; font-weight: 600; }
.hint { display: block; font-weight: 400; font-style: italic; font-size: 9pt; color: #333; }
.box { flex: none; width: 12mm; height: 9mm; border: 1pt solid #000; }
.question[data-kind="multiple"] .box { width: 28mm; }
.options { list-style: none; margin: 1.5mm 15mm 0 10mm; padding: 0; }
.options li { display: flex; gap: 2mm; margin: 0.7mm 0; }
.options.short { display: grid; grid-template-columns: 1fr 1fr; gap: 0.7mm 6mm; }
.options.short li { margin: 0; }
.letter { font-weight: 700; min-width: 5mm; }
.slots { display: flex; flex-wrap: wrap; gap: 4mm; margin: 2.5mm 0 0 10mm; }
.slot { display: flex; align-items: center; gap: 1.5mm; }
.slot .box { width: 10mm; height: 8mm; }
.key table { width: 100%; border-collapse: collapse; font-size: 10pt; margin-top: 3mm; }
.key th, .key td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #999; }
.key th, .key td:first-child { white-space: nowrap; }
.key tr { break-inside: avoid; page-break-inside: avoid; }
.key .answer { font-weight: 700; white-space: nowrap; }
.key td p + p { margin-top: 0.8mm; }
.source { font-size: 9pt; color: #333; }
a { color: inherit; }
@media screen {
  html { background: #e8e8e8; }
  body { padding: 6mm 0; }
  .sheet, .key { background: #fff; max-width: ${paper === 'letter' ? '216mm' : '210mm'}; margin: 0 auto 6mm; padding: 14mm 15mm; box-shadow: 0 0.5mm 3mm rgba(0, 0, 0, 0.25); }
}`;
}

/**
 * @example
 * const versions = generateVersions(pack, { seed: '7B', versions: 3 });
 * writeFileSync('worksheet.html', toWorksheetHtml(versions, { title: 'State visit', paper: 'a4' }));
 */
export function toWorksheetHtml(versions: readonly Quiz[], options: WorksheetOptions = {}): string {
  const first = firstVersion(versions);
  const title = options.title ?? first.pack.title;
  // Every version is of one pack: the sheets speak its language.
  const words = localeFor(first.pack.lang).exports;
  // The CSS is ours, and the one text in it went through cssString: it is markup already.
  const css = raw(`${styles(options.paper)}\n${versionPages(versions, title, words.worksheet)}\n`);
  const body = versions.map((quiz, v) => html`${sheet(quiz, letter(v), title, words)}\n${answerKey(quiz, letter(v), title, words)}\n`);
  return html`<!DOCTYPE html>
<html lang="${first.pack.lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="${first.generator}" />
<title>${words.worksheet.title(title)}</title>
<style>${css}</style>
</head>
<body>
${body}</body>
</html>
`.toString();
}

function meta(quiz: Quiz, version: string, words: ExportWords): Markup {
  const { worksheet } = words;
  return html`<p class="meta">${worksheet.version} <span class="version">${version}</span> · ${worksheet.seed} <span class="seed">${quiz.seed}</span> · ${words.questionCount(quiz.questions.length)}</p>`;
}

function sheet(quiz: Quiz, version: string, title: string, words: ExportWords): Markup {
  const { worksheet } = words;
  return html`<section class="sheet v-${version.toLowerCase()}" data-version="${version}">
<header>
<h1>${title}</h1>
${meta(quiz, version, words)}
<div class="pupil"><p>${worksheet.name} <span class="line"></span></p><p>${worksheet.className} <span class="line"></span></p><p>${worksheet.date} <span class="line"></span></p></div>
<p class="instructions">${worksheet.instructions}</p>
</header>
<ol class="questions">
${quiz.questions.map((question, i) => html`${questionItem(question, i, worksheet)}\n`)}</ol>
</section>`;
}

/** Options this short (in UTF-16 units, near enough to characters) sit two to a row, so a sheet needs fewer pages. */
const SHORT_OPTION = 28;

function questionItem(question: Question, index: number, words: ExportWords['worksheet']): Markup {
  const short = question.options.every((o) => o.text.length <= SHORT_OPTION);
  const options = question.options.map((o, i) => html`<li><span class="letter">${letter(i)}.</span> <span class="text">${o.text}</span></li>`);
  // An order question gets a numbered box per position instead of one box.
  const box = question.kind === 'order' ? '' : html`<span class="box" aria-label="${words.answerBox}"></span>`;
  const positions = question.options.map((_, i) => html`<span class="slot"><span class="position">${i + 1}</span> <span class="box" aria-label="${words.position(i + 1)}"></span></span>`);
  const slots = question.kind === 'order' ? html`<p class="slots">${join(positions, ' ')}</p>\n` : '';
  // A quiz given without exportQuiz is unchecked: an unknown kind gets no hint.
  const hint = (words.hints as Partial<Record<string, string>>)[question.kind] ?? '';
  return html`<li class="question" data-kind="${question.kind}">
<div class="q-head"><span class="number">${index + 1}.</span> <p class="stem">${question.stem} <span class="hint">${hint}</span></p> ${box}</div>
<ol class="${short ? 'options short' : 'options'}">${options}</ol>
${slots}</li>`;
}

function answerKey(quiz: Quiz, version: string, title: string, words: ExportWords): Markup {
  const { worksheet } = words;
  const rows = quiz.questions.map((question, i) => {
    const sources = questionSources(question).map((s) => sourceParagraph(s, { className: 'source', cite: true }, words));
    const answer = keyLetters(question).join(question.kind === 'order' ? ' → ' : ', ');
    return html`<tr><td>${i + 1}</td><td class="answer">${answer}</td><td><p class="explanation">${question.explanation}</p>${sources}</td></tr>\n`;
  });
  return html`<section class="key v-${version.toLowerCase()}" data-version="${version}">
<h2>${worksheet.keyTitle(title)}</h2>
${meta(quiz, version, words)}
<table>
<thead><tr><th>${worksheet.number}</th><th>${worksheet.answer}</th><th>${worksheet.why}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
</section>`;
}
