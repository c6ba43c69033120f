// The exporters' markup templates (src/exporters/markup.ts) escape every value unless it
// is markup, as lit-html does; the lint rule in eslint.config.js refuses markup written
// with a plain template, whose attribute values nothing escapes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { type MarkupValue, cdata, html, join, raw, xml } from '../../src/exporters/markup.js';
import type { QuestionSource } from '../../src/engine/quiz.js';
import { sourceParagraph } from '../../src/exporters/citation.js';
import { localeFor } from '../../src/locales/index.js';

const HOSTILE = '"><script>alert(1)</script>&amp;';
const ESCAPED = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;';

describe('xml and html templates', () => {
  it('escape a value in element text', () => {
    assert.equal(xml`<p>${HOSTILE}</p>`.toString(), `<p>${ESCAPED}</p>`);
    assert.equal(html`<p>${HOSTILE}</p>`.toString(), `<p>${ESCAPED}</p>`);
  });

  it('escape a value in a double-quoted attribute, so it cannot end the attribute', () => {
    assert.equal(html`<a href="${HOSTILE}">x</a>`.toString(), `<a href="${ESCAPED}">x</a>`);
  });

  it('drop the characters XML 1.0 forbids, keep tab, newline and the rest of Unicode', () => {
    assert.equal(xml`<t>${'a\u0000b\u0007c\ud800d\uFFFEe\tf\ng😀é'}</t>`.toString(), '<t>abcde\tf\ng😀é</t>');
  });

  it('write numbers as they are', () => {
    assert.equal(xml`<v>${12}</v><v>${0.5}</v>`.toString(), '<v>12</v><v>0.5</v>');
  });

  it('keep markup only when it is marked: raw(), a template, join()', () => {
    assert.equal(xml`<p>${raw('<b>bold</b>')}</p>`.toString(), '<p><b>bold</b></p>');
    assert.equal(xml`<p>${'<b>bold</b>'}</p>`.toString(), '<p>&lt;b&gt;bold&lt;/b&gt;</p>');
    // An object that only looks like markup, from an untyped caller, is text.
    const lookalike = { toString: () => '<b>bold</b>' } as unknown as MarkupValue;
    assert.equal(xml`<p>${lookalike}</p>`.toString(), '<p>&lt;b&gt;bold&lt;/b&gt;</p>');
  });

  it('compose: a nested template is not escaped twice', () => {
    const inner = html`<b title="${'a&b'}">${'x < y'}</b>`;
    assert.equal(html`<p>${inner}</p>`.toString(), '<p><b title="a&amp;b">x &lt; y</b></p>');
    assert.equal(html`<div>${html`<p>${inner}</p>`}</div>`.toString(), '<div><p><b title="a&amp;b">x &lt; y</b></p></div>');
  });

  it('join an array of templates and texts, each escaped once', () => {
    const items = ['a', '<b>'].map((t) => html`<li>${t}</li>`);
    assert.equal(html`<ul>${items}</ul>`.toString(), '<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    assert.equal(html`<p>${['<', html`<br/>`, '&']}</p>`.toString(), '<p>&lt;<br/>&amp;</p>');
    assert.equal(join([html`<i>1</i>`, '<2>'], ', ').toString(), '<i>1</i>, &lt;2&gt;');
    assert.equal(join([], '\n').toString(), '');
  });

  it('refuse a value in an unquoted or single-quoted attribute', () => {
    assert.throws(() => xml`<a href=${'x onmouseover=alert(1)'}>`, /quote the attribute value/);
    assert.throws(() => xml`<a href='${"x' onmouseover='alert(1)"}'>`, /quote the attribute value/);
  });

  it('cdata keeps markup as text and splits a "]]>" so it cannot end the section', () => {
    assert.equal(cdata(html`<p>${'a]]>b'}</p>`).toString(), '<![CDATA[<p>a]]&gt;b</p>]]>');
    assert.equal(cdata(raw(']]>')).toString(), '<![CDATA[]]]]><![CDATA[>]]>');
  });
});

describe('sourceParagraph', () => {
  const source: QuestionSource = { id: 's1', title: 'T <i>', publisher: 'P&Co', url: 'https://example.org/?a="b"&c=<d>', quote: 'said "so" <b>' };

  it('links the title to a web link, every part escaped', () => {
    assert.equal(
      sourceParagraph(source).toString(),
      '<p>Source: <a href="https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;">T &lt;i&gt; (P&amp;Co, https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;)</a>: “said &quot;so&quot; &lt;b&gt;”</p>',
    );
  });

  it('shows no link a reader should not follow, and takes the format’s class, cite and quote marks', () => {
    assert.equal(
      sourceParagraph({ ...source, url: 'javascript:alert(1)' }, { className: 'source', cite: true }).toString(),
      '<p class="source">Source: <cite>T &lt;i&gt; (P&amp;Co)</cite>: “said &quot;so&quot; &lt;b&gt;”</p>',
    );
    assert.equal(sourceParagraph({ id: 's2', title: 'T', quote: 'q' }, { quoteElement: true }).toString(), '<p>Source: T: <q>q</q></p>');
  });

  it('speaks the words given, and takes a title or quote ending in "=" for text', () => {
    const source = { id: 's3', title: 'a =', quote: 'b ===' };
    assert.equal(sourceParagraph(source).toString(), '<p>Source: a =: “b ===”</p>');
    assert.equal(sourceParagraph(source, {}, localeFor('fr-FR').exports).toString(), '<p>Source\u202f: a =\u202f: «\u202fb ===\u202f»</p>');
  });
});

// ESLint with the repository's config, type information off: the rule reads only syntax.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});
const RULE = 'no-restricted-syntax';

/** The unescaped-attribute errors ESLint gives `code` as if it were an exporter. */
async function attributeErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/exporters/attribute-probe.ts' });
  assert.ok(result !== undefined);
  assert.deepEqual(result.messages.filter((m) => m.fatal === true), [], 'the probe did not parse');
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('lint: no value goes into an attribute unescaped (eslint.config.js)', () => {
  it('refuses a plain template that puts a string into an attribute', async () => {
    for (const code of ['export const a = (url: string): string => `<a href="${url}">x</a>`;\n', "export const a = (id: string): string => `<b class='${id}'/>`;\n"]) {
      const errors = await attributeErrors(code);
      assert.equal(errors.length, 1, code);
      assert.match(errors[0] as string, /xml`…` or html`…`/);
    }
  });

  it('lets the escaping templates and plain text through', async () => {
    const code = "import { html } from './markup.js';\nexport const a = (url: string): string => html`<a href=\"${url}\">x</a>`.toString();\nexport const b = (n: number): string => `Question ${String(n)}`;\n";
    assert.deepEqual(await attributeErrors(code), []);
  });

  it('finds no such template in the exporters', async () => {
    const results = await eslint.lintFiles(['src/exporters/*.ts']);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${String(m.line)}`));
    assert.ok(results.length > 0);
    assert.deepEqual(found, []);
  });
});
