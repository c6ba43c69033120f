// A web-test-runner reporter that writes the run's totals as JSON, for .ci/run
// (test/scripts/count-results.mjs) to add to the unit tests' totals.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Passed, failed and skipped tests in a suite tree. */
function countSuite(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) countSuite(child, totals);
}

/**
 * @param {{ file: string }} options where to write `{passed, failed, skipped, files}`
 * @returns {import('@web/test-runner').Reporter}
 */
export function resultsReporter({ file }) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed outside any test (did not load, threw at import, a 404)
        // has no failed test to show for it: count it once so the totals say so.
        if (session.passed === false && totals.failed === before) totals.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(totals)}\n`);
    },
  };
}
