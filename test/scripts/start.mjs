// `npm start`: serves the repository with the demo at /demo/, TypeScript compiled on
// the fly (web-dev-server.config.mjs, the same setup as the browser tests).
// Port 8000, or PORT; when it is taken, the next free one.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** Whether nothing listens on `port` yet. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

/** `wanted`, or the first free port after it, or one the system picks. */
async function freePort(wanted) {
  for (let port = wanted; port < wanted + 50; port++) {
    if (await isFree(port)) return port;
  }
  return 0;
}

const wanted = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}

const server = await startDevServer({
  config: { port: await freePort(wanted) },
  readCliArgs: false,
  logStartMessage: false,
});
const { port } = server.server?.address() ?? { port: server.config.port };
console.log(`fact-quiz demo: http://localhost:${port}/demo/`);
