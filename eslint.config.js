// `npm run lint`. Type-aware rules for TypeScript; the JavaScript config and script
// files get the plain recommended rules.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

/** Ways to put unescaped markup or code into a page: everything renders through Lit. */
const unsafeDomProperties = [
  { property: 'innerHTML', message: 'Render through a Lit template; it escapes text.' },
  { property: 'outerHTML', message: 'Render through a Lit template; it escapes text.' },
  { property: 'insertAdjacentHTML', message: 'Render through a Lit template; it escapes text.' },
  { object: 'document', property: 'write', message: 'Render through a Lit template.' },
  { object: 'document', property: 'writeln', message: 'Render through a Lit template.' },
];

const unsafeHtmlDirectives = [
  'lit/directives/unsafe-html.js',
  'lit/directives/unsafe-svg.js',
  'lit/directives/unsafe-mathml.js',
  'lit-html/directives/unsafe-html.js',
  'lit-html/directives/unsafe-svg.js',
  'lit-html/directives/unsafe-mathml.js',
].map((name) => ({ name, message: 'Pack text is data: render it as text, never as markup.' }));

/**
 * The layers: the engine at the bottom, the element, exporters and CLI above it. A
 * relative import is restricted by the folder it names, whatever the number of `../`.
 */
const layer = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})(/|$)`, message });

/** The package's entry points (src/index.ts, define.ts, embed.ts), which pull in the element. */
const entryPoints = (message) => ({ regex: '^\\.\\./(index|define|embed)(\\.js)?$', message });

/**
 * The authoring code and its language libraries (chrono-node, compromise: hundreds of KB)
 * load only with `fact-quiz/authoring` and the CLI's draft, never with the element or the embed.
 */
const authoringBoundary = [
  layer(['authoring'], 'Authoring (fact-quiz/authoring) loads on its own entry point: the element and the embed never carry it.'),
  { regex: '^(chrono-node|compromise)(/|$)', message: 'chrono-node and compromise are for authoring (src/authoring) only: they must never reach the embed.' },
];

/** What the engine never imports: it runs in Node and browsers alike, with no DOM. */
const engineBoundary = [
  layer(['components', 'exporters', 'cli', 'classroom', 'authoring'], 'The engine is the bottom layer: the element, exporters and CLI import it, never the other way.'),
  authoringBoundary[1],
  entryPoints('The package entry points pull in the element: the engine imports engine modules only.'),
  { regex: '^(lit|lit-html|lit-element|@lit|@lit-labs)(/|$)', message: 'Lit needs a DOM: the engine stays pure TypeScript.' },
];

/** What the element never imports: it plays quizzes, it does not write files or parse arguments. */
const componentBoundary = [
  layer(['exporters', 'cli', 'classroom'], 'The element plays quizzes: exporters, the CLI and the teacher page sit beside it, not below it.'),
  ...authoringBoundary,
];

/** The teacher page sits on the engine and the exporters; it never reaches into the element or the CLI. */
const classroomBoundary = [
  layer(['components', 'cli'], 'The teacher page is built on the engine and the exporters: the element and the CLI sit beside it.'),
  entryPoints('The package entry points pull in <fact-quiz>: the teacher page imports the engine and exporters directly.'),
];

/**
 * The authoring page (`fact-quiz/author`) sits on top: the engine, `<fact-quiz>` for its
 * preview and the page's download helper, never the CLI or the exporters.
 */
const authoringPageBoundary = [
  layer(['cli', 'exporters'], 'The authoring page builds packs: the CLI and the exporters sit beside it.'),
];

/**
 * What a language never imports: its words are data that the engine, the element and the
 * exports all read, so they import nothing but types (no DOM, no Lit, no engine logic).
 */
const localeBoundary = [
  layer(['components', 'exporters', 'cli', 'classroom'], 'Languages are data: they import nothing but the types of the words.'),
  entryPoints('Languages are data: the package entry points pull in the element.'),
  { regex: '^(lit|lit-html|lit-element|@lit|@lit-labs)(/|$)', message: 'Languages are data: no Lit.' },
];
/** The engine's types (a season, a date precision) are welcome in a language; its code is not. */
const localeEngineTypesOnly = [layer(['engine'], 'Languages are data: import the engine\'s types only (`import type`), never its code.')];

/**
 * A value put into an attribute by a plain template literal (`href="${url}"`) is not
 * escaped: the exporters write markup through the `xml` and `html` tags of
 * src/exporters/markup.ts, which escape it.
 */
const unescapedAttribute = {
  selector: ':not(TaggedTemplateExpression) > TemplateLiteral > TemplateElement[tail=false][value.raw=/=["\']$/]',
  message: 'Write markup with the xml`…` or html`…` tag (src/exporters/markup.ts): a plain template does not escape the attribute value.',
};

/** Node globals for the .js/.mjs config and script files (ESLint 10 ships no `globals`). */
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  URL: 'readonly',
  Buffer: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test/results/',
      'custom-elements.json',
    ],
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `x as T` after an index lookup is the accepted form: strict bans `x!` (no-non-null-assertion)
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // numbers and booleans in messages are fine; objects and undefined are not
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },

  // Config files and scripts in plain JavaScript: not in any tsconfig.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },

  // Everything shipped, and the demo pages: no unescaped markup, no eval.
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...unsafeDomProperties],
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives }],
    },
  },

  // The engine is seeded: the same seed gives the same quiz everywhere.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...unsafeDomProperties,
        {
          object: 'Math',
          property: 'random',
          message: 'Take a `Random` argument (src/engine/random.ts): quizzes must be reproducible.',
        },
      ],
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: engineBoundary }],
    },
  },

  // Languages: words only. The engine, the element and the exporters may import them.
  {
    files: ['src/locales/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: localeBoundary }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: localeEngineTypesOnly.map((p) => ({ ...p, allowTypeImports: true })) }],
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'customElements', 'HTMLElement'].map((name) => ({ name, message: 'Languages are data: no DOM.' }))],
    },
  },

  // The package's entry points for pages (the embed, define, the library index): no authoring code.
  {
    files: ['src/embed.ts', 'src/define.ts', 'src/index.ts', 'src/default-pack.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: authoringBoundary }],
    },
  },

  // Exporters: markup only through the escaping templates.
  {
    files: ['src/exporters/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', unescapedAttribute],
    },
  },

  // Lit components.
  {
    files: ['src/components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: componentBoundary }],
    },
  },

  // The teacher page: a Lit element like <fact-quiz>, over the engine and the exporters.
  {
    files: ['src/classroom/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: classroomBoundary }],
    },
  },

  // The authoring page: a Lit element over the engine, with <fact-quiz> as its preview.
  {
    files: ['src/authoring/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeHtmlDirectives, patterns: authoringPageBoundary }],
    },
  },

  // Tests: chai's property assertions, mocha's and node:test's un-awaited suites.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // with @open-wc/testing's chai plugin types, `expect(x).to.equal(y)` looks thenable
            { from: 'package', name: ['Equal'], package: 'chai' },
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
          ],
        },
      ],
    },
  },
);
