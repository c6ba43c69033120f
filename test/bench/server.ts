/**
 * A tiny static server on 127.0.0.1 for the browser benchmark: the pages and their
 * files from one origin, `Cache-Control: no-store`, no compression unless asked for
 * (bytes on the wire are the file's bytes; the weight figure gzips them itself). Over
 * the emulated mobile network it gzips, as a CDN would: the network's time is then the
 * weight's. Only the listed URLs exist; it logs every request so a run can tell what its
 * page really loaded.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { BenchPage } from './pages.js';

export interface Served {
  url: string;
  bytes: number;
  body: Buffer;
}

export interface BenchServer {
  origin: string;
  /** Gzip what is sent (to clients that accept it) from now on, or stop. */
  compress(on: boolean): void;
  /** Requests since the last `take()`, in order. */
  take(): Served[];
  close(): Promise<void>;
}

export async function serve(pages: readonly BenchPage[]): Promise<BenchServer> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const page of pages) {
    files.set(page.url, { body: Buffer.from(page.html), type: 'text/html; charset=utf-8' });
    for (const asset of page.assets) files.set(asset.url, { body: readFileSync(asset.file), type: `${asset.type}; charset=utf-8` });
  }
  let log: Served[] = [];
  let compressing = false;
  const gzipped = new Map<string, Buffer>();
  const gzipOnce = (url: string, body: Buffer): Buffer => {
    const made = gzipped.get(url) ?? gzipSync(body, { level: 9 });
    gzipped.set(url, made);
    return made;
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(url);
    if (!file) {
      log.push({ url, bytes: 0, body: Buffer.alloc(0) });
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    log.push({ url, bytes: file.body.length, body: file.body });
    const gzip = compressing && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    // Level 9 as the weight figure has it, made once per file.
    const body = gzip ? gzipOnce(url, file.body) : file.body;
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': body.length, 'Cache-Control': 'no-store', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    compress(on) {
      compressing = on;
    },
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
