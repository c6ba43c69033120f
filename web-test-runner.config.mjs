// Browser tests: `npm run test:browser` (Chromium from Debian, or CHROME_PATH).
import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { devServerPlugins, rootDir } from './web-dev-server.config.mjs';
import { resultsReporter } from './test/scripts/results-reporter.mjs';

// chrome-launcher finds /usr/bin/chromium (and honours CHROME_PATH) by itself; naming
// it here keeps the choice visible in the config.
const executablePath =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: devServerPlugins(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: [
          '--no-sandbox', // we run as root
          '--disable-gpu',
          // the network is closed here: stop Chromium from trying
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 2, // a 2-core machine
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 600_000, // axe and keyboard runs on a busy 2-core machine
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), resultsReporter({ file: 'test/results/browser.json' })],
};
