/**
 * Weight: the gzipped bytes of what a page loaded (as the bench server logged it), and
 * where the bytes of the embed and of each chunk it loads come from (each file's source
 * map says which source each byte of the minified file was made from).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Served } from './server.js';

export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

export interface FileWeight {
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  files: FileWeight[];
  bytes: number;
  gzip: number;
}

/** The files of one page load (each once; a 404 would be a page bug, so it throws). Source maps are a debugger's, not the page's. */
export function pageWeight(loaded: readonly Served[]): PageWeight {
  const files: FileWeight[] = [];
  for (const file of loaded) {
    if (file.url.endsWith('.map')) continue;
    if (file.bytes === 0) throw new Error(`The page asked for ${file.url}, which the bench server doesn't have.`);
    if (!files.some((f) => f.url === file.url)) files.push({ url: file.url, bytes: file.bytes, gzip: gzipSize(file.body) });
  }
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** A source file of the embed, in the groups the report shows; `byFile`: the package's own sources file by file. */
export function sourceGroup(source: string, byFile = false): string {
  const own = /\/(src\/.+)$/.exec(source);
  if (byFile && own && !source.includes('node_modules/')) return own[1] as string;
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  if (source.includes('node_modules/seedrandom/')) return 'seedrandom';
  if (source.includes('/src/engine/')) return 'engine (src/engine)';
  if (source.includes('/src/components/')) return 'element (src/components)';
  // The quiz made at build time, which the player shows without the engine.
  if (source.endsWith('.quiz.json') || source.endsWith('/src/built-in-quiz.ts')) return 'built-in quiz';
  // The JSON plugin inlines questions/state-visit.json into the module that imports it.
  if (source.includes('/questions/') || source.endsWith('/src/default-pack.ts')) return 'built-in pack';
  if (/\/src\/[^/]+$/.test(source)) return 'entry points (src/*.ts)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? (match[1] as string) : source;
}

export interface GroupWeight {
  group: string;
  /** Minified bytes made from the group's sources. */
  bytes: number;
  /** Those bytes gzipped alone (the shares of one gzip stream don't add up exactly). */
  gzip: number;
}

/** Which source group a position (0-based line and column) of a minified file was made from; undefined without a source map. */
export function sourceGroupAt(file: string, byFile = false): ((line: number, column: number) => string) | undefined {
  if (!existsSync(`${file}.map`)) return undefined;
  const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
  return (line, column) => {
    const entry = map.findEntry(line, column) as { originalSource?: string };
    return entry.originalSource === undefined ? '(unmapped)' : sourceGroup(entry.originalSource, byFile);
  };
}

/** One file's minified bytes by source group, or undefined without a source map. */
export function embedBreakdown(file: string): GroupWeight[] | undefined {
  const groupAt = sourceGroupAt(file);
  if (!groupAt) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const parts = new Map<string, string[]>();
  lines.forEach((line, lineNumber) => {
    let group = '(unmapped)';
    let runStart = 0;
    const flush = (end: number): void => {
      if (end <= runStart) return;
      const list = parts.get(group) ?? [];
      list.push(line.slice(runStart, end));
      parts.set(group, list);
      runStart = end;
    };
    for (let column = 0; column < line.length; column++) {
      const next = groupAt(lineNumber, column);
      if (next !== group) {
        flush(column);
        group = next;
      }
    }
    flush(line.length);
  });
  return [...parts]
    .map(([group, chunks]) => {
      const text = chunks.join('');
      return { group, bytes: Buffer.byteLength(text), gzip: gzipSize(text) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** A script a page loaded and what it is made of. */
export interface FileBreakdown {
  url: string;
  /** In the first load (the pre-made quiz's page loads it), or loaded only for the engine. */
  firstLoad: boolean;
  gzip: number;
  groups: GroupWeight[] | undefined;
}

/**
 * The scripts of the first load and the chunks loaded only later, by source group: `first`
 * and `later` are the URLs two pages loaded (the pre-made quiz's, and the one that also
 * needs the engine); `fileOf` says where a URL's file is.
 */
export function bundleBreakdown(first: readonly FileWeight[], later: readonly FileWeight[], fileOf: (url: string) => string | undefined): FileBreakdown[] {
  const scripts = [...first.map((f) => ({ f, firstLoad: true })), ...later.filter((l) => !first.some((f) => f.url === l.url)).map((f) => ({ f, firstLoad: false }))].filter(({ f }) => f.url.endsWith('.js'));
  return scripts.map(({ f, firstLoad }) => {
    const file = fileOf(f.url);
    return { url: f.url, firstLoad, gzip: f.gzip, groups: file === undefined ? undefined : embedBreakdown(file) };
  });
}
