// The one-tag embed's weight. dist/fact-quiz.embed.js is the player; what it imports
// statically is fetched with it (the first load), what it imports with import() comes
// later and only when needed (the engine and the built-in pack, other screens). Each
// file gzipped at level 9 on its own, as a server sends it. Builds the embed
// (test/scripts/build-embed.mjs) when it is missing or older than its sources.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { isFresh } from './freshness.js';

const DIST = 'dist';
const ENTRY = 'fact-quiz.embed.js';
/** The most the first load may weigh, gzipped: past it the build fails. */
const BUDGET = 16_384;
/** What it should weigh. */
const GOAL = 15 * 1024;
/** What the embed is built from. */
const INPUTS = ['src', 'questions/state-visit.json', 'questions/state-visit.quiz.json', 'rollup.config.mjs'];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface EmbedFile {
  name: string;
  code: string;
  gzipped: number;
  /** Files it imports before it runs. */
  staticImports: string[];
  /** Files it imports with import(). */
  dynamicImports: string[];
}

/** The specifiers of a module's imports, static and dynamic, from its syntax tree. */
function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports: string[] = [];
  const dynamicImports: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; source?: { value?: unknown } };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source) staticImports.push(String(n.source.value));
    if (n.type === 'ImportExpression') dynamicImports.push(typeof n.source?.value === 'string' ? n.source.value : '(computed)');
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return { staticImports, dynamicImports };
}

function readEmbedFile(name: string): EmbedFile {
  const buffer = readFileSync(join(DIST, name));
  const code = buffer.toString('utf8');
  return { name, code, gzipped: gzipSync(buffer, { level: 9 }).length, ...importsOf(code) };
}

/** Every file of the embed, by name, found by following imports from the entry. */
function embedFiles(): Map<string, EmbedFile> {
  if (!isFresh(join(DIST, ENTRY), INPUTS)) {
    const build = spawnSync(process.execPath, ['test/scripts/build-embed.mjs'], { encoding: 'utf8', timeout: 180_000 });
    if (build.status !== 0) throw new Error(`building the embed failed (${build.error?.message ?? `exit ${String(build.status)}`}):\n${build.stderr}${build.stdout}`);
  }
  const files = new Map<string, EmbedFile>();
  const follow = (name: string): void => {
    if (files.has(name)) return;
    const file = readEmbedFile(name);
    files.set(name, file);
    for (const specifier of [...file.staticImports, ...file.dynamicImports]) {
      if (specifier.startsWith('./')) follow(posix.normalize(specifier));
    }
  };
  follow(ENTRY);
  return files;
}

/** The entry and everything it imports statically: what a page fetches before the widget runs. */
function firstLoad(files: Map<string, EmbedFile>): EmbedFile[] {
  const loaded = new Map<string, EmbedFile>();
  const follow = (name: string): void => {
    const file = files.get(name);
    if (!file || loaded.has(name)) return;
    loaded.set(name, file);
    file.staticImports.forEach((s) => {
      follow(posix.normalize(s));
    });
  };
  follow(ENTRY);
  return [...loaded.values()];
}

const sum = (files: readonly EmbedFile[]): number => files.reduce((total, f) => total + f.gzipped, 0);

let measured: { files: Map<string, EmbedFile>; first: EmbedFile[] } | Error;
try {
  const files = embedFiles();
  measured = { files, first: firstLoad(files) };
} catch (error) {
  measured = error instanceof Error ? error : new Error(String(error));
}
const got = (): Exclude<typeof measured, Error> => {
  if (measured instanceof Error) throw measured;
  return measured;
};

const title =
  measured instanceof Error
    ? `the embed's first load: at most ${kb(BUDGET)} gzipped (not measured: ${measured.message.split('\n')[0] ?? ''})`
    : `the embed's first load: ${kb(sum(measured.first))} gzipped (budget ${kb(BUDGET)}, goal ${kb(GOAL)}); with every chunk ${kb(sum([...measured.files.values()]))}`;

describe('embed size', () => {
  it(title, (t) => {
    const { files, first } = got();
    for (const file of files.values()) t.diagnostic(`${file.name}: ${String(file.gzipped)} bytes gzipped${first.includes(file) ? ', first load' : ', loaded when needed'}`);
    const gzipped = sum(first);
    assert.ok(gzipped <= BUDGET, `the first load (${first.map((f) => f.name).join(', ')}) is ${String(gzipped)} bytes gzipped, ${String(gzipped - BUDGET)} bytes over the ${String(BUDGET)}-byte budget`);
  });

  it('imports only its own chunks, by paths relative to itself, so one script tag works from any folder or CDN', () => {
    const { files } = got();
    for (const file of files.values()) {
      for (const specifier of [...file.staticImports, ...file.dynamicImports]) {
        assert.match(specifier, /^\.\/fact-quiz\.[\w.-]+\.js$/u, `${file.name} imports "${specifier}"`);
        assert.ok(existsSync(join(DIST, specifier)), `${file.name} imports ${specifier}, which the build did not write`);
      }
    }
  });

  it('keeps the engine, the pack and its validator out of the first load', () => {
    const { first, files } = got();
    const firstCode = first.map((f) => f.code).join('\n');
    // Names only packs, the engine and the pack validator use.
    for (const marker of ['subjectClass', 'falseObjects']) {
      assert.ok(!firstCode.includes(marker), `"${marker}" is in the first load`);
      assert.ok([...files.values()].some((f) => f.code.includes(marker)), `"${marker}" is nowhere in the embed: the marker is stale`);
    }
    // Every chunk the build wrote is reachable from the entry: none is dead weight in dist/.
    const written = readdirSync(DIST).filter((name) => /^fact-quiz\..+\.js$/u.test(name));
    assert.deepEqual(written.sort(), [...files.keys()].sort());
  });
});
