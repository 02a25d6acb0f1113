// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The server's rooms and their front doors (docs/architecture.md, "Boundaries"). ESLint applies one
 * `no-restricted-imports` setting per file, so the files are cut into disjoint groups, each with every pattern
 * that holds for it:
 * - a module (server/src/modules/<m>/) is used by others only through its index.ts; so are the analysis engine
 *   (server/src/analysis/) and the revisions (server/src/revisions/);
 * - only stores (*.store.ts), db/, revisions/ and the wiring (context.ts, modules/module.ts, the commands' entry
 *   points) import the executor: nothing else can run a statement;
 * - db/ does not import neo4j/ (which Neo4j to use is decided in openGraph.ts);
 * - nothing in server/ imports web/ (shared browser helpers live in testkit/).
 * Tests may reach inside the module they test.
 */
const restricted = {
  otherModule: {
    regex: '^\\.\\./(?!\\.\\.?/)[^/]+/(?!index\\.js$)[^/]+$',
    message: "another module's internals: import its index.js (its front door)",
  },
  moduleInternals: {
    regex: '(^|/)modules/[^/]+/(?!index\\.js$)[^/]+$',
    message: "a module's internals: import its index.js (its front door)",
  },
  analysisInternals: {
    regex: '(^|/)analysis/(?!index\\.js$).+$',
    message: "the analysis engine's internals: import analysis/index.js",
  },
  revisionsInternals: {
    regex: '(^|/)revisions/(?!index\\.js$).+$',
    message: "the revisions' internals: import revisions/index.js",
  },
  executor: {
    regex: '(^|/)db/executor(\\.js)?$',
    message: 'only stores (*.store.ts), db/ and revisions/ run statements: move the driver call into a store',
  },
  neo4jLauncher: {
    regex: '^(\\.\\./)+neo4j/',
    message: 'db/ does not start Neo4j: which Neo4j to use is decided in openGraph.ts',
  },
  web: { regex: '^(\\.\\./)+web/', message: 'server code must not import web/ (shared browser helpers: testkit/)' },
};

const SERVER = ['server/src/**/*.ts', 'server/bench/**/*.ts'];
const TESTS = ['**/*.test.ts', '**/*.int.test.ts', 'server/test/**'];
/** The files inside a module's folder (modules/index.ts and modules/module.ts are the wiring, not a module). */
const MODULE_FILES = 'server/src/modules/*/**/*.ts';
const MODULE_HOLDERS = ['server/src/modules/*/**/*.store.ts', 'server/src/modules/*/index.ts'];
/** Outside the modules: files that may hold the executor (they run statements, or wire the stores that do). */
const OTHER_HOLDERS = [
  'server/src/**/*.store.ts',
  'server/src/revisions/**',
  'server/src/context.ts',
  'server/src/modules/module.ts',
  'server/bench/**',
];

function serverBoundaries() {
  const always = [
    restricted.moduleInternals,
    restricted.analysisInternals,
    restricted.revisionsInternals,
    restricted.web,
  ];
  const group = (files, ignores, patterns) => ({
    files,
    ignores: [...TESTS, ...ignores],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    group(['server/src/db/**/*.ts'], [], [...always, restricted.neo4jLauncher]),
    group([MODULE_FILES], MODULE_HOLDERS, [...always, restricted.otherModule, restricted.executor]),
    group(MODULE_HOLDERS, [], [...always, restricted.otherModule]),
    group(SERVER, [MODULE_FILES, 'server/src/db/**', ...OTHER_HOLDERS], [...always, restricted.executor]),
    group(OTHER_HOLDERS, [MODULE_FILES, 'server/src/db/**'], always),
  ];
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/__generated__/**', 'neo4j/data/**', 'neo4j/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web app talks to the server only over GraphQL; it never imports server code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '@g60/server', '@g60/server/*'], message: 'web must not import server code' },
          ],
        },
      ],
    },
  },
  ...serverBoundaries(),
  {
    files: ['**/*.test.ts', '**/*.int.test.ts', '**/test/**', 'web/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
