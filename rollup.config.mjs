// `npm run build` (rollup -c, then tsc -p tsconfig.build.json for the declarations).
//
// 1. dist/: the library (index.js, no side effects; define.js registers <fact-quiz>),
//    the teacher page (classroom/define.js registers <fact-quiz-classroom>),
//    authoring/index.js (fact-quiz/authoring: drafts from article texts), the authoring
//    page (authoring/define.js registers <fact-quiz-author>) and the CLI
//    (cli/main.js), one file per source module; lit, seedrandom and every
//    other dependency stay imports, resolved by the user's bundler or by node.
// 2. dist/fact-quiz.embed.js: the minified player for a <script type="module"> tag (Lit,
//    the element, grading, the built-in quiz made at build time), and beside it the
//    chunks it imports only when needed: the engine with the built-in pack, other screens.
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform as transformCss } from 'lightningcss';
import pkg from './package.json' with { type: 'json' };

const cliEntry = 'cli/main';

const dependencies = Object.keys(pkg.dependencies ?? {});

/** `lit`, `lit/decorators.js`, `seedrandom/lib/alea.js`, `node:fs`... */
function isExternal(id) {
  return id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/** TypeScript through tsc's own checker: a type error fails the build. */
function compileTypeScript(outDir) {
  return typescript({
    tsconfig: './tsconfig.build.json',
    // the plugin's own default (esnext) would override the tsconfig's module setting
    module: 'nodenext',
    moduleResolution: 'nodenext',
    outDir,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    noEmitOnError: true,
    sourceMap: true,
  });
}

/** seedrandom is CommonJS; nothing else is, so nothing else goes through the plugin. */
function seedrandomAsModule() {
  return commonjs({
    include: ['**/node_modules/seedrandom/**'],
    strictRequires: false,
    requireReturnsDefault: 'preferred',
    ignore: ['crypto'],
  });
}

/**
 * The built-in pack as the embed carries it: without what only authors read (notes,
 * aliases, the description, the schema link), which the element never shows. The pack's
 * questions are the same with or without them.
 */
function packForReaders() {
  const authorsOnly = new Set(['$schema', 'description', 'note', 'aliases']);
  return {
    name: 'pack-for-readers',
    transform(code, id) {
      if (!id.endsWith('.json') || !id.includes('/questions/')) return null;
      const stripped = JSON.stringify(JSON.parse(code), (key, value) => (authorsOnly.has(key) ? undefined : value));
      return { code: stripped, map: null };
    },
  };
}

/**
 * A chunk and the chunks it imports are asked for together: `import("./a.js")` becomes
 * `Promise.all([import("./a.js"), import("./b.js")]).then((m) => m[0])` when a.js imports
 * b.js, so the browser fetches b.js at once rather than after a.js has arrived and been
 * parsed (one round trip fewer on a phone's network). What Vite's preload helper does.
 */
function fetchChunkImportsTogether() {
  return {
    name: 'fetch-chunk-imports-together',
    // resolvedImportPath is a string literal already: `'./fact-quiz.text.js'`.
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      // The importer, and the embed (an entry), are loaded already.
      const imports = (getTargetChunkImports() ?? []).filter((i) => i.type === 'internal' && i.fileName !== chunk.fileName && !i.chunk.isEntry);
      if (imports.length === 0) return null;
      return { left: 'Promise.all([import(', right: `),${imports.map((i) => `import(${i.resolvedImportPath})`).join(',')}]).then((m) => m[0])` };
    },
  };
}

/**
 * Minifies the element's stylesheet (a Lit `css` template without `${}` parts): terser
 * leaves template texts alone, and the first load is counted in bytes.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(/\bcss\s*`([^`$\\]*)`/gu, (_, text) => {
        const { code: css } = transformCss({ filename: id, code: Buffer.from(text), minify: true });
        return `css\`${css.toString()}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/** Makes the CLI runnable as `fact-quiz`: a shebang and the executable bit. */
function executableCli() {
  return {
    name: 'executable-cli',
    renderChunk(code, chunk) {
      if (chunk.name !== cliEntry || code.startsWith('#!')) return null;
      return { code: `#!/usr/bin/env node\n${code}`, map: null };
    },
    async writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.name === cliEntry) {
          await chmod(join(options.dir, chunk.fileName), 0o755);
        }
      }
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'classroom/define': 'src/classroom/define.ts',
      // fact-quiz/authoring: chrono-node and compromise stay imports, as every dependency does.
      'authoring/index': 'src/authoring/index.ts',
      // fact-quiz/author: the authoring page, <fact-quiz-author> (with <fact-quiz> for its preview).
      'authoring/define': 'src/authoring/define.ts',
      [cliEntry]: `src/${cliEntry}.ts`,
    },
    external: isExternal,
    plugins: [nodeResolve(), json({ preferConst: true, namedExports: false }), compileTypeScript('dist'), executableCli()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/embed.ts',
    plugins: [
      nodeResolve({ browser: true }),
      seedrandomAsModule(),
      packForReaders(),
      json({ preferConst: true, namedExports: false }),
      compileTypeScript('dist'),
      // after TypeScript, which reads its sources from disk (and writes `css \``)
      minifyStyles(),
      fetchChunkImportsTogether(),
      terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3 } }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      // One script tag loads the entry; what it loads later (the engine, the built-in pack,
      // other screens) are chunks beside it, imported relative to the entry's own URL, so
      // the tag works from any folder or CDN.
      entryFileNames: 'fact-quiz.embed.js',
      chunkFileNames: 'fact-quiz.[name].js',
      experimentalMinChunkSize: 1000,
    },
  },
];
