// custom-elements.json, the manifest editors and catalogues read (`npm run analyze`,
// part of `npm run build`): it lists the element's whole public surface, from the
// class's JSDoc. Runs the analyzer when the manifest is missing or stale.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isFresh } from './freshness.js';

const MANIFEST = 'custom-elements.json';

/** The manifest's shape, as far as these tests read it (schema 2.x). */
interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
}
interface Declaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: Member[];
  events?: Partial<Named>[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

// Read before the analyzer runs: it rewrites package.json's field to its own output path.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { customElements?: string; files?: string[] };

function manifest(): Manifest {
  if (!isFresh(MANIFEST, ['src/components', 'src/classroom', 'src/authoring'])) {
    const analyze = spawnSync('npm', ['run', '--silent', 'analyze'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(analyze.status, 0, `npm run analyze failed:\n${analyze.stderr}${analyze.stdout}`);
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

let cached: Declaration | undefined;
/** The `<fact-quiz>` declaration. */
function factQuiz(): Declaration {
  cached ??= manifest()
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement === true && d.tagName === 'fact-quiz');
  assert.ok(cached, `${MANIFEST} declares no custom element with tagName "fact-quiz" (the class JSDoc's @tagname)`);
  return cached;
}

const names = (list: Partial<Named>[] | undefined): string[] => (list ?? []).map((item) => item.name ?? '(no name)');

/** Entries with no description: what the JSDoc still lacks. */
const undescribed = (list: Partial<Named>[] | undefined): string[] =>
  (list ?? []).filter((item) => !item.description?.trim()).map((item) => item.name ?? '(no name)');

describe('custom-elements.json', () => {
  it('is what package.json names as its manifest, and ships', () => {
    assert.equal(pkg.customElements, MANIFEST, `package.json "customElements" must be "${MANIFEST}" (cem analyze --outdir X rewrites it to X/${MANIFEST})`);
    assert.ok(pkg.files?.includes(MANIFEST), `package.json "files" must include "${MANIFEST}"`);
  });

  it('lists every attribute of <fact-quiz>, each described', () => {
    const { attributes } = factQuiz();
    const expected = ['src', 'seed', 'count', 'kinds', 'difficulty', 'mode', 'lang', 'persist'];
    const missing = expected.filter((name) => !names(attributes).includes(name));
    assert.deepEqual(missing, [], `attributes missing from the manifest: ${missing.join(', ')}`);
    assert.deepEqual(undescribed(attributes), [], 'attributes without a description');
  });

  it('lists the properties pack, quiz and strings (no attribute), each described', () => {
    const publicFields = (factQuiz().members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
    for (const name of ['pack', 'quiz', 'strings']) {
      const field = publicFields.find((m) => m.name === name);
      assert.ok(field, `property ${name} missing from the manifest`);
      assert.equal(field.attribute, undefined, `${name} is a property only`);
    }
    assert.deepEqual(undescribed(publicFields), [], 'public properties without a description');
  });

  it('lists exactly the three events, each described', () => {
    const { events } = factQuiz();
    assert.deepEqual(
      names(events).sort(),
      ['fact-quiz-answer', 'fact-quiz-complete', 'fact-quiz-start'],
      'events in the manifest (a generic `dispatchEvent(new CustomEvent(type…))` shows up as an event named after the variable unless marked `/** @ignore */`)',
    );
    assert.deepEqual(undescribed(events), [], 'events without a description');
  });

  it('lists the CSS parts, each described', () => {
    const { cssParts } = factQuiz();
    for (const part of ['base', 'button', 'question', 'option', 'feedback', 'results', 'progress']) {
      assert.ok(names(cssParts).includes(part), `css part ${part} missing from the manifest`);
    }
    assert.deepEqual(undescribed(cssParts), [], 'css parts without a description');
  });

  it('lists CSS custom properties, each with a default and a description', () => {
    const { cssProperties } = factQuiz();
    for (const property of ['--fact-quiz-accent', '--fact-quiz-bg', '--fact-quiz-fg', '--fact-quiz-font']) {
      assert.ok(names(cssProperties).includes(property), `css property ${property} missing from the manifest`);
    }
    for (const property of cssProperties ?? []) {
      assert.match(property.name, /^--fact-quiz-/, 'custom properties share the --fact-quiz- prefix');
      assert.ok(property.default, `${property.name} has no default ([--name=default] in @cssprop)`);
    }
    assert.deepEqual(undescribed(cssProperties), [], 'css properties without a description');
  });

  it('lists the slots, each described', () => {
    const { slots } = factQuiz();
    assert.ok((slots ?? []).length > 0, 'no @slot in the class JSDoc');
    assert.deepEqual(undescribed(slots), [], 'slots without a description');
  });

  it('turns into README tables (test/scripts/readme-api.mjs)', () => {
    factQuiz(); // the manifest exists and is fresh
    const run = spawnSync(process.execPath, ['test/scripts/readme-api.mjs'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 0, run.stderr);
    for (const heading of ['Attributes', 'Properties (JavaScript only)', 'Events', 'Slots', 'CSS parts', 'CSS custom properties']) {
      assert.ok(run.stdout.split('\n').includes(`### ${heading}`), `no "### ${heading}" table`);
    }
    assert.match(run.stdout, /^\| `seed` \| `seed` \|/m);
    assert.match(run.stdout, /^\| `fact-quiz-complete` \|/m);
  });
});
