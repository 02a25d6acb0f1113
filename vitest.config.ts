import { defineConfig } from 'vitest/config';

/**
 * Three suites, one run:
 * - unit: pure functions and Cypher text snapshots, no I/O;
 * - integration: against a throwaway Neo4j 5.26 started once for the run (files run one at a time: they share
 *   that database and each starts from an empty graph);
 * - e2e: the built web app in Debian's Chromium against the real server and a seeded Neo4j.
 */
export default defineConfig({
  // One graphql-js for everything: the server's dependencies load its CommonJS build through Node, so code under
  // test must not get the ES module build (graphql-js refuses types from "another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Component tests (web/**/*.test.tsx) ask for their DOM at their top (`@vitest-environment jsdom`).
          include: ['{graph-schema,server,web,seeds}/**/*.test.ts', 'web/**/*.test.tsx'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts'],
          globalSetup: ['server/test/neo4jGlobalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.ts'],
          globalSetup: ['server/test/e2eGlobalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 400_000,
        },
      },
    ],
  },
});
