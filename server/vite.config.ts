/**
 * The server's production build: each command of the server (the app, the import, the local Neo4j, the synthetic
 * corridor) bundled into server/dist as plain ES modules that Node runs without a TypeScript loader. Workspace
 * packages (graph-schema, seeds) are bundled in; npm dependencies stay external and load from node_modules.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: {
        main: src('main.ts'),
        import: src('import/cli.ts'),
        neo4j: src('neo4j/cli.ts'),
        synthetic: src('seed/syntheticCli.ts'),
        keys: src('modules/access/keys.cli.ts'),
        // Loaded by analysis/thread/analysisThread.ts as a worker thread.
        analysisWorker: src('analysis/thread/analysisWorker.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: [/^@g60\//] },
  logLevel: 'warn',
});
