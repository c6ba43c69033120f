// `npm run test:unit`: node's test runner on every test/unit/**/*.test.ts, through tsx.
// A script rather than a shell glob: `sh` has no `**`, `node --test DIR` finds no .ts
// files, and a glob that matches nothing would be passed to node as a file name.
// Prints node's spec report and writes a TAP copy to test/results/unit.tap, which
// test/scripts/count-results.mjs totals for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/unit';
const tap = 'test/results/unit.tap';

let files = [];
try {
  files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(dir, name))
    .sort();
} catch {
  // no test/unit folder: nothing to run
}

mkdirSync('test/results', { recursive: true });
rmSync(tap, { force: true });

if (files.length === 0) {
  console.log(`No unit tests (${dir}/**/*.test.ts).`);
  process.exit(0);
}

const { status, signal } = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...process.argv.slice(2), // e.g. --test-name-pattern=...
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? (signal ? 1 : 0));
