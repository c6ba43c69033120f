// The element's API as Markdown tables, from custom-elements.json (`npm run analyze`),
// so the README says what the class's JSDoc says.
//
//   node test/scripts/readme-api.mjs          print the tables
//   node test/scripts/readme-api.mjs --write  put them between README.md's
//                                             <!-- element-api:start --> and <!-- element-api:end -->
//   node test/scripts/readme-api.mjs --check  exit 1 when that block is out of date
//
// Only the marked block is ever touched. Exit codes: 0 ok, 1 out of date or bad input, 2 usage.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const README = `${root}README.md`;
const START = '<!-- element-api:start -->';
const END = '<!-- element-api:end -->';
const NOTE = '<!-- generated from custom-elements.json by `node test/scripts/readme-api.mjs --write`: edit the element\'s JSDoc, not this block -->';

const args = process.argv.slice(2);
const mode = args[0] ?? 'print';
if (args.length > 1 || !['print', '--write', '--check'].includes(mode)) {
  console.error('Usage: node test/scripts/readme-api.mjs [--write | --check]');
  process.exit(2);
}

function fail(message) {
  console.error(`readme-api: ${message}`);
  process.exit(1);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`can't read ${file} (${error instanceof Error ? error.message : String(error)}); \`npm run build\` or \`npm run analyze\` makes it.`);
  }
}

/** One table cell: one line, pipes escaped (GitHub honours `\|` inside code spans too). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** Tables sit under the README's `## Embed it in a page`: `###`, or `####` below a heading per element. */
function table(level, heading, columns, rows) {
  if (rows.length === 0) return [];
  return [
    `${'#'.repeat(level)} ${heading}`,
    '',
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function elementTables(element, withHeading) {
  const level = withHeading ? 4 : 3;
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public');
  const fieldOf = (attribute) => fields.find((f) => f.name === (attribute.fieldName ?? attribute.name));
  return [
    ...(withHeading ? [`### \`<${element.tagName}>\``, '', ...(element.summary ? [cell(element.summary), ''] : [])] : []),
    ...table(
      level,
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => {
        const field = fieldOf(a);
        return [code(a.name), code(a.fieldName ?? a.name), code(a.type?.text ?? field?.type?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
      }),
    ),
    // every attribute above is a property too (its *property* column): these are the rest
    ...table(
      level,
      'Properties (JavaScript only)',
      ['property', 'type', 'default', 'description'],
      fields.filter((f) => !f.attribute).map((f) => [code(f.name), code(f.type?.text), code(f.default), cell(f.description)]),
    ),
    ...table(
      level,
      'Methods',
      ['method', 'parameters', 'returns', 'description'],
      methods.map((m) => [
        code(`${m.name}()`),
        cell((m.parameters ?? []).map((p) => `\`${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}\``).join(', ')),
        code(m.return?.type?.text),
        cell(m.description),
      ]),
    ),
    ...table(level, 'Events', ['event', 'description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    ...table(level, 'Slots', ['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    ...table(level, 'CSS parts', ['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    ...table(level, 'CSS custom properties', ['property', 'default', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
  ];
}

const pkg = readJson(`${root}package.json`);
const manifest = readJson(`${root}${pkg.customElements ?? 'custom-elements.json'}`);
// The README's block is the embed's element; the teacher and authoring pages' elements are in the manifest for editors.
const elements = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName === 'fact-quiz');
if (elements.length === 0) fail('the manifest declares no custom element with a tag name (@tagname in the class JSDoc).');

const tables = elements
  .flatMap((element) => elementTables(element, elements.length > 1))
  .join('\n')
  .trimEnd();

if (mode === 'print') {
  console.log(tables);
  process.exit(0);
}

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END, start);
if (start < 0 || end < 0) fail(`README.md has no ${START} … ${END} block.`);
const updated = `${readme.slice(0, start + START.length)}\n${NOTE}\n\n${tables}\n${readme.slice(end)}`;

if (mode === '--check') {
  if (updated !== readme) fail('README.md\'s element API block is out of date: run `node test/scripts/readme-api.mjs --write`.');
  console.log('readme-api: README.md\'s element API block is up to date.');
} else if (updated === readme) {
  console.log('readme-api: README.md already up to date.');
} else {
  writeFileSync(README, updated);
  console.log('readme-api: README.md\'s element API block updated.');
}
