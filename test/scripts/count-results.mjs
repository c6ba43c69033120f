// Totals the unit (node test runner, TAP) and browser (web-test-runner) results into
// the one line CI reads: `N passed, N failed`. Runs after `npm test`, pass or fail;
// a runner that left no results (an earlier step failed) is said so, not counted.
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

const tap = 'test/results/unit.tap';
if (existsSync(tap)) {
  const text = readFileSync(tap, 'utf8');
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
} else {
  notes.push('unit tests: no results (not run, or none found)');
}

const browser = 'test/results/browser.json';
if (existsSync(browser)) {
  const result = JSON.parse(readFileSync(browser, 'utf8'));
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped;
} else {
  notes.push('browser tests: no results (not run, or none found)');
}

for (const note of notes) console.log(note);
if (totals.skipped > 0) console.log(`${totals.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
