// The dev server setup shared by `npm start` (test/scripts/start.mjs), `npx wds` and
// the browser tests (web-test-runner.config.mjs), so the demo and the tests load the
// sources the same way.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

const commonjs = fromRollup(rollupCommonjs);

export const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** Whether the browser asks for a module (`import ... with {type: 'json'}`), not `fetch()`. */
const isImport = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

/**
 * JSON imported by a module becomes a JavaScript module (esbuild drops the import's
 * `with {type: 'json'}`, so the browser would refuse the JSON), while JSON fetched by
 * `<fact-quiz src>` or the classroom page stays JSON.
 * @returns {import('@web/dev-server-core').Plugin}
 */
function jsonModules() {
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      return isImport(context) ? 'js' : undefined;
    },
    transformCacheKey(context) {
      return isImport(context) ? 'json-module' : undefined;
    },
    transform(context) {
      if (!isImport(context)) return undefined;
      context.response.set('vary', 'sec-fetch-dest');
      return { body: `export default ${String(context.body)};` };
    },
  };
}

/** Fresh plugin instances: each server needs its own (plugins keep per-server state). */
export function devServerPlugins() {
  return [
    jsonModules(),
    // TypeScript served as JavaScript modules. es2022 keeps class fields and
    // lowers nothing Chromium can't run; the tsconfig keeps esbuild's class-field
    // semantics identical to tsc's and rollup's.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // seedrandom is CommonJS with no exports map. Limited to it: run on everything,
    // the plugin breaks axe-core. `crypto` is an optional Node require in seedrandom.
    commonjs({
      include: ['**/node_modules/seedrandom/**'],
      strictRequires: false,
      requireReturnsDefault: 'preferred',
      ignore: ['crypto'],
    }),
  ];
}

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir,
  nodeResolve: true,
  plugins: devServerPlugins(),
};
