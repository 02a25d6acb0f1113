import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development `vite` serves the app and forwards API calls to the server on PORT (default 4000).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      '/healthz': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // GraphiQL (with its Monaco editor) is a page of its own, so the explorer never loads it.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
