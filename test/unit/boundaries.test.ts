// The layers kept by lint (eslint.config.js, `no-restricted-imports`): the engine never
// imports the element, the exporters, the CLI, the teacher page or Lit; the element never
// imports the exporters, the CLI or the teacher page; the teacher page (src/classroom/)
// imports the engine and the exporters, never the element or the CLI; a language
// (src/locales) imports only types. Each case runs the project's own ESLint config on a
// snippet placed in the folder it speaks for, so a config that stops restricting fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const RULE = 'no-restricted-imports';

// The repository's config with type information off: the boundary rule reads only the
// import text, and a snippet at a path no tsconfig lists could not be type-checked.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

/** The boundary messages ESLint gives `code` as if it were the file `filePath`. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result !== undefined, `no lint result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal === true);
  assert.deepEqual(fatal, [], `${filePath} did not parse`);
  return result.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

const ENGINE_FILE = 'src/engine/boundary-probe.ts';
const COMPONENT_FILE = 'src/components/fact-quiz/boundary-probe.ts';
const CLASSROOM_FILE = 'src/classroom/boundary-probe.ts';

describe('import boundaries (eslint.config.js)', () => {
  it('refuses the element in the engine', async () => {
    const errors = await boundaryErrors("import { FactQuiz } from '../components/index.js';\nexport { FactQuiz };\n", ENGINE_FILE);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /'\.\.\/components\/index\.js'.*bottom layer/);
  });

  it('refuses the exporters, the CLI, the package entry and Lit in the engine, type imports too', async () => {
    for (const source of ['../exporters/index.js', '../cli/main.js', '../index.js', '../define.js', 'lit', 'lit/decorators.js', '@lit/reactive-element']) {
      const errors = await boundaryErrors(`import type * as M from '${source}';\nexport type { M };\n`, ENGINE_FILE);
      assert.equal(errors.length, 1, `${source}: ${errors.join('\n')}`);
    }
  });

  it('refuses the exporters and the CLI in the element', async () => {
    const errors = await boundaryErrors("import { toGift } from '../../exporters/index.js';\nexport { toGift };\n", COMPONENT_FILE);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /'\.\.\/\.\.\/exporters\/index\.js'.*beside it/);
    assert.equal((await boundaryErrors("export * from '../../cli/main.js';\n", COMPONENT_FILE)).length, 1);
  });

  it('refuses the teacher page in the engine and in the element', async () => {
    const engine = await boundaryErrors("import { makeClassroom } from '../classroom/model.js';\nexport { makeClassroom };\n", ENGINE_FILE);
    assert.equal(engine.length, 1, engine.join('\n'));
    assert.match(engine[0] as string, /'\.\.\/classroom\/model\.js'.*bottom layer/);
    const element = await boundaryErrors("import type { FactQuizClassroom } from '../../classroom/index.js';\nexport type { FactQuizClassroom };\n", COMPONENT_FILE);
    assert.equal(element.length, 1, element.join('\n'));
    assert.match(element[0] as string, /'\.\.\/\.\.\/classroom\/index\.js'.*teacher page/);
  });

  it('refuses the element, the CLI and the package entry points in the teacher page', async () => {
    for (const source of ['../components/index.js', '../components/fact-quiz/fact-quiz.component.js', '../cli/main.js', '../index.js', '../define.js', '../embed.js']) {
      const errors = await boundaryErrors(`import type * as M from '${source}';\nexport type { M };\n`, CLASSROOM_FILE);
      assert.equal(errors.length, 1, `${source}: ${errors.join('\n')}`);
    }
  });

  it('lets each layer import what lies below it', async () => {
    assert.deepEqual(await boundaryErrors("export { foldText } from './text.js';\nexport { default as alea } from 'seedrandom/lib/alea.js';\n", ENGINE_FILE), []);
    assert.deepEqual(await boundaryErrors("export { generateQuiz } from '../../engine/index.js';\nexport { LitElement } from 'lit';\n", COMPONENT_FILE), []);
    assert.deepEqual(await boundaryErrors("export { toGift } from '../exporters/index.js';\nexport { FactQuiz } from '../components/index.js';\n", 'src/cli/boundary-probe.ts'), []);
    assert.deepEqual(await boundaryErrors("export { generateVersions } from '../engine/index.js';\nexport { exportQuiz } from '../exporters/index.js';\nexport { stateVisitPack } from '../default-pack.js';\nexport { LitElement } from 'lit';\n", CLASSROOM_FILE), []);
  });

  it('lets the authoring page import the engine and <fact-quiz>, never the CLI or the exporters', async () => {
    const page = 'src/authoring/boundary-probe.ts';
    assert.deepEqual(await boundaryErrors("export { validatePack } from '../engine/index.js';\nexport { FactQuiz } from '../define.js';\nexport { LitElement } from 'lit';\n", page), []);
    for (const source of ['../cli/main.js', '../exporters/index.js']) {
      const errors = await boundaryErrors(`export * from '${source}';\n`, page);
      assert.equal(errors.length, 1, `${source}: ${errors.join('\n')}`);
    }
  });

  it('still refuses unescaped markup in the engine, the element and the teacher page beside the boundaries', async () => {
    const unsafe = "export { unsafeHTML } from 'lit/directives/unsafe-html.js';\n";
    assert.equal((await boundaryErrors(unsafe, COMPONENT_FILE)).length, 1);
    assert.equal((await boundaryErrors(unsafe, CLASSROOM_FILE)).length, 1);
  });

  it('keeps languages to data: engine types only, no engine code, element, exporters or Lit', async () => {
    const LOCALE_FILE = 'src/locales/fr/boundary-probe.ts';
    const refusals = async (code: string): Promise<string[]> => {
      const [result] = await eslint.lintText(code, { filePath: LOCALE_FILE });
      return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith(RULE) === true && m.severity === 2).map((m) => m.message);
    };
    assert.deepEqual(await refusals("import type { Season } from '../../engine/verbalise.js';\nexport const s: Season = 'spring';\n"), []);
    assert.deepEqual(await refusals("import type { EngineWords } from '../types.js';\nexport type { EngineWords };\n"), []);
    for (const source of ['../../engine/verbalise.js', '../../components/index.js', '../../exporters/index.js', 'lit']) {
      const errors = await refusals(`import * as M from '${source}';\nexport { M };\n`);
      assert.equal(errors.length, 1, `${source}: ${errors.join('\n')}`);
      assert.match(errors[0] as string, /Languages are data/);
    }
  });

  it('keeps the authoring code, chrono-node and compromise out of the element, the embed and the engine', async () => {
    const authoring = ["export { draftPack } from '../../authoring/index.js';\n", "export * as chrono from 'chrono-node';\n", "export { default as nlp } from 'compromise';\n"];
    for (const code of authoring) {
      assert.equal((await boundaryErrors(code, COMPONENT_FILE)).length, 1, `element: ${code}`);
      assert.equal((await boundaryErrors(code.replace('../../', './'), 'src/embed.ts')).length, 1, `embed: ${code}`);
      assert.equal((await boundaryErrors(code.replace('../../', '../'), ENGINE_FILE)).length, 1, `engine: ${code}`);
    }
    // The CLI may load them: its draft command imports them when asked for a draft.
    assert.deepEqual(await boundaryErrors("export const load = () => import('../authoring/index.js');\nexport * as chrono from 'chrono-node';\n", 'src/cli/boundary-probe.ts'), []);
  });

  it('finds no import across a boundary in the real engine, element, teacher page and languages', async () => {
    const results = await eslint.lintFiles(['src/engine/**/*.ts', 'src/components/**/*.ts', 'src/classroom/**/*.ts', 'src/locales/**/*.ts']);
    assert.ok(results.length > 10, `linted only ${String(results.length)} files`);
    const crossings = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.endsWith(RULE) === true).map((m) => `${r.filePath}:${String(m.line)}: ${m.message}`));
    assert.deepEqual(crossings, []);
  });
});
