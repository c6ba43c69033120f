// `npm run build:embed`: only dist/fact-quiz.embed.js and its chunks, from the same rollup.config.mjs
// entry `npm run build` uses, in a few seconds instead of the whole build. The size
// test (test/unit/embed-size.test.ts) runs it when the file is missing or stale.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const EMBED = 'dist/fact-quiz.embed.js';

// The config's paths (src/embed.ts, tsconfig.build.json) are relative to the repo root.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const { rollup } = await import('rollup');
const { default: configs } = await import('../../rollup.config.mjs');

const outputsOf = (config) => [config.output ?? []].flat();
const config = [configs].flat().find((c) => outputsOf(c).some((o) => o.entryFileNames === 'fact-quiz.embed.js'));
if (!config) {
  console.error(`build-embed: rollup.config.mjs has no build writing ${EMBED}.`);
  process.exit(1);
}

mkdirSync('dist', { recursive: true });
// Chunks of an earlier build would linger beside the new ones under names nothing imports.
for (const name of readdirSync('dist', { withFileTypes: true })) {
  if (name.isFile() && /^fact-quiz\..+\.js(\.map)?$/u.test(name.name)) rmSync(join('dist', name.name));
}

const started = performance.now();
let bundle;
try {
  bundle = await rollup(config);
  for (const output of outputsOf(config)) await bundle.write(output);
  console.log(`build-embed: ${EMBED} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  // rollup's errors carry the file and a code frame; a stack trace would add nothing
  const { message, frame, id } = /** @type {{message?: string, frame?: string, id?: string}} */ (error);
  console.error(`build-embed: ${id ? `${id}: ` : ''}${message ?? String(error)}`);
  if (frame) console.error(frame);
  process.exitCode = 1;
} finally {
  await bundle?.close();
}
