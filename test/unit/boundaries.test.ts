// The layers kept by lint (eslint.config.js, `no-restricted-imports`): the engine never
// imports the element, the exporters, the CLI or Lit; the element never imports the
// exporters or the CLI. Each case runs the project's own ESLint config on a snippet
// placed in the folder it speaks for, so a config that stops restricting fails here.
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

  it('lets each layer import what lies below it', async () => {
    assert.deepEqual(await boundaryErrors("export { foldText } from './text.js';\nexport { default as alea } from 'seedrandom/lib/alea.js';\n", ENGINE_FILE), []);
    assert.deepEqual(await boundaryErrors("export { generateQuiz } from '../../engine/index.js';\nexport { LitElement } from 'lit';\n", COMPONENT_FILE), []);
    assert.deepEqual(await boundaryErrors("export { toGift } from '../exporters/index.js';\nexport { FactQuiz } from '../components/index.js';\n", 'src/cli/boundary-probe.ts'), []);
  });

  it('still refuses unescaped markup in the engine and the element beside the boundaries', async () => {
    const unsafe = "export { unsafeHTML } from 'lit/directives/unsafe-html.js';\n";
    assert.equal((await boundaryErrors(unsafe, COMPONENT_FILE)).length, 1);
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

  it('finds no import across a boundary in the real engine and element', async () => {
    const results = await eslint.lintFiles(['src/engine/**/*.ts', 'src/components/**/*.ts']);
    assert.ok(results.length > 10, `linted only ${String(results.length)} files`);
    const crossings = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${String(m.line)}: ${m.message}`));
    assert.deepEqual(crossings, []);
  });
});
